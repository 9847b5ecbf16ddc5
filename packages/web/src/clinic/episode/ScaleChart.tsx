import type { EpisodeTranslator } from "./episode-parts.js";
import { chartTop, type ScaleHistory } from "./scale-series.js";

const WIDTH = 480;
const HEIGHT = 260;
const LEFT = 36;
const RIGHT = 84;
const TOP = 20;
const BOTTOM = 40;

/** Line patterns and marker shapes by series, so the lines can be told apart without colour (WCAG 1.4.1). */
const DASHES = ["", "6 4", "2 4", "10 4 2 4"] as const;

export function Marker({ shape, x, y }: { readonly shape: number; readonly x: number; readonly y: number }) {
  switch (shape % 4) {
    case 0:
      return <circle cx={x} cy={y} r={5} class="chart__marker" />;
    case 1:
      return <rect x={x - 5} y={y - 5} width={10} height={10} class="chart__marker" />;
    case 2:
      return <polygon points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} class="chart__marker" />;
    default:
      return (
        <polygon
          points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`}
          class="chart__marker chart__marker--open"
        />
      );
  }
}

/**
 * Scale totals across a client's assessments: an inline SVG chart (each scale a line with its own dash
 * pattern and marker shape, its name written at the end of the line and each total beside its point, so
 * nothing depends on colour) named for assistive technology, and a table with the same numbers.
 */
export function ScaleChart({
  history,
  t,
}: {
  readonly history: ScaleHistory;
  readonly t: EpisodeTranslator;
}) {
  if (history.series.length === 0) return <p>{t.text("scales.none")}</p>;
  const top = chartTop(history);
  const columns = history.dates;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const xOf = (assessmentId: string) => {
    const index = columns.findIndex((column) => column.assessmentId === assessmentId);
    return columns.length === 1 ? LEFT + plotWidth / 2 : LEFT + (index * plotWidth) / (columns.length - 1);
  };
  const yOf = (total: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - total / top);
  const summary = history.series
    .map((line) =>
      t.text("scales.seriesSummary", {
        scale: line.name,
        values: line.points.map((point) => `${point.date}: ${point.total}`).join(", "),
      }),
    )
    .join("; ");
  const ticks = [0, Math.round(top / 2), top];
  return (
    <div class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t.text("scales.chartName", { summary })}
        class="chart__svg"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(tick)} y2={yOf(tick)} class="chart__grid" />
            <text x={LEFT - 6} y={yOf(tick) + 4} text-anchor="end" class="chart__label">
              {tick}
            </text>
          </g>
        ))}
        {columns.map((column) => (
          <text
            key={column.assessmentId}
            x={xOf(column.assessmentId)}
            y={HEIGHT - BOTTOM + 24}
            text-anchor="middle"
            class="chart__label"
          >
            {column.date}
          </text>
        ))}
        {history.series.map((line, index) => {
          const points = line.points.map((point) => ({
            ...point,
            x: xOf(point.assessmentId),
            y: yOf(point.total),
          }));
          const last = points[points.length - 1];
          return (
            <g key={line.instrument} class={`chart__series chart__series--${index % 4}`}>
              <polyline
                points={points.map((point) => `${point.x},${point.y}`).join(" ")}
                class="chart__line"
                stroke-dasharray={DASHES[index % DASHES.length]}
              />
              {points.map((point) => (
                <g key={point.assessmentId}>
                  <Marker shape={index} x={point.x} y={point.y} />
                  <text
                    x={point.x}
                    y={index % 2 === 0 ? point.y - 10 : point.y + 22}
                    text-anchor="middle"
                    class="chart__value"
                  >
                    {point.total}
                  </text>
                </g>
              ))}
              {last === undefined ? null : (
                <text x={last.x + 10} y={last.y + 4} class="chart__series-name">
                  {line.name}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <div class="table-scroll">
        <table class="chart-table">
          <caption>{t.text("scales.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t.text("scales.date")}</th>
              {history.series.map((line) => (
                <th key={line.instrument} scope="col">
                  {line.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.assessmentId}>
                <th scope="row">{column.date}</th>
                {history.series.map((line) => {
                  const point = line.points.find(
                    (candidate) => candidate.assessmentId === column.assessmentId,
                  );
                  return (
                    <td key={line.instrument}>
                      {point === undefined ? t.text("scales.notGiven") : point.total}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
