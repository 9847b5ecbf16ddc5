import "./self-check.css";
import { assess, describePlacement, type ScaleResult, voiceFor } from "@stepwise/engine";
import { useMemo, useState } from "preact/hooks";
import { type Translator, useCatalog, useLanguage } from "../i18n/language.js";
import { isScreenAvailable, useNavigation } from "../navigation.js";
import { answersStore, useAnswers, type Voice } from "../session/answers-store.js";
import type { FlowContext } from "./adaptive-flow.js";
import { useFocusOnMount } from "./focus.js";
import type { Question } from "./questions.js";
import { drivingDimensions, keyAnswers, openQuestions, type QuotedAnswer } from "./result-explanation.js";
import { Phq9Form } from "./ScaleForm.js";
import { type SelfCheckKey, selfCheckCatalog } from "./self-check-messages.js";
import { UrgentActions } from "./UrgentNotice.js";
import { voiceKey } from "./voice.js";
import { warnAgainstStoppingSuddenly } from "./withdrawal-warning.js";

/** The PHQ-9 for a person answering for themself; its result joins the assessment and the level is recomputed. */
function SelfReportScales() {
  const t = useCatalog(selfCheckCatalog);
  const { assessment } = useAnswers();
  const [open, setOpen] = useState(false);
  const phq9 = assessment.scales?.find((scale) => scale.instrument === "phq-9");
  const addScale = (scale: ScaleResult) => {
    answersStore.updateAssessment((current) => ({
      ...current,
      scales: [...(current.scales ?? []).filter((other) => other.instrument !== "phq-9"), scale],
    }));
    answersStore.setResult(assess(answersStore.answers.assessment));
    setOpen(false);
  };
  if (open) return <Phq9Form onScored={addScale} onCancel={() => setOpen(false)} />;
  return (
    <>
      {phq9 !== undefined && (
        <p role="status">
          {phq9.total === null
            ? t.text("scales.phq9.incomplete")
            : t.text("scales.phq9.done", { total: phq9.total })}
        </p>
      )}
      <button type="button" class="secondary" onClick={() => setOpen(true)}>
        {t.text("scales.phq9.offer")}
      </button>
    </>
  );
}

/** FindTreatment.gov: a plain link, so no request is made unless the person follows it. */
export const FIND_TREATMENT_URL = "https://findtreatment.gov/";

function questionText(t: Translator<SelfCheckKey>, question: Question, voice: Voice): string {
  return t.text(`q.${question.id}.${voiceKey(voice)}` as SelfCheckKey);
}

function answerText(t: Translator<SelfCheckKey>, quoted: QuotedAnswer): string {
  return t.text(`q.${quoted.question.id}.o.${quoted.optionId}` as SelfCheckKey);
}

/**
 * The provisional result: urgent steps first, then the level in plain words, why (quoting
 * the person's own answers), what would change it, what a professional will still ask, and next steps.
 */
export function ResultsScreen() {
  const t = useCatalog(selfCheckCatalog);
  const language = useLanguage();
  const { navigate, reset } = useNavigation();
  const { result, responses, voice, savedOnDevice, assessment } = useAnswers();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const context = useMemo<FlowContext>(
    () => ({ voice, asOf: assessment.asOf, assess }),
    [voice, assessment.asOf],
  );
  const quoted = useMemo(() => keyAnswers(responses, context), [responses, context]);

  if (result === null || voice === null) {
    return (
      <article class="results">
        <h1 tabIndex={-1} ref={heading}>
          {t.text("results.title.self")}
        </h1>
        <p>{t.text("results.empty")}</p>
        <button type="button" class="primary" onClick={() => navigate("self-check")}>
          {t.text("results.empty.start")}
        </button>
      </article>
    );
  }
  const v = voiceKey(voice);
  const startOver = () => {
    answersStore.clear();
    reset();
  };
  // The engine's own words for its rules (packages/engine/src/messages), in the person's language and voice.
  const described = describePlacement(result, language, voiceFor(result));
  const driverReasons = described.reasons.filter((_text, index) => result.reasons[index]?.driver === true);
  const open = openQuestions(result);
  const dimensions = drivingDimensions(result);
  const urgent = result.urgent.filter((item) => item.tier !== "ask-now");

  return (
    <article class="results">
      <h1 tabIndex={-1} ref={heading}>
        {t.text(`results.title.${v}`)}
      </h1>
      {urgent.length > 0 && (
        <UrgentActions items={urgent} voice={voice} responses={responses} headingLevel="h2" />
      )}
      {urgent.length === 0 && warnAgainstStoppingSuddenly(responses) && (
        <p class="urgent__withdrawal">
          <strong>{t.text(`urgent.withdrawal.${v}`)}</strong>
        </p>
      )}
      <p class="provisional">{t.text("results.provisional")}</p>

      {result.adolescent !== null || result.level === null ? (
        <section aria-labelledby="adolescent-title">
          <h2 id="adolescent-title">{t.text("results.adolescent.title")}</h2>
          <p>{t.text("results.adolescent.body")}</p>
        </section>
      ) : (
        <section aria-labelledby="level-title" class="level-card">
          <h2 id="level-title">{t.text("results.level.heading")}</h2>
          <p class="level-card__name" data-level={result.level}>
            {t.text(`level.${result.level}.name` as SelfCheckKey)}
          </p>
          <p>{t.text(`level.${result.level}.about` as SelfCheckKey)}</p>
          {result.withdrawalManagement !== null && result.withdrawalManagement !== "none" && (
            <>
              <h3>{t.text("results.withdrawal.heading")}</h3>
              <p data-withdrawal={result.withdrawalManagement}>
                {t.text(`withdrawal.${result.withdrawalManagement}` as SelfCheckKey)}
              </p>
            </>
          )}
          {result.coOccurringEnhanced && <p>{t.text("results.coOccurring")}</p>}
        </section>
      )}

      <section aria-labelledby="why-title">
        <h2 id="why-title">{t.text("results.why.heading")}</h2>
        {quoted.length === 0 ? (
          <p>{t.text("results.why.none")}</p>
        ) : (
          <>
            <p>{t.text(`results.why.intro.${v}`)}</p>
            <ul class="quotes">
              {quoted.map((answer) => (
                <li key={answer.question.id}>
                  {t.text("results.why.quote", {
                    question: questionText(t, answer.question, voice),
                    answer: answerText(t, answer),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        {driverReasons.length > 0 && (
          <>
            <p>{t.text("results.why.rules")}</p>
            <ul class="reasons">
              {driverReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </>
        )}
        {described.nextLowerLevel !== null && (
          <>
            <p>{described.nextLowerLevel.text}</p>
            <ul>
              {described.nextLowerLevel.needs.map((need) => (
                <li key={need}>{need}</li>
              ))}
            </ul>
          </>
        )}
        {dimensions.length > 0 && (
          <p>
            {t.text("results.why.areas")}{" "}
            {dimensions.map((dimension) => t.text(`dimension.${dimension}` as SelfCheckKey)).join(", ")}
          </p>
        )}
      </section>

      <section aria-labelledby="change-title">
        <h2 id="change-title">{t.text("results.change.heading")}</h2>
        {described.wouldChange.length === 0 ? (
          <p>{t.text("results.change.none")}</p>
        ) : (
          <ul>
            {described.wouldChange.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="ask-title">
        <h2 id="ask-title">{t.text("results.ask.heading")}</h2>
        {(open.questions.length > 0 || open.others) && (
          <>
            <p>{t.text("results.ask.unknown")}</p>
            <ul>
              {open.questions.map((question) => (
                <li key={question.id}>{questionText(t, question, voice)}</li>
              ))}
              {open.others && <li>{t.text("results.ask.other")}</li>}
            </ul>
          </>
        )}
        <ul>
          {t.list("results.ask.always").map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      {described.medications.length > 0 && (
        <section aria-labelledby="medications-title">
          <h2 id="medications-title">{t.text("results.medications.heading")}</h2>
          <ul>
            {described.medications.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="scales-title">
        <h2 id="scales-title">{t.text("results.scales.heading")}</h2>
        <p>{t.text(`results.scales.${v}`)}</p>
        {voice === "family-or-friend" ? (
          <ul>
            {t.list("results.scales.list").map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <SelfReportScales />
        )}
      </section>

      <section aria-labelledby="next-title">
        <h2 id="next-title">{t.text("results.next.heading")}</h2>
        <ul class="next-steps">
          <li>{t.text("results.next.assessment")}</li>
          <li>
            <a href="tel:18006624357">{t.text("results.next.helpline")}</a>
          </li>
          <li>
            <a href={FIND_TREATMENT_URL} rel="noreferrer noopener" target="_blank">
              {t.text("results.next.findTreatment")}
            </a>
          </li>
        </ul>
        <div class="flow-nav">
          {isScreenAvailable("decision-aid") && (
            <button type="button" class="primary" onClick={() => navigate("decision-aid")}>
              {t.text("results.next.decisionAid")}
            </button>
          )}
          <button type="button" class="secondary" onClick={() => navigate("guide")}>
            {t.text("results.next.guide")}
          </button>
        </div>
      </section>

      <section aria-labelledby="save-title" class="save">
        <h2 id="save-title">{t.text("results.save.heading")}</h2>
        {savedOnDevice ? (
          <>
            <p role="status">{t.text("results.save.saved")}</p>
            <button type="button" class="secondary" onClick={() => answersStore.deleteFromDevice()}>
              {t.text("results.save.delete")}
            </button>
          </>
        ) : (
          <>
            <p>{t.text("results.save.body")}</p>
            <button type="button" class="secondary" onClick={() => answersStore.saveOnDevice()}>
              {t.text("results.save.button")}
            </button>
          </>
        )}
        <button type="button" class="secondary" onClick={startOver}>
          {t.text("results.startOver")}
        </button>
      </section>
    </article>
  );
}
