import "./self-check.css";
import { assess, type UrgentItem } from "@stepwise/engine";
import { useMemo, useState } from "preact/hooks";
import { useCatalog } from "../i18n/language.js";
import { useNavigation } from "../navigation.js";
import { answersStore, type ResponseValue, useAnswers, type Voice } from "../session/answers-store.js";
import {
  type FlowContext,
  type FlowPosition,
  flowPosition,
  newUrgentItems,
  resultFor,
} from "./adaptive-flow.js";
import { useFocusOnMount } from "./focus.js";
import { buildAssessment, QUESTION_BY_ID, type Question } from "./questions.js";
import { type SelfCheckKey, selfCheckCatalog } from "./self-check-messages.js";
import { UrgentNotice } from "./UrgentNotice.js";
import { voiceKey } from "./voice.js";

/**
 * The self-check: who it is about, then one question per screen in safety-first order, skipping any
 * question whose answer could not change the result (adaptive-flow.ts). Back stays inside the app;
 * "I'm not sure" is on every question; there is no time limit (WCAG 2.2.1).
 */
export function SelfCheckScreen() {
  const { voice, responses } = useAnswers();
  const [choosingVoice, setChoosingVoice] = useState(voice === null);
  if (choosingVoice || voice === null) return <VoiceChoice onChosen={() => setChoosingVoice(false)} />;
  return <QuestionFlow voice={voice} responses={responses} onBackToStart={() => setChoosingVoice(true)} />;
}

function VoiceChoice({ onChosen }: { onChosen: () => void }) {
  const t = useCatalog(selfCheckCatalog);
  const { goBack } = useNavigation();
  const { voice } = useAnswers();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const choose = (chosen: Voice) => {
    if (chosen !== voice) answersStore.clear();
    answersStore.setVoice(chosen);
    onChosen();
  };
  return (
    <article class="self-check" data-step="start">
      <h1 tabIndex={-1} ref={heading}>
        {t.text("start.title")}
      </h1>
      <p>{t.text("start.private")}</p>
      <p class="notice">{t.text("start.adults")}</p>
      <p>{t.text("start.notAdvice")}</p>
      <fieldset class="choices">
        <legend>
          <h2 class="question-text">{t.text("start.voice.question")}</h2>
        </legend>
        <button
          type="button"
          class="choice"
          data-option="self"
          aria-pressed={voice === "self"}
          onClick={() => choose("self")}
        >
          {t.text("start.voice.self")}
        </button>
        <button
          type="button"
          class="choice"
          data-option="family-or-friend"
          aria-pressed={voice === "family-or-friend"}
          onClick={() => choose("family-or-friend")}
        >
          {t.text("start.voice.other")}
        </button>
      </fieldset>
      <div class="flow-nav">
        <button type="button" class="secondary" onClick={goBack}>
          {t.text("nav.back")}
        </button>
      </div>
    </article>
  );
}

interface QuestionFlowProps {
  readonly voice: Voice;
  readonly responses: Readonly<Record<string, ResponseValue>>;
  readonly onBackToStart: () => void;
}

function QuestionFlow({ voice, responses, onBackToStart }: QuestionFlowProps) {
  const t = useCatalog(selfCheckCatalog);
  const { navigate } = useNavigation();
  const context = useMemo<FlowContext>(
    () => ({ voice, asOf: answersStore.answers.assessment.asOf, assess }),
    [voice],
  );
  const position = useMemo(() => flowPosition(responses, context), [responses, context]);
  // Answered questions in the order they were answered; Back walks this trail.
  const trail = useMemo(() => Object.keys(responses), [responses]);
  const [viewing, setViewing] = useState<number | null>(null);
  const [urgent, setUrgent] = useState<readonly UrgentItem[]>([]);

  const current: Question | null =
    viewing === null ? position.next : (questionAt(trail, viewing, position) ?? position.next);

  const answer = (question: Question, value: ResponseValue) => {
    const before = resultFor(responses, context);
    const next = { ...responses, [question.id]: value };
    answersStore.setResponse(question.id, value);
    // Scales the person answered on the results page stay with the answers.
    const scales = answersStore.answers.assessment.scales ?? null;
    answersStore.setAssessment({ ...buildAssessment(next, voice, context.asOf), scales });
    setViewing(null);
    setUrgent(newUrgentItems(before, resultFor(next, context)));
  };

  const showResult = () => {
    answersStore.setResult(assess(answersStore.answers.assessment));
    navigate("results");
  };

  const back = () => {
    if (urgent.length > 0) {
      setUrgent([]);
      return;
    }
    const index = viewing ?? trail.length;
    if (index <= 0) onBackToStart();
    else setViewing(index - 1);
  };

  if (urgent.length > 0) {
    return (
      <UrgentNotice
        items={urgent}
        voice={voice}
        responses={responses}
        onContinue={() => setUrgent([])}
        onResult={showResult}
      />
    );
  }

  if (current === null) {
    return <FlowEnd onResult={showResult} onBack={back} />;
  }
  const number = viewing === null ? position.answered + 1 : viewing + 1;
  return (
    <QuestionView
      key={current.id}
      question={current}
      voice={voice}
      chosen={current.id in responses ? (responses[current.id] ?? null) : undefined}
      number={number}
      left={Math.max(position.remaining - (viewing === null ? 1 : 0), 0)}
      total={position.answered + position.remaining}
      onAnswer={(value) => answer(current, value)}
      onBack={back}
      backLabel={t.text("nav.back")}
    />
  );
}

function questionAt(trail: readonly string[], index: number, position: FlowPosition): Question | null {
  const id = trail[index];
  if (id === undefined) return position.next;
  return QUESTION_BY_ID.get(id) ?? null;
}

interface QuestionViewProps {
  readonly question: Question;
  readonly voice: Voice;
  /** The earlier answer when the person came back to this question; undefined when never answered. */
  readonly chosen: ResponseValue | undefined;
  readonly number: number;
  readonly left: number;
  readonly total: number;
  readonly onAnswer: (value: ResponseValue) => void;
  readonly onBack: () => void;
  readonly backLabel: string;
}

function QuestionView({
  question,
  voice,
  chosen,
  number,
  left,
  total,
  onAnswer,
  onBack,
  backLabel,
}: QuestionViewProps) {
  const t = useCatalog(selfCheckCatalog);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const key = (suffix: string) => `q.${question.id}.${suffix}` as SelfCheckKey;
  const headingId = `question-${question.id}`;
  return (
    <article class="self-check" data-question={question.id}>
      <p class="progress-text" id="progress-text">
        {t.text("flow.progress", { number, left })}
      </p>
      <progress
        class="progress"
        max={Math.max(total, 1)}
        value={Math.min(number - 1, total)}
        aria-label={t.text("flow.progressLabel")}
        aria-describedby="progress-text"
      />
      <fieldset class="choices">
        <legend>
          <h1 id={headingId} class="question-text" tabIndex={-1} ref={heading}>
            {t.text(key(voiceKey(voice)))}
          </h1>
        </legend>
        {question.withList === true && (
          <ul class="points">
            {t.list(key("list")).map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        )}
        <p class="why">
          <span class="why__label">{t.text("flow.why")}: </span>
          {t.text(key("why"))}
        </p>
        {question.options.map((option) => (
          <button
            key={option.id}
            type="button"
            class="choice"
            data-option={option.id}
            aria-pressed={chosen === option.id}
            onClick={() => onAnswer(option.id)}
          >
            {t.text(key(`o.${option.id}`))}
          </button>
        ))}
        <button
          type="button"
          class="choice choice--not-sure"
          data-option="not-sure"
          aria-pressed={chosen === null}
          onClick={() => onAnswer(null)}
        >
          {t.text("flow.notSure")}
        </button>
      </fieldset>
      <p class="hint">{t.text("flow.noTimeLimit")}</p>
      <div class="flow-nav">
        <button type="button" class="secondary" onClick={onBack}>
          {backLabel}
        </button>
      </div>
    </article>
  );
}

function FlowEnd({ onResult, onBack }: { onResult: () => void; onBack: () => void }) {
  const t = useCatalog(selfCheckCatalog);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <article class="self-check" data-step="end">
      <h1 tabIndex={-1} ref={heading}>
        {t.text("flow.done.title")}
      </h1>
      <p>{t.text("flow.done.body")}</p>
      <div class="flow-nav">
        <button type="button" class="primary" onClick={onResult}>
          {t.text("flow.done.show")}
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          {t.text("nav.back")}
        </button>
      </div>
    </article>
  );
}
