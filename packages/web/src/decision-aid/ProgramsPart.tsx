import { useLanguage } from "../i18n/language.js";
import { type FinderFilters, filtersFromResult } from "../program-finder/finder-filters.js";
import { ProgramFinder } from "../program-finder/ProgramFinder.js";
import type { FoundProgram } from "../program-finder/program-search-client.js";
import { resultStatus } from "../self-check/result-status.js";
import { useAnswers } from "../session/answers-store.js";
import type { DecisionAidKey } from "./messages-en.js";
import {
  emptyProgram,
  PROGRAM_ANSWERS,
  PROGRAM_KINDS,
  PROGRAM_QUESTIONS,
  type ProgramKind,
  type ProgramNotes,
  REPORTED_WARNINGS,
  type ReportedWarning,
  warningSigns,
} from "./program-check.js";
import { type DecisionAidText, useDecisionAid, useDecisionAidText } from "./use-decision-aid.js";

const KIND_LABEL: Record<ProgramKind, DecisionAidKey> = {
  "intensive-outpatient": "level.intensive-outpatient",
  "partial-hospitalization": "level.partial-hospitalization",
  residential: "level.residential",
  other: "level.other",
};

export function programTitle(t: DecisionAidText, program: ProgramNotes, index: number): string {
  const typed = program.name.trim();
  return typed === "" ? t.text("programs.numbered", { number: index + 1 }) : typed;
}

/** One program's checklist: the ten questions, what to listen for, and the warning signs. */
function ProgramCard({ program, index }: { program: ProgramNotes; index: number }) {
  const t = useDecisionAidText();
  const { update } = useDecisionAid();
  const change = (next: ProgramNotes) =>
    update((current) => ({
      ...current,
      programs: current.programs.map((item, at) => (at === index ? next : item)),
    }));
  const flags = warningSigns(program);
  const prefix = `da-program-${index}`;
  const toggle = (warning: ReportedWarning, on: boolean) =>
    change({
      ...program,
      reported: on ? [...program.reported, warning] : program.reported.filter((item) => item !== warning),
    });
  return (
    <section class="da-program" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{programTitle(t, program, index)}</h3>
      <div class="da-field">
        <label for={`${prefix}-name`}>{t.text("programs.name")}</label>
        <input
          id={`${prefix}-name`}
          type="text"
          value={program.name}
          onInput={(event) => change({ ...program, name: event.currentTarget.value })}
        />
      </div>
      <div class="da-field">
        <label for={`${prefix}-kind`}>{t.text("programs.kind")}</label>
        <select
          id={`${prefix}-kind`}
          value={program.kind}
          onChange={(event) => change({ ...program, kind: event.currentTarget.value as ProgramKind })}
        >
          {PROGRAM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.text(KIND_LABEL[kind])}
            </option>
          ))}
        </select>
      </div>
      {PROGRAM_QUESTIONS.map((question) => (
        <fieldset key={question} class="da-yes-no">
          <legend>{t.text(`question.${question}`)}</legend>
          <p class="da-hint">
            {t.text("programs.listenFor")} {t.text(`question.${question}.listen`)}
          </p>
          {PROGRAM_ANSWERS.map((answer) => (
            <label key={answer} class="da-choice">
              <input
                type="radio"
                name={`${prefix}-${question}`}
                checked={program.answers[question] === answer}
                onChange={() => change({ ...program, answers: { ...program.answers, [question]: answer } })}
              />
              {t.text(`programs.answer.${answer}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <fieldset class="da-group">
        <legend>{t.text("programs.warnings")}</legend>
        {REPORTED_WARNINGS.map((warning) => (
          <label key={warning} class="da-check">
            <input
              type="checkbox"
              checked={program.reported.includes(warning)}
              onChange={(event) => toggle(warning, event.currentTarget.checked)}
            />
            {t.text(`warning.${warning}`)}
          </label>
        ))}
      </fieldset>
      <div aria-live="polite">
        {flags.length === 0 ? (
          <p class="da-note">{t.text("programs.noFlags")}</p>
        ) : (
          <div class="warning">
            <p>{t.text("programs.flagged")}</p>
            <ul>
              {flags.map((flag) => (
                <li key={flag}>{t.text(`warning.${flag}`)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <button
        type="button"
        class="da-button da-button--quiet"
        onClick={() =>
          update((current) => ({ ...current, programs: current.programs.filter((_, at) => at !== index) }))
        }
      >
        {t.text("programs.remove")}
      </button>
    </section>
  );
}

/** The programs side by side (the NIAAA "Choices Chart" idea, built from the checklists). */
export function ProgramChart({ programs }: { programs: readonly ProgramNotes[] }) {
  const t = useDecisionAidText();
  if (programs.length === 0) return <p class="da-note">{t.text("programs.chart.empty")}</p>;
  return (
    <table class="comparison da-chart">
      <thead>
        <tr>
          <th scope="col">{t.text("programs.chart.question")}</th>
          {programs.map((program, index) => (
            <th scope="col" key={`${index}-${program.name}`}>
              {programTitle(t, program, index)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PROGRAM_QUESTIONS.map((question) => (
          <tr key={question}>
            <th scope="row">{t.text(`question.${question}`)}</th>
            {programs.map((program, index) => {
              const answer = program.answers[question];
              return (
                <td key={`${index}-${question}`} data-label={programTitle(t, program, index)}>
                  {answer === undefined
                    ? t.text("programs.chart.notAsked")
                    : t.text(`programs.answer.${answer}`)}
                </td>
              );
            })}
          </tr>
        ))}
        <tr>
          <th scope="row">{t.text("programs.flagged")}</th>
          {programs.map((program, index) => {
            const flags = warningSigns(program);
            return (
              <td
                key={`${index}-flags`}
                class={flags.length > 0 ? "da-flagged" : undefined}
                data-label={programTitle(t, program, index)}
              >
                {flags.length === 0
                  ? t.text("programs.noFlags")
                  : flags.map((flag) => t.text(`warning.${flag}`)).join("; ")}
              </td>
            );
          })}
        </tr>
      </tbody>
    </table>
  );
}

/** The checklist's kind of care for a program found by the finder: the level searched for, else its first level. */
function kindOf(program: FoundProgram, filters: FinderFilters): ProgramKind {
  const levels = filters.level !== "" ? [filters.level, ...program.levels] : program.levels;
  return PROGRAM_KINDS.find((kind) => kind !== "other" && levels[0] === kind) ?? "other";
}

export function ProgramsPart() {
  const t = useDecisionAidText();
  const language = useLanguage();
  const { state, update, result } = useDecisionAid();
  const { responses } = useAnswers();
  const suggested =
    result !== null &&
    result.adolescent === null &&
    resultStatus(result, responses).levelStatus === "suggested";
  const medicineTaken = responses["opioid-medication"];
  // Picking a program starts its checklist with its name; the checklist stays on this device like the rest.
  const pick = (program: FoundProgram, filters: FinderFilters) =>
    update((current) => ({
      ...current,
      programs: [...current.programs, { ...emptyProgram(kindOf(program, filters)), name: program.name }],
    }));
  return (
    <section aria-labelledby="da-programs-title">
      <h2 id="da-programs-title">{t.text("programs.title")}</h2>
      <p>{t.text("programs.intro")}</p>
      {result?.adolescent === null || result === null ? (
        <ProgramFinder
          idPrefix="da-finder"
          headingLevel="h3"
          initial={filtersFromResult(result, {
            levelSuggested: suggested,
            medicineTaken: typeof medicineTaken === "string" ? medicineTaken : null,
            language,
          })}
          onPick={pick}
        />
      ) : null}
      <p class="da-source">{t.text("programs.warningSource")}</p>
      {state.programs.map((program, index) => (
        <ProgramCard key={index} program={program} index={index} />
      ))}
      <button
        type="button"
        class="da-button"
        onClick={() => update((current) => ({ ...current, programs: [...current.programs, emptyProgram()] }))}
      >
        {t.text("programs.add")}
      </button>
      <h3>{t.text("programs.chart")}</h3>
      <ProgramChart programs={state.programs} />
    </section>
  );
}
