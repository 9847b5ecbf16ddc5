import { Fragment } from "preact";
import { showsDayTreatment } from "./cost-form.js";
import { FACTOR_IDS, type FactorId } from "./factors.js";
import { type PersonalCase, personalCases } from "./personal-comparison.js";
import { type DecisionAidText, useDecisionAid, useDecisionAidText, voiced } from "./use-decision-aid.js";

export const COLUMNS = ["iop", "inpatient", "day"] as const;
export type Column = (typeof COLUMNS)[number];

/** The personal line for a row, in the words that fit who answered. */
export function personalLine(t: DecisionAidText, item: PersonalCase, aboutOther: boolean): string {
  if (item.row === "duties" && item.case === "some") {
    const words = item.duties.map((duty) => t.text(`duty.${duty}`));
    const last = words.pop() ?? "";
    const duties = words.length === 0 ? last : `${words.join(", ")} ${t.text("duty.and")} ${last}`;
    return t.text(voiced("personal.duties.some", aboutOther), { duties });
  }
  if (item.row === "cost" && item.case === "known")
    return t.text(voiced("personal.cost.known", aboutOther), {
      coverage: t.text(`coverage.${item.coverage}`),
    });
  return t.text(voiced(`personal.${item.row}.${item.case}` as `personal.time.hard`, aboutOther));
}

/**
 * The balanced comparison (IPDAS: same rows, equal detail for each option; docs/design/consumer.md §2.7), with the
 * person's own line under each row, and what studies found, with its uncertainty.
 */
export function ComparePart() {
  const t = useDecisionAidText();
  const { state, update, assessment, result, aboutOther } = useDecisionAid();
  const cases = personalCases(assessment, result);
  const showDay = showsDayTreatment(state.showDay, result?.level);
  const columns = COLUMNS.filter((column) => column !== "day" || showDay);
  const forLabel = aboutOther ? t.text("compare.forThem") : t.text("compare.forYou");
  return (
    <section aria-labelledby="da-compare-title">
      <h2 id="da-compare-title">{t.text("compare.title")}</h2>
      <p>{aboutOther ? t.text("compare.intro.other") : t.text("compare.intro")}</p>
      <label class="da-check">
        <input
          type="checkbox"
          checked={showDay}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            update((current) => ({ ...current, showDay: checked }));
          }}
        />
        {t.text("compare.showDay")}
      </label>
      <table class="comparison da-comparison">
        <thead>
          <tr>
            <th scope="col">{t.text("compare.what")}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {t.text(`compare.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FACTOR_IDS.map((row: FactorId) => (
            <Fragment key={row}>
              <tr class="da-row">
                <th scope="row">{t.text(`row.${row}`)}</th>
                {columns.map((column) => (
                  <td key={column} data-label={t.text(`compare.${column}`)}>
                    {t.text(`row.${row}.${column}`)}
                  </td>
                ))}
              </tr>
              <tr class="da-personal-row">
                <td colSpan={columns.length + 1}>
                  <strong>{forLabel}</strong> {personalLine(t, cases[row], aboutOther)}
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
      <h3>{t.text("compare.evidence.title")}</h3>
      <ul>
        {t.list("compare.evidence").map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
