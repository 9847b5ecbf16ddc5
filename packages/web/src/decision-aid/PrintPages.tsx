import { DIMENSIONS, QUESTION_TEXTS, renderText } from "@stepwise/engine";
import { topPriorities } from "./agreement.js";
import { ComparedRatings } from "./ComparedRatings.js";
import { COLUMNS, personalLine } from "./ComparePart.js";
import { effectivePlan, estimateOption, shownCostOptions, showsDayTreatment } from "./cost-form.js";
import { FACTOR_IDS } from "./factors.js";
import type { DecisionAidKey } from "./messages-en.js";
import { currentSteps, handOffLines } from "./PlanPart.js";
import { personalCases } from "./personal-comparison.js";
import { ruleStatement } from "./rule-statements.js";
import { scoreSure } from "./sure-test.js";
import {
  type DecisionAidText,
  formatDate,
  formatMoney,
  useDecisionAid,
  useDecisionAidText,
} from "./use-decision-aid.js";

const COST_LABEL: Record<string, DecisionAidKey> = {
  "intensive-outpatient": "compare.iop",
  residential: "compare.inpatient",
  "partial-hospitalization": "compare.day",
};

/**
 * The question still to ask, in the engine's words about the person (third person: the professional reads
 * it); the answer path follows it so the professional can find the field in their own records.
 */
function questionFor(path: string, language: "en" | "es"): string {
  const question = QUESTION_TEXTS[path];
  return question === undefined ? "" : renderText(question, language, "third-person");
}

function sureLine(t: DecisionAidText, before: number | null, after: number | null): string {
  const dash = t.text("unrated");
  return t.text("pro.sure", { before: before ?? dash, after: after ?? dash });
}

function StepList({ t }: { t: DecisionAidText }) {
  const { state, result } = useDecisionAid();
  const steps = currentSteps(state, result?.level ?? null);
  const language = t.language;
  return (
    <>
      <ol>
        {steps.map((step, index) => (
          <li key={`${index}-${step.level}`}>
            {t.text(`level.${step.level}`)}
            {step.start === "" ? "" : ` — ${formatDate(step.start, language)}`}
            {step.end === "" ? "" : ` → ${formatDate(step.end, language)}`}
          </li>
        ))}
      </ol>
      <ul>
        {handOffLines(t, steps).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * The page for the professional: a de-identified six-dimension summary in the engine's words, urgent
 * items, what is still unknown, and the person's priorities and questions (docs/design/consumer.md §8 item 7; the
 * CO-Triage-style six-dimension report, §1.1). No name unless the person typed one.
 */
export function ProfessionalPage() {
  const t = useDecisionAidText();
  const { state, result, aboutOther, assessment } = useDecisionAid();
  const language = t.language;
  const firstTop = topPriorities(FACTOR_IDS, state.first);
  const secondTop = topPriorities(FACTOR_IDS, state.second);
  return (
    <section id="print-professional" class="print-page" aria-labelledby="print-professional-title">
      <h2 id="print-professional-title">{t.text("pro.title")}</h2>
      <p>{t.text("pro.provisional", { date: formatDate(assessment.asOf, language) })}</p>
      <p>{aboutOther ? t.text("pro.respondent.other") : t.text("pro.respondent.self")}</p>
      {state.name.trim() === "" ? null : <p>{t.text("pro.name", { name: state.name.trim() })}</p>}
      {result === null ? (
        <p>{t.text("pro.noResult")}</p>
      ) : (
        <>
          {result.level === null ? null : (
            <p>{t.text("pro.level", { level: t.text(`level.${result.level}`) })}</p>
          )}
          {result.withdrawalManagement === null ? null : (
            <p>{t.text("pro.withdrawal", { setting: t.text(`wm.${result.withdrawalManagement}`) })}</p>
          )}
          {result.coOccurringEnhanced ? <p>{t.text("pro.coOccurring")}</p> : null}
          <h3>{t.text("pro.urgent")}</h3>
          {result.urgent.length === 0 ? (
            <p>{t.text("pro.noUrgent")}</p>
          ) : (
            <ul>
              {result.urgent.map((item) => (
                <li key={item.ruleId}>
                  <strong>{t.text(`urgent.tier.${item.tier}`)}:</strong>{" "}
                  {ruleStatement(item.ruleId, language)}
                </li>
              ))}
            </ul>
          )}
          <h3>{t.text("pro.dimensions")}</h3>
          <table class="comparison">
            <thead>
              <tr>
                <th scope="col">{t.text("pro.dimension")}</th>
                <th scope="col">{t.text("pro.rating")}</th>
                <th scope="col">{t.text("pro.basis")}</th>
              </tr>
            </thead>
            <tbody>
              {DIMENSIONS.map((dimension) => {
                const rating = result.ratings[dimension];
                return (
                  <tr key={dimension}>
                    <th scope="row">{t.text(`dimension.${dimension}`)}</th>
                    <td>{rating.rating}</td>
                    <td>
                      {rating.facts.length === 0
                        ? t.text("pro.noFacts")
                        : rating.facts.map((fact) => ruleStatement(fact.ruleId, language)).join(" ")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3>{t.text("pro.unknowns")}</h3>
          {result.unknowns.length === 0 ? (
            <p>{t.text("pro.noUnknowns")}</p>
          ) : (
            <ul class="da-unknowns">
              {result.unknowns.map((unknown) => (
                <li key={unknown.path}>
                  {questionFor(unknown.path, language)} <code>{unknown.path}</code>
                  {unknown.couldRaiseTo === null
                    ? ""
                    : ` — ${t.text("pro.couldRaise", { level: t.text(`level.${unknown.couldRaiseTo}`) })}`}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3>{t.text("pro.priorities")}</h3>
      <ul>
        <li>
          {t.text("person.first")}:{" "}
          {firstTop.length === 0
            ? t.text("unrated")
            : firstTop.map((factor) => `${t.text(`factor.${factor}`)} (${state.first[factor]})`).join("; ")}
        </li>
        {state.secondDone || state.invitation !== null ? (
          <li>
            {t.text("person.second")}:{" "}
            {secondTop.length === 0
              ? t.text("unrated")
              : secondTop
                  .map((factor) => `${t.text(`factor.${factor}`)} (${state.second[factor]})`)
                  .join("; ")}
          </li>
        ) : null}
      </ul>
      <p>{sureLine(t, scoreSure(state.sureBefore).score, scoreSure(state.sureAfter).score)}</p>
      <h3>{t.text("pro.questions")}</h3>
      <p class="da-typed">
        {state.questions.trim() === "" ? t.text("pro.noQuestions") : state.questions.trim()}
      </p>
      <h3>{t.text("pro.plan")}</h3>
      <StepList t={t} />
    </section>
  );
}

/** The page for family: the options side by side, what matters to each person, costs, the plan and what to talk about. */
export function FamilyPage() {
  const t = useDecisionAidText();
  const { state, result, assessment, aboutOther } = useDecisionAid();
  const language = t.language;
  const cases = personalCases(assessment, result);
  const showDay = showsDayTreatment(state.showDay, result?.level);
  const columns = COLUMNS.filter((column) => column !== "day" || showDay);
  const options = shownCostOptions(state, result?.level);
  const costLines = options.flatMap((option) => {
    const { estimate } = estimateOption(
      state.costs[option],
      effectivePlan(state.plan, assessment.access?.coverage),
    );
    const label = COST_LABEL[option];
    return estimate === null || label === undefined
      ? []
      : [
          t.text("family.cost.line", {
            option: t.text(label),
            amount: formatMoney(estimate.total, language),
          }),
        ];
  });
  return (
    <section id="print-family" class="print-page" aria-labelledby="print-family-title">
      <h2 id="print-family-title">{t.text("family.title")}</h2>
      {state.name.trim() === "" ? null : <p>{t.text("pro.name", { name: state.name.trim() })}</p>}
      <table class="comparison">
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
          {FACTOR_IDS.map((row) => (
            <tr key={row}>
              <th scope="row">{t.text(`row.${row}`)}</th>
              {columns.map((column) => (
                <td key={column}>{t.text(`row.${row}.${column}`)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        {FACTOR_IDS.map((row) => (
          <li key={row}>{personalLine(t, cases[row], aboutOther)}</li>
        ))}
      </ul>
      <h3>{t.text("family.ratings")}</h3>
      <ComparedRatings
        factors={FACTOR_IDS}
        first={state.first}
        second={state.second}
        promptsHeading="family.talk"
        styled={false}
      />
      <h3>{t.text("family.costs")}</h3>
      {costLines.length === 0 ? (
        <p>{t.text("family.cost.none")}</p>
      ) : (
        <ul>
          {costLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <h3>{t.text("family.plan")}</h3>
      <StepList t={t} />
      <p class="da-crisis-print">{t.text("family.crisis")}</p>
    </section>
  );
}
