import { LEVELS_OF_CARE, type LevelOfCare } from "@stepwise/engine";
import { type CalendarEvent, calendarFile } from "./calendar-file.js";
import type { DecisionAidState, StepInputs } from "./decision-aid-state.js";
import { checkHandOffs, checkIns, type PlanStep, planFirstDay, suggestedSteps } from "./step-plan.js";
import { type DecisionAidText, formatDate, useDecisionAid, useDecisionAidText } from "./use-decision-aid.js";

export function currentSteps(state: DecisionAidState, level: LevelOfCare | null): readonly StepInputs[] {
  return state.steps ?? suggestedSteps(level).map((step) => ({ level: step, start: "", end: "" }));
}

export function planSteps(steps: readonly StepInputs[]): PlanStep[] {
  return steps.map((step) => ({
    level: step.level,
    start: step.start === "" ? null : step.start,
    end: step.end === "" ? null : step.end,
  }));
}

/** The no-gap lines for each move between levels. */
export function handOffLines(t: DecisionAidText, steps: readonly StepInputs[]): string[] {
  return checkHandOffs(planSteps(steps)).map((handOff) => {
    const values = {
      from: t.text(`level.${handOff.from}`),
      to: t.text(`level.${handOff.to}`),
      days: handOff.days ?? "",
    };
    const key = {
      ok: "plan.check.ok",
      gap: "plan.check.gap",
      "not-booked": "plan.check.notBooked",
      "end-unknown": "plan.check.endUnknown",
      overlap: "plan.check.overlap",
    } as const;
    return t.text(key[handOff.status], values);
  });
}

/** The plan as calendar events: each step's first day and the 3-, 6- and 12-month check-ins. */
function calendarEvents(t: DecisionAidText, steps: readonly StepInputs[], planId: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  steps.forEach((step, index) => {
    if (step.start !== "")
      events.push({
        uid: `${planId}-step-${index + 1}@stepwise`,
        date: step.start,
        summary: t.text("plan.event.start", { level: t.text(`level.${step.level}`) }),
      });
  });
  const first = planFirstDay(planSteps(steps));
  if (first !== null)
    for (const checkIn of checkIns(first))
      events.push({
        uid: `${planId}-check-in-${checkIn.months}@stepwise`,
        date: checkIn.date,
        summary: t.text("plan.event.checkIn", { months: checkIn.months }),
        description: t.text("plan.event.checkIn.body"),
      });
  return events;
}

/** Saves the .ics file: made here, handed to the browser as a Blob download, never uploaded. */
function downloadCalendar(t: DecisionAidText, steps: readonly StepInputs[]): void {
  const text = calendarFile({
    name: t.text("plan.calendarName"),
    stamp: new Date(),
    events: calendarEvents(t, steps, crypto.randomUUID()),
  });
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "stepwise-step-plan.ics";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The step plan: levels over time with a no-gap check (first appointment within 7 days, HEDIS FUI) and
 * check-ins at 3, 6 and 12 months (docs/design/consumer.md §4.5), downloadable as a calendar file.
 */
export function PlanPart() {
  const t = useDecisionAidText();
  const { state, update, result } = useDecisionAid();
  const language = t.language;
  const steps = currentSteps(state, result?.level ?? null);
  const setSteps = (next: readonly StepInputs[]) => update((current) => ({ ...current, steps: next }));
  const setStep = (index: number, change: Partial<StepInputs>) =>
    setSteps(steps.map((step, at) => (at === index ? { ...step, ...change } : step)));
  const first = planFirstDay(planSteps(steps));
  const lines = handOffLines(t, steps);
  return (
    <section aria-labelledby="da-plan-title">
      <h2 id="da-plan-title">{t.text("plan.title")}</h2>
      <p>{t.text("plan.intro")}</p>
      <ol class="da-steps">
        {steps.map((step, index) => {
          const prefix = `da-step-${index}`;
          return (
            <li key={prefix}>
              <fieldset class="da-group">
                <legend>{t.text("plan.step", { number: index + 1 })}</legend>
                <div class="da-field">
                  <label for={`${prefix}-level`}>{t.text("plan.level")}</label>
                  <select
                    id={`${prefix}-level`}
                    value={step.level}
                    onChange={(event) => setStep(index, { level: event.currentTarget.value as LevelOfCare })}
                  >
                    {LEVELS_OF_CARE.map((level) => (
                      <option key={level} value={level}>
                        {t.text(`level.${level}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="da-field">
                  <label for={`${prefix}-start`}>{t.text("plan.start")}</label>
                  <input
                    id={`${prefix}-start`}
                    type="date"
                    value={step.start}
                    onInput={(event) => setStep(index, { start: event.currentTarget.value })}
                  />
                </div>
                <div class="da-field">
                  <label for={`${prefix}-end`}>{t.text("plan.end")}</label>
                  <input
                    id={`${prefix}-end`}
                    type="date"
                    value={step.end}
                    onInput={(event) => setStep(index, { end: event.currentTarget.value })}
                  />
                </div>
                <button
                  type="button"
                  class="da-button da-button--quiet"
                  onClick={() => setSteps(steps.filter((_, at) => at !== index))}
                >
                  {t.text("plan.remove")}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        class="da-button"
        onClick={() => setSteps([...steps, { level: "outpatient", start: "", end: "" }])}
      >
        {t.text("plan.add")}
      </button>
      <h3>{t.text("plan.checks")}</h3>
      <ul aria-live="polite" class="da-checks">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t.text("plan.checkIns")}</h3>
      <p>{t.text("plan.checkIns.intro")}</p>
      {first === null ? (
        <p class="da-note">{t.text("plan.checkIns.needStart")}</p>
      ) : (
        <ul>
          {checkIns(first).map((checkIn) => (
            <li key={checkIn.months}>
              {t.text("plan.checkIn", { months: checkIn.months, date: formatDate(checkIn.date, language) })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="da-button da-button--primary" onClick={() => downloadCalendar(t, steps)}>
        {t.text("plan.download")}
      </button>
      <p class="da-hint">{t.text("plan.download.hint")}</p>
    </section>
  );
}
