import { CARE_LEVELS, careRank, THIRD_EDITION_CODES } from "./care-levels.js";
import { type EpisodeTranslator, levelText } from "./episode-parts.js";
import { daysBetween, type LevelTimeline } from "./level-timeline.js";
import { Marker } from "./ScaleChart.js";

const WIDTH = 480;
const HEIGHT = 260;
const LEFT = 44;
const RIGHT = 20;
const TOP = 16;
const BOTTOM = 36;

/**
 * The episode's level over time as a step line, with a circle for each assessment (at the level it
 * recommended) and a diamond for each decision (at the level chosen). Levels are written on the left as
 * their crosswalk codes; the ordered list after the chart gives every fact in words and dates, so the
 * chart adds a picture but holds nothing the list lacks.
 */
export function LevelTimelineChart({
  timeline,
  t,
  eventLines,
}: {
  readonly timeline: LevelTimeline;
  readonly t: EpisodeTranslator;
  /** The events in effect in words, each with its date, to go into the list with the marks. */
  readonly eventLines: readonly { readonly date: string; readonly text: string }[];
}) {
  const span = Math.max(1, daysBetween(timeline.first, timeline.last));
  const xOf = (date: string) => LEFT + ((WIDTH - LEFT - RIGHT) * daysBetween(timeline.first, date)) / span;
  const rows = CARE_LEVELS.length - 1;
  const yOf = (rank: number) => TOP + ((HEIGHT - TOP - BOTTOM) * (rows - rank)) / rows;
  const path = timeline.stretches
    .map((stretch, index) => {
      const y = yOf(careRank(stretch.level));
      const start = `${index === 0 ? "M" : "L"}${xOf(stretch.from)},${y}`;
      return `${start} L${xOf(stretch.to ?? timeline.last)},${y}`;
    })
    .join(" ");
  const lines = [
    ...eventLines.map((line, index) => ({ key: `event-${index}`, ...line })),
    ...timeline.marks.map((mark) => ({
      key: `${mark.kind}-${mark.id}`,
      date: mark.date,
      text:
        mark.kind === "decision"
          ? t.text("timeline.decision", { date: mark.date, level: levelText(t, mark.level) })
          : mark.level === null
            ? t.text("timeline.assessmentNoLevel", { date: mark.date })
            : t.text("timeline.assessment", { date: mark.date, level: levelText(t, mark.level) }),
    })),
  ].toSorted((a, b) => a.date.localeCompare(b.date));
  return (
    <div class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t.text("timeline.chartName", { from: timeline.first, to: timeline.last })}
        class="chart__svg"
      >
        {CARE_LEVELS.map((level, rank) => (
          <g key={level}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(rank)} y2={yOf(rank)} class="chart__grid" />
            <text x={LEFT - 6} y={yOf(rank) + 4} text-anchor="end" class="chart__label">
              {THIRD_EDITION_CODES[level].split(",")[0]}
            </text>
          </g>
        ))}
        <text x={LEFT} y={HEIGHT - 8} class="chart__label">
          {timeline.first}
        </text>
        <text x={WIDTH - RIGHT} y={HEIGHT - 8} text-anchor="end" class="chart__label">
          {timeline.last}
        </text>
        <path d={path} class="chart__line chart__line--level" />
        {timeline.marks.map((mark) =>
          mark.level === null ? null : (
            <Marker
              key={`${mark.kind}-${mark.id}`}
              shape={mark.kind === "assessment" ? 0 : 3}
              x={xOf(mark.date)}
              y={yOf(careRank(mark.level))}
            />
          ),
        )}
      </svg>
      <p class="field__hint">{t.text("timeline.key")}</p>
      <h3>{t.text("timeline.listHeading")}</h3>
      <ol class="timeline-list">
        {lines.map((line) => (
          <li key={line.key}>{line.text}</li>
        ))}
      </ol>
    </div>
  );
}
