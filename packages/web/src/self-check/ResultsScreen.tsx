import "./self-check.css";
import {
  assess,
  describePlacement,
  type PlacementResult,
  type ScaleResult,
  voiceFor,
} from "@stepwise/engine";
import { useMemo, useState } from "preact/hooks";
import { useLeaveWarning } from "../components/leave-warning.js";
import { type Translator, useCatalog, useLanguage } from "../i18n/language.js";
import { isScreenAvailable, useNavigation } from "../navigation.js";
import { filtersFromResult } from "../program-finder/finder-filters.js";
import { FIND_TREATMENT_LOCATOR_URL } from "../program-finder/findtreatment-link.js";
import { ProgramFinder } from "../program-finder/ProgramFinder.js";
import { answersStore, type ResponseValue, useAnswers, type Voice } from "../session/answers-store.js";
import { useResult } from "../session/current-result.js";
import type { FlowContext } from "./adaptive-flow.js";
import { useFocusOnMount } from "./focus.js";
import type { Question, Responses } from "./questions.js";
import { recordAnswer } from "./record-answer.js";
import { drivingDimensions, keyAnswers, openQuestions, type QuotedAnswer } from "./result-explanation.js";
import { MUST_ASK_SHOWN, type MustAsk, resultStatus } from "./result-status.js";
import { Phq9Form } from "./ScaleForm.js";
import { hadPastOverdose, unknownSafetyQuestions } from "./safety-questions.js";
import { type SelfCheckKey, selfCheckCatalog } from "./self-check-messages.js";
import { UrgentActions } from "./UrgentNotice.js";
import { voiceKey } from "./voice.js";
import { warnAgainstStoppingSuddenly } from "./withdrawal-warning.js";
import { wouldChangeView } from "./would-change-view.js";

/** The PHQ-9 for a person answering for themself; its result joins the assessment and the level is recomputed. */
function SelfReportScales() {
  const t = useCatalog(selfCheckCatalog);
  const { assessment } = useAnswers();
  const [open, setOpen] = useState(false);
  const phq9 = assessment.scales?.find((scale) => scale.instrument === "phq-9");
  const addScale = (scale: ScaleResult) => {
    // The result follows from the new assessment (session/current-result.ts).
    answersStore.updateAssessment((current) => ({
      ...current,
      scales: [...(current.scales ?? []).filter((other) => other.instrument !== "phq-9"), scale],
    }));
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

/** FindTreatment.gov's locator: a plain link, so no request is made unless the person follows it. */
export const FIND_TREATMENT_URL = FIND_TREATMENT_LOCATOR_URL;

function questionText(t: Translator<SelfCheckKey>, question: Question, voice: Voice): string {
  return t.text(`q.${question.id}.${voiceKey(voice)}` as SelfCheckKey);
}

function answerText(t: Translator<SelfCheckKey>, quoted: QuotedAnswer): string {
  return t.text(`q.${quoted.question.id}.o.${quoted.optionId}` as SelfCheckKey);
}

const ASK_NOW_ABOUT_SAFETY = /suicid|asq|danger|overdose/;

/** 988's chat, as a plain link: no request is made unless the person follows it. */
export const LIFELINE_CHAT_URL = "https://988lifeline.org/chat/";

/**
 * The provisional result: urgent steps first, then a calm word with 988 when a safety answer is not
 * known, the level in plain words (or, when the answers are too few, that no level can be suggested
 * yet and the questions that matter most, to answer in place), why (quoting the person's own answers),
 * what would change it, what a professional will still ask, medicines, and next steps.
 */
export function ResultsScreen() {
  const t = useCatalog(selfCheckCatalog);
  const { navigate } = useNavigation();
  const { responses, voice, savedOnDevice } = useAnswers();
  const result = useResult();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  useLeaveWarning(Object.keys(responses).length > 0 && !savedOnDevice);

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
  return <Result result={result} responses={responses} voice={voice} heading={heading} />;
}

function Result({
  result,
  responses,
  voice,
  heading,
}: {
  readonly result: PlacementResult;
  readonly responses: Responses;
  readonly voice: Voice;
  readonly heading: ReturnType<typeof useFocusOnMount<HTMLHeadingElement>>;
}) {
  const t = useCatalog(selfCheckCatalog);
  const language = useLanguage();
  const { navigate } = useNavigation();
  const context = useMemo<FlowContext>(() => ({ voice, asOf: result.asOf, assess }), [voice, result.asOf]);
  const quoted = useMemo(() => keyAnswers(responses, context), [responses, context]);
  const v = voiceKey(voice);
  // The engine's own words for its rules (packages/engine/src/messages), in the person's language and voice.
  const described = describePlacement(result, language, voiceFor(result));
  const driverReasons = described.reasons.filter((_text, index) => result.reasons[index]?.driver === true);
  const open = openQuestions(result);
  const dimensions = drivingDimensions(result);
  const urgent = result.urgent.filter((item) => item.tier !== "ask-now");
  const status = resultStatus(result, responses);
  const adolescent = result.adolescent !== null || result.level === null;
  const suggested = !adolescent && status.levelStatus === "suggested";
  // The engine's "ask now" items about suicide, danger or overdose count too (a newer engine raises
  // them for every unknown safety answer); its "ask about withdrawal history" is not a 988 matter.
  const safetyUnknown =
    unknownSafetyQuestions(responses).length > 0 ||
    result.urgent.some((item) => item.tier === "ask-now" && ASK_NOW_ABOUT_SAFETY.test(item.ruleId));
  const change = wouldChangeView(result, responses);
  const lowest = result.level === "early-intervention";
  const notSure = open.questions.filter((question) => responses[question.id] === null);
  const skipped = open.questions.filter((question) => !(question.id in responses));

  return (
    <article class="results" data-level-status={adolescent ? "adolescent" : status.levelStatus}>
      <h1 tabIndex={-1} ref={heading}>
        {t.text(`results.title.${v}`)}
      </h1>
      {urgent.length > 0 && (
        <UrgentActions items={urgent} voice={voice} responses={responses} headingLevel="h2" />
      )}
      {!adolescent && safetyUnknown && <SafetyUnknownNote />}
      {urgent.length === 0 && warnAgainstStoppingSuddenly(responses) && (
        <p class="urgent__withdrawal">
          <strong>{t.text(`urgent.withdrawal.${v}`)}</strong>
        </p>
      )}
      {!adolescent && hadPastOverdose(responses) && (
        <section aria-labelledby="overdose-risk-title" class="overdose-risk">
          <h2 id="overdose-risk-title">{t.text("results.overdose.heading")}</h2>
          <p>{t.text(`results.overdose.risk.${v}`)}</p>
          <ul>
            {t.list("results.overdose.naloxone").map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <p class="provisional">{t.text("results.provisional")}</p>

      {adolescent ? (
        <section aria-labelledby="adolescent-title">
          <h2 id="adolescent-title">{t.text("results.adolescent.title")}</h2>
          <p>{t.text("results.adolescent.body")}</p>
        </section>
      ) : suggested ? (
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
              {/* Withdrawal care first in a more intensive setting, then the level the other needs call for. */}
              {described.sequence !== null && <p data-sequence="">{described.sequence}</p>}
            </>
          )}
          {result.coOccurringEnhanced && <p>{t.text("results.coOccurring")}</p>}
        </section>
      ) : (
        <NeedsAnswers mustAsk={status.mustAsk} voice={voice} responses={responses} />
      )}

      {suggested && (
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
      )}

      {suggested && !(lowest && change.shown.length === 0 && change.afterWithdrawalAsk.length === 0) && (
        <section aria-labelledby="change-title">
          <h2 id="change-title">{t.text("results.change.heading")}</h2>
          {change.shown.length === 0 && change.afterWithdrawalAsk.length === 0 ? (
            <p>{t.text("results.change.none")}</p>
          ) : (
            <ul>
              {change.shown.map((index) => (
                <li key={index}>{described.wouldChange[index]}</li>
              ))}
            </ul>
          )}
          {change.afterWithdrawalAsk.length > 0 && (
            <p class="after-withdrawal">
              {t.text("results.change.afterWithdrawal", {
                areas: change.afterWithdrawalAsk
                  .map((area) => t.text(`dimension.${area}` as SelfCheckKey).toLowerCase())
                  .join(", "),
              })}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="ask-title">
        <h2 id="ask-title">{t.text("results.ask.heading")}</h2>
        {notSure.length > 0 && (
          <>
            <p>{t.text("results.ask.notSure")}</p>
            <ul>
              {notSure.map((question) => (
                <li key={question.id}>{questionText(t, question, voice)}</li>
              ))}
            </ul>
          </>
        )}
        {(skipped.length > 0 || open.others) && (
          <>
            <p>{t.text("results.ask.skipped")}</p>
            <ul>
              {skipped.map((question) => (
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

      <Medicines result={result} responses={responses} engineNotes={described.medications} />

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

      {!adolescent && (
        <ProgramFinder
          idPrefix="results-finder"
          initial={filtersFromResult(result, {
            levelSuggested: suggested,
            medicineTaken:
              typeof responses["opioid-medication"] === "string" ? responses["opioid-medication"] : null,
            language,
          })}
        />
      )}

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
        <p>{t.text("results.next.spanish")}</p>
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

      <SaveAnswers />
    </article>
  );
}

/** A calm word when a safety answer is not known: no alarm, and 988 by call, text or chat. */
function SafetyUnknownNote() {
  const t = useCatalog(selfCheckCatalog);
  return (
    <section aria-labelledby="safety-unknown-title" class="safety-unknown">
      <h2 id="safety-unknown-title">{t.text("results.safetyUnknown.heading")}</h2>
      <p>{t.text("results.safetyUnknown.body")}</p>
      <ul class="next-steps">
        <li>
          <a href="tel:988">{t.text("results.safetyUnknown.call")}</a>
        </li>
        <li>
          <a href="sms:988">{t.text("results.safetyUnknown.text")}</a>
        </li>
        <li>
          <a href={LIFELINE_CHAT_URL} rel="noreferrer noopener" target="_blank">
            {t.text("results.safetyUnknown.chat")}
          </a>
        </li>
      </ul>
    </section>
  );
}

/** No level from too little: the few answers that matter most, each answerable right here. */
function NeedsAnswers({
  mustAsk,
  voice,
  responses,
}: {
  readonly mustAsk: readonly MustAsk[];
  readonly voice: Voice;
  readonly responses: Responses;
}) {
  const t = useCatalog(selfCheckCatalog);
  const language = useLanguage();
  const shown = mustAsk.slice(0, MUST_ASK_SHOWN);
  return (
    <section aria-labelledby="needs-answers-title" class="level-card needs-answers">
      <h2 id="needs-answers-title">{t.text("results.needsAnswers.heading")}</h2>
      <p>{t.text(`results.needsAnswers.body.${voiceKey(voice)}`)}</p>
      {shown.map((item) =>
        item.question === null ? (
          <p key={item.path}>{item.text?.[language] ?? item.path}</p>
        ) : (
          <AnswerInPlace
            key={item.question.id}
            question={item.question}
            voice={voice}
            chosen={item.question.id in responses ? (responses[item.question.id] ?? null) : undefined}
          />
        ),
      )}
    </section>
  );
}

function AnswerInPlace({
  question,
  voice,
  chosen,
}: {
  readonly question: Question;
  readonly voice: Voice;
  readonly chosen: ResponseValue | undefined;
}) {
  const t = useCatalog(selfCheckCatalog);
  const key = (suffix: string) => `q.${question.id}.${suffix}` as SelfCheckKey;
  const legendId = `in-place-${question.id}`;
  return (
    <fieldset class="choices in-place" data-question-in-place={question.id} aria-labelledby={legendId}>
      <legend id={legendId} class="question-text">
        {t.text(key(voiceKey(voice)))}
      </legend>
      {question.options.map((option) => (
        <button
          key={option.id}
          type="button"
          class="choice"
          data-option={option.id}
          aria-pressed={chosen === option.id}
          onClick={() => recordAnswer(question, option.id, voice)}
        >
          {t.text(key(`o.${option.id}`))}
        </button>
      ))}
    </fieldset>
  );
}

const ALCOHOL_ANSWERS = new Set(["alcohol"]);

/** The engine's medicine notes, and for alcohol the medicines that help (naltrexone, acamprosate). */
function Medicines({
  result,
  responses,
  engineNotes,
}: {
  readonly result: PlacementResult;
  readonly responses: Responses;
  readonly engineNotes: readonly string[];
}) {
  const t = useCatalog(selfCheckCatalog);
  const alcohol =
    ALCOHOL_ANSWERS.has(String(responses["main-substance"])) || responses["also-sedatives"] === "alcohol";
  if (result.adolescent !== null || (engineNotes.length === 0 && !alcohol)) return null;
  return (
    <section aria-labelledby="medications-title" class="medicines">
      <h2 id="medications-title">{t.text("results.medications.heading")}</h2>
      {engineNotes.length > 0 && (
        <ul>
          {engineNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {alcohol && (
        <>
          <h3>{t.text("results.medications.alcohol.heading")}</h3>
          <ul data-medicines="alcohol">
            {t.list("results.medications.alcohol").map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Keep the answers on this device (opt-in), with a word on private browsing; or start over. */
function SaveAnswers() {
  const t = useCatalog(selfCheckCatalog);
  const { reset } = useNavigation();
  const { savedOnDevice } = useAnswers();
  const startOver = () => {
    answersStore.clear();
    reset();
  };
  return (
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
          <p class="hint">{t.text("results.save.privateTip")}</p>
          <button type="button" class="secondary" onClick={() => answersStore.saveOnDevice()}>
            {t.text("results.save.button")}
          </button>
        </>
      )}
      <button type="button" class="secondary" onClick={startOver}>
        {t.text("results.startOver")}
      </button>
    </section>
  );
}
