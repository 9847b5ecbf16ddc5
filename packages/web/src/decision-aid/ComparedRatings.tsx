import { compareRatings } from "./agreement.js";
import type { FactorId, Ratings } from "./factors.js";
import type { DecisionAidKey } from "./messages-en.js";
import { useDecisionAidText } from "./use-decision-aid.js";

/**
 * Two people's ratings of the same factors side by side, then a question to talk about for each factor they
 * rate differently (seed: weigh the assessment with your loved ones). Never a score. The "Weigh it together"
 * screen and its printed page show the same comparison; only the screen marks rows and prompts for its styles.
 */
export function ComparedRatings({
  factors,
  first,
  second,
  promptsHeading,
  styled,
}: {
  factors: readonly FactorId[];
  first: Ratings;
  second: Ratings;
  promptsHeading: DecisionAidKey;
  styled: boolean;
}) {
  const t = useDecisionAidText();
  const rows = compareRatings(factors, first, second);
  const differences = rows.filter((row) => row.kind === "differ");
  const dash = t.text("unrated");
  return (
    <>
      <table class="comparison">
        <thead>
          <tr>
            <th scope="col">{t.text("together.factor")}</th>
            <th scope="col">{t.text("person.first")}</th>
            <th scope="col">{t.text("person.second")}</th>
            <th scope="col">{t.text("together.gap")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.factor} class={styled ? `da-kind-${row.kind}` : undefined}>
              <th scope="row">{t.text(`factor.${row.factor}`)}</th>
              <td>{row.first ?? dash}</td>
              <td>{row.second ?? dash}</td>
              <td>{t.text(`together.kind.${row.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {differences.length === 0 ? null : (
        <>
          <h3>{t.text(promptsHeading)}</h3>
          <ul class={styled ? "da-prompts" : undefined}>
            {differences.map((row) => (
              <li key={row.factor}>
                {t.text("together.prompt.general", {
                  factor: t.text(`factor.${row.factor}`),
                  first: row.first ?? dash,
                  second: row.second ?? dash,
                })}{" "}
                {t.text(`prompt.${row.factor}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
