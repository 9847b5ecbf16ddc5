import type { Dimension, TransitionResult } from "@stepwise/engine";
import type { Translator } from "../../i18n/language.js";
import type { AssessmentMessageKey } from "./assessment-messages.js";
import type { Engine } from "./engine-loader.js";
import type { FormLabels } from "./form-labels.js";
import {
  type Comparison,
  distinct,
  type ResultExplanation,
  type StoredAssessmentView,
} from "./result-view.js";
import { SCALE_NAMES } from "./ScaleEntry.js";

function changeText(change: number | null, t: Translator<AssessmentMessageKey>): string {
  if (change === null) return t.text("compare.unknown");
  if (change === 0) return t.text("compare.same");
  return change > 0 ? t.text("compare.more", { n: change }) : t.text("compare.less", { n: -change });
}

/** Before and now side by side, one row per dimension or scale, with the change in words. */
function CompareTable(props: {
  readonly id: string;
  readonly title: string;
  readonly rowHeader: string;
  readonly rows: readonly {
    readonly key: string;
    readonly name: string;
    readonly from: number | null;
    readonly to: number | null;
    readonly change: number | null;
  }[];
  readonly t: Translator<AssessmentMessageKey>;
}) {
  const { t } = props;
  return (
    <>
      <h3 id={props.id}>{props.title}</h3>
      <div class="table-scroll">
        <table class="compare-table" aria-labelledby={props.id}>
          <thead>
            <tr>
              <th scope="col">{props.rowHeader}</th>
              <th scope="col">{t.text("compare.before")}</th>
              <th scope="col">{t.text("compare.now")}</th>
              <th scope="col">{t.text("compare.change")}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <td>{row.from ?? t.text("compare.unknown")}</td>
                <td>{row.to ?? t.text("compare.unknown")}</td>
                <td>{changeText(row.change, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Side({
  title,
  view,
  t,
}: {
  title: string;
  view: StoredAssessmentView;
  t: Translator<AssessmentMessageKey>;
}) {
  const words = view.explanation;
  return (
    <div>
      <h3>{title}</h3>
      <p>
        <strong>{t.text("result.level")}:</strong> {words?.level?.label ?? view.result.level ?? "—"}
      </p>
      {words?.withdrawalManagement ? (
        <p>
          <strong>{t.text("result.withdrawal")}:</strong> {words.withdrawalManagement}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A reassessment's move (continue, step down, step up, discharge to continuing care) from the level the
 * client is in, with the engine's reasons and plan, beside the last result, and what changed by dimension.
 */
export function TransitionPanel(props: {
  readonly transition: TransitionResult;
  readonly words: NonNullable<ResultExplanation["transition"]>;
  readonly current: StoredAssessmentView;
  readonly previous: StoredAssessmentView | undefined;
  readonly comparison: Comparison | undefined;
  readonly engine: Engine | undefined;
  readonly labels: FormLabels | undefined;
  readonly t: Translator<AssessmentMessageKey>;
}) {
  const { transition, words, t, engine } = props;
  const stepDown = transition.stepDownPlan;
  const continuing = transition.continuingCarePlan;
  const dimensionName = (dimension: string) =>
    engine === undefined
      ? dimension
      : engine.renderText(engine.DIMENSION_NAMES[dimension as Dimension], t.language, "third-person");
  return (
    <section class="result-section transition" aria-labelledby="result-transition">
      <h2 id="result-transition">{t.text("transition.title")}</h2>
      <dl class="identity">
        <dt>{t.text("transition.kind")}</dt>
        <dd>{words.kind}</dd>
        <dt>{t.text("transition.from")}</dt>
        <dd>{words.from?.label ?? t.text("transition.none")}</dd>
        <dt>{t.text("transition.to")}</dt>
        <dd>{words.to?.label ?? t.text("transition.none")}</dd>
      </dl>
      {words.reasons.length > 0 ? (
        <>
          <h3>{t.text("transition.reasons")}</h3>
          <ul>
            {distinct(words.reasons).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {stepDown ? (
        <p>
          {t.text("transition.stepDown", {
            level: props.labels?.level(stepDown.nextLevel) ?? stepDown.nextLevel,
            date: stepDown.firstAppointmentBy,
            days: stepDown.firstAppointmentWithinDays,
            minimum: stepDown.continuingCareMonths.minimum,
            maximum: stepDown.continuingCareMonths.maximum,
          })}
        </p>
      ) : null}
      {continuing ? (
        <p>
          {t.text("transition.continuingCare", {
            date: continuing.firstCheckInBy,
            days: continuing.firstCheckInWithinDays,
            minimum: continuing.months.minimum,
            maximum: continuing.months.maximum,
          })}
        </p>
      ) : null}
      <div class="side-by-side">
        {props.previous ? (
          <Side
            title={t.text("transition.previous", { date: props.previous.asOf })}
            view={props.previous}
            t={t}
          />
        ) : null}
        <Side title={t.text("transition.current", { date: props.current.asOf })} view={props.current} t={t} />
      </div>
      {props.comparison ? (
        <>
          <CompareTable
            id="compare-dimensions"
            title={t.text("compare.title")}
            rowHeader={t.text("compare.dimension")}
            rows={props.comparison.dimensions.map((row) => ({
              ...row,
              key: row.dimension,
              name: dimensionName(row.dimension),
            }))}
            t={t}
          />
          {props.comparison.scales.length > 0 ? (
            <CompareTable
              id="compare-scales"
              title={t.text("compare.scales")}
              rowHeader={t.text("compare.scale")}
              rows={props.comparison.scales.map((row) => ({
                ...row,
                key: row.instrument,
                name: SCALE_NAMES[row.instrument as keyof typeof SCALE_NAMES] ?? row.instrument,
              }))}
              t={t}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
