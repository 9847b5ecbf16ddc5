import "./self-check.css";
import { assess, type UrgentItem } from "@stepwise/engine";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useLeaveWarning } from "../components/leave-warning.js";
import { type Translator, useCatalog } from "../i18n/language.js";
import { navigation, useNavigation } from "../navigation.js";
import { answersStore, type ResponseValue, useAnswers, type Voice } from "../session/answers-store.js";
import {
  type FlowContext,
  type FlowPosition,
  flowPosition,
  newUrgentItems,
  resultFor,
} from "./adaptive-flow.js";
import { type FirstIdea, firstIdea } from "./first-idea.js";
import { useFocusOnMount } from "./focus.js";
import { FRESH_PROGRESS, type ProgressMemory, type ProgressShown, showProgress } from "./progress.js";
import { QUESTION_BY_ID, type Question } from "./questions.js";
import { recordAnswer } from "./record-answer.js";
import { type SelfCheckKey, selfCheckCatalog } from "./self-check-messages.js";
import { UrgentNotice } from "./UrgentNotice.js";
import { voiceKey } from "./voice.js";

/**
 * The self-check: who it is about, then one question per screen in safety-first order, skipping any
 * question whose answer could not change the result (adaptive-flow.ts) unless it is a safety question.
 * Back, in the app or the browser, goes to the previous question; "I'm not sure" is on every question;
 * there is no time limit (WCAG 2.2.1). Leaving the page with answers on screen asks first.
 */
export function SelfCheckScreen() {
  const { voice, responses, savedOnDevice } = useAnswers();
  const [choosingVoice, setChoosingVoice] = useState(voice === null);
  useLeaveWarning(Object.keys(responses).length > 0 && !savedOnDevice);
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
  const progressMemory = useRef<ProgressMemory>(FRESH_PROGRESS);
  const idea = useMemo(() => firstIdea(responses, context), [responses, context]);

  const current: Question | null =
    viewing === null ? position.next : (questionAt(trail, viewing, position) ?? position.next);

  const answer = (question: Question, value: ResponseValue) => {
    const before = resultFor(responses, context);
    const next = { ...responses, [question.id]: value };
    recordAnswer(question, value, voice);
    setViewing(null);
    setUrgent(newUrgentItems(before, resultFor(next, context)));
  };

  // The result is derived from the answers (session/current-result.ts): nothing to compute here.
  const showResult = () => navigate("results");

  const back = () => {
    if (urgent.length > 0) {
      setUrgent([]);
      return;
    }
    const index = viewing ?? trail.length;
    if (index <= 0) onBackToStart();
    else setViewing(index - 1);
  };
  // The browser's Back button takes the same step back (browser-back.ts).
  const latestBack = useRef(back);
  latestBack.current = back;
  useEffect(
    () =>
      navigation.handleBack(() => {
        latestBack.current();
        return true;
      }),
    [],
  );

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
  // Going back over answered questions changes nothing ahead, so the count shown stays as it was.
  const left =
    viewing === null
      ? Math.max(position.remaining - 1, 0)
      : (progressMemory.current.lowest ?? position.remaining);
  const progress = showProgress(progressMemory.current, left, position.answered);
  progressMemory.current = progress.memory;
  return (
    <QuestionView
      key={current.id}
      question={current}
      voice={voice}
      chosen={current.id in responses ? (responses[current.id] ?? null) : undefined}
      number={number}
      progress={progress.shown}
      done={progress.done}
      idea={viewing === null ? idea : null}
      onSeeIdea={showResult}
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
  readonly progress: ProgressShown;
  /** Share of the check done, 0–1; never goes down. */
  readonly done: number;
  /** A first idea of the result, once the answers that move it most are in (first-idea.ts). */
  readonly idea: FirstIdea | null;
  readonly onSeeIdea: () => void;
  readonly onAnswer: (value: ResponseValue) => void;
  readonly onBack: () => void;
  readonly backLabel: string;
}

function QuestionView({
  question,
  voice,
  chosen,
  number,
  progress,
  done,
  idea,
  onSeeIdea,
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
        {progressText(t, number, progress)}
      </p>
      <progress
        class="progress"
        max={100}
        value={Math.round(done * 100)}
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
      {idea !== null && <FirstIdeaNote idea={idea} onSee={onSeeIdea} />}
      <div class="flow-nav">
        <button type="button" class="secondary" onClick={onBack}>
          {backLabel}
        </button>
      </div>
    </article>
  );
}

function progressText(t: Translator<SelfCheckKey>, number: number, shown: ProgressShown): string {
  if (shown.kind === "few") return t.text("flow.progress.few", { number });
  if (shown.left === 0) return t.text("flow.progress.none", { number });
  if (shown.left === 1) return t.text("flow.progress.one", { number });
  return t.text("flow.progress", { number, left: shown.left });
}

/** The first idea so far, below the question, with the way to see it in full. */
function FirstIdeaNote({ idea, onSee }: { idea: FirstIdea; onSee: () => void }) {
  const t = useCatalog(selfCheckCatalog);
  return (
    <section
      class="first-idea"
      aria-labelledby="first-idea-title"
      data-first-idea={idea.kind === "level" ? idea.level : "needs-answers"}
      data-answered={idea.answered}
    >
      <h2 id="first-idea-title" class="first-idea__title">
        {t.text("flow.idea.heading")}
      </h2>
      <p>
        {idea.kind === "level"
          ? t.text(`level.${idea.level}.name` as SelfCheckKey)
          : t.text("flow.idea.needsAnswers")}
      </p>
      <p>{t.text("flow.idea.firmer")}</p>
      <button type="button" class="secondary" onClick={onSee}>
        {t.text("flow.idea.see")}
      </button>
    </section>
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
