import { type Assessment, DIMENSIONS, QUESTION_TEXTS, renderText } from "@stepwise/engine";
import { type Translator, useCatalog } from "../i18n/language.js";
import type { Question } from "../self-check/questions.js";
import { questionForPath, resultStatus } from "../self-check/result-status.js";
import { hadPastOverdose, unknownSafetyQuestions } from "../self-check/safety-questions.js";
import { type SelfCheckKey, selfCheckCatalog } from "../self-check/self-check-messages.js";
import { voiceKey } from "../self-check/voice.js";
import { useAnswers, type Voice } from "../session/answers-store.js";
import { topPriorities } from "./agreement.js";
import { ComparedRatings } from "./ComparedRatings.js";
import { COLUMNS, personalLine } from "./ComparePart.js";
import { effectivePlan, estimateOption, shownCostOptions, showsDayTreatment } from "./cost-form.js";
import { FACTOR_IDS } from "./factors.js";
import type { DecisionAidKey } from "./messages-en.js";
import { currentSteps, handOffLines } from "./PlanPart.js";
import { personalCases } from "./personal-comparison.js";
import {
  dimensionAsked,
  measuredScales,
  summariseAnswers,
  withoutUnmeasuredBands,
} from "./professional-summary.js";
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

type SelfCheckText = Translator<SelfCheckKey>;

function askedText(st: SelfCheckText, question: Question, voice: Voice): string {
  return st.text(`q.${question.id}.${voiceKey(voice)}` as SelfCheckKey);
}

function optionText(st: SelfCheckText, questionId: string, optionId: string): string {
  return st.text(`q.${questionId}.o.${optionId}` as SelfCheckKey);
}

/** Each substance on record with how often, how much and when last, in the page's language. */
function substanceLines(t: DecisionAidText, st: SelfCheckText, assessment: Assessment): string[] {
  return (assessment.substances ?? []).map((use) => {
    const parts: string[] = [];
    const known = ["alcohol", "opioids", "benzodiazepines", "stimulants", "cannabis", "other"];
    parts.push(
      known.includes(use.substance) ? optionText(st, "main-substance", use.substance) : use.substance,
    );
    if (use.frequency !== null && use.frequency !== undefined)
      parts.push(optionText(st, "frequency", use.frequency));
    if (use.amount !== null && use.amount !== undefined)
      parts.push(t.text(`pro.substance.amount.${use.amount}`));
    if (typeof use.lastUseDaysAgo === "number")
      parts.push(t.text("pro.substance.lastUse", { days: use.lastUseDaysAgo }));
    return parts.join(", ");
  });
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
 * The page for the professional: a de-identified summary in the engine's words and the person's own
 * answers — each answer given, every question not asked listed as unknown, urgent items including a
 * past overdose, the six dimensions with "not asked" where nobody asked (never a made-up 0) and no
 * scale band no scale measured — and the person's priorities and questions (docs/design/consumer.md §8 item 7;
 * the CO-Triage-style six-dimension report, §1.1). No name unless the person typed one. It prints in
 * the language of the page it sits in (English on request, PagesPart).
 */
export function ProfessionalPage() {
  const t = useDecisionAidText();
  const st = useCatalog(selfCheckCatalog);
  const { state, result, aboutOther, assessment } = useDecisionAid();
  const { responses, voice } = useAnswers();
  const language = t.language;
  const firstTop = topPriorities(FACTOR_IDS, state.first);
  const secondTop = topPriorities(FACTOR_IDS, state.second);
  const asked: Voice = voice ?? (aboutOther ? "family-or-friend" : "self");
  const usedSelfCheck = Object.keys(responses).length > 0;
  const answers = summariseAnswers(responses);
  const measured = measuredScales(assessment);
  const statement = (ruleId: string) => withoutUnmeasuredBands(ruleStatement(ruleId, language), measured);
  const status = result === null ? null : resultStatus(result, responses);
  const overdose = responses["overdose-history"];
  const safetyUnknown = unknownSafetyQuestions(responses);
  // Engine unknowns the self-check has no question for (those with one are listed with the questions).
  const otherUnknowns =
    result?.unknowns.filter((unknown) => !usedSelfCheck || questionForPath(unknown.path) === null) ?? [];
  const urgentCount =
    (result?.urgent.length ?? 0) + safetyUnknown.length + (hadPastOverdose(responses) ? 1 : 0);
  return (
    <section
      id="print-professional"
      class="print-page"
      aria-labelledby="print-professional-title"
      lang={language}
    >
      <h2 id="print-professional-title">{t.text("pro.title")}</h2>
      <p>{t.text("pro.provisional", { date: formatDate(assessment.asOf, language) })}</p>
      <p>{aboutOther ? t.text("pro.respondent.other") : t.text("pro.respondent.self")}</p>
      {state.name.trim() === "" ? null : <p>{t.text("pro.name", { name: state.name.trim() })}</p>}
      {result === null || status === null ? (
        <p>{t.text("pro.noResult")}</p>
      ) : (
        <>
          {status.levelStatus === "needs-answers" ? (
            <>
              <p>{t.text("pro.needsAnswers")}</p>
              <ul>
                {status.mustAsk.map((item) => (
                  <li key={item.path}>
                    {item.question === null
                      ? (item.text?.[language] ?? questionFor(item.path, language))
                      : askedText(st, item.question, asked)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              {result.level === null ? null : (
                <p>{t.text("pro.level", { level: t.text(`level.${result.level}`) })}</p>
              )}
              {result.withdrawalManagement === null ? null : (
                <p>{t.text("pro.withdrawal", { setting: t.text(`wm.${result.withdrawalManagement}`) })}</p>
              )}
            </>
          )}
          {result.coOccurringEnhanced ? <p>{t.text("pro.coOccurring")}</p> : null}
          <h3>{t.text("pro.urgent")}</h3>
          {urgentCount === 0 ? (
            <p>{t.text("pro.noUrgent")}</p>
          ) : (
            <ul class="da-urgent">
              {result.urgent.map((item) => (
                <li key={item.ruleId}>
                  <strong>{t.text(`urgent.tier.${item.tier}`)}:</strong> {statement(item.ruleId)}
                </li>
              ))}
              {safetyUnknown.map((id) => {
                const question = answers.notSure.find((candidate) => candidate.id === id);
                return question === undefined ? null : (
                  <li key={id}>
                    {t.text("pro.safetyUnknown", { question: askedText(st, question, asked) })}
                  </li>
                );
              })}
              {(overdose === "past-year" || overdose === "longer-ago") && (
                <li data-overdose={overdose}>{t.text(`pro.overdose.${overdose}`)}</li>
              )}
            </ul>
          )}
          {usedSelfCheck && (
            <>
              <h3>{t.text("pro.answers")}</h3>
              <ul class="da-answers">
                {answers.given.map((answer) => (
                  <li key={answer.question.id}>
                    {t.text("pro.answer", {
                      question: askedText(st, answer.question, asked),
                      answer: optionText(st, answer.question.id, answer.optionId),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {(assessment.substances ?? []).length > 0 && (
            <>
              <h3>{t.text("pro.substances")}</h3>
              <ul>
                {substanceLines(t, st, assessment).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
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
                const notAsked = rating.facts.length === 0 && !dimensionAsked(assessment, dimension);
                return (
                  <tr key={dimension}>
                    <th scope="row">{t.text(`dimension.${dimension}`)}</th>
                    <td
                      data-rating={notAsked ? "not-asked" : rating.rating}
                      data-label={t.text("pro.rating")}
                    >
                      {notAsked ? t.text("pro.ratingNotAsked") : rating.rating}
                    </td>
                    <td data-label={t.text("pro.basis")}>
                      {rating.facts.length === 0
                        ? t.text("pro.noFacts")
                        : rating.facts.map((fact) => statement(fact.ruleId)).join(" ")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {usedSelfCheck && answers.notSure.length > 0 && (
            <>
              <h3>{t.text("pro.notSure")}</h3>
              <ul class="da-not-sure">
                {answers.notSure.map((question) => (
                  <li key={question.id}>{askedText(st, question, asked)}</li>
                ))}
              </ul>
            </>
          )}
          {usedSelfCheck && answers.notAsked.length > 0 && (
            <>
              <h3>{t.text("pro.notAsked")}</h3>
              <ul class="da-not-asked">
                {answers.notAsked.map((question) => (
                  <li key={question.id}>{askedText(st, question, asked)}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{t.text("pro.unknowns")}</h3>
          {otherUnknowns.length === 0 ? (
            <p>{t.text("pro.noUnknowns")}</p>
          ) : (
            <ul class="da-unknowns">
              {otherUnknowns.map((unknown) => (
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
  const { responses } = useAnswers();
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
                <td key={column} data-label={t.text(`compare.${column}`)}>
                  {t.text(`row.${row}.${column}`)}
                </td>
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
      {hadPastOverdose(responses) && <p class="da-overdose-print">{t.text("family.overdose")}</p>}
      <p class="da-crisis-print">{t.text("family.crisis")}</p>
    </section>
  );
}
