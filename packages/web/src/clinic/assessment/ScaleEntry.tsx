import type { InstrumentDefinition, InstrumentId, ScaleResult } from "@stepwise/engine";
import type { Translator } from "../../i18n/language.js";
import { formKey, inputIdFor } from "./assessment-fields.js";
import type { FormValues } from "./assessment-mapping.js";
import type { AssessmentMessageKey } from "./assessment-messages.js";
import type { Engine } from "./engine-loader.js";

/** Short names, the same in English and Spanish. */
export const SCALE_NAMES: Readonly<Record<InstrumentId, string>> = {
  audit: "AUDIT",
  "audit-c": "AUDIT-C",
  "dast-10": "DAST-10",
  "taps-1": "TAPS-1",
  "taps-2": "TAPS-2",
  "ciwa-ar": "CIWA-Ar",
  cows: "COWS",
  "phq-9": "PHQ-9",
  "phq-2": "PHQ-2",
  "gad-7": "GAD-7",
  asq: "ASQ",
};

/** The answers to one scale, item id → option code, from the form's flat answers. */
export function scaleAnswersOf(values: FormValues, instrument: InstrumentId): Record<string, string> {
  const prefix = formKey.scaleItem(instrument, "");
  const answers: Record<string, string> = {};
  for (const [key, code] of Object.entries(values)) {
    if (key.startsWith(prefix) && code !== "") answers[key.slice(prefix.length)] = code;
  }
  return answers;
}

/** The live total, scored by the engine on this device; the stored total is the server's own scoring. */
export function liveScale(engine: Engine, instrument: InstrumentId, values: FormValues): ScaleResult | null {
  const answers = scaleAnswersOf(values, instrument);
  if (Object.keys(answers).length === 0) return null;
  try {
    return engine.scoreInstrument(instrument, answers);
  } catch {
    return null;
  }
}

function shown(
  definition: InstrumentDefinition,
  itemIndex: number,
  answers: Readonly<Record<string, string>>,
): boolean {
  const item = definition.items[itemIndex];
  if (item?.shownWhen === undefined) return true;
  if (answers[item.id] !== undefined) return true;
  return item.shownWhen.anyOf.some((condition) => {
    const earlier = definition.items.find((candidate) => candidate.id === condition.item);
    const code = answers[condition.item];
    const points = earlier?.options.find((option) => option.code === code)?.points;
    return points !== undefined && points >= condition.minPoints;
  });
}

/**
 * One validated scale, item by item, with its total as it grows. Items keep the scale's published English
 * wording (the licences allow reproducing it; docs/design/instruments.md), marked as English for screen
 * readers when the page is in Spanish.
 */
export function ScaleEntry(props: {
  readonly engine: Engine;
  readonly instrument: InstrumentId;
  readonly values: FormValues;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  readonly onChange: (key: string, value: string) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly t: Translator<AssessmentMessageKey>;
}) {
  const { engine, instrument, values, t } = props;
  const definition = engine.INSTRUMENTS[instrument];
  const name = SCALE_NAMES[instrument];
  const answers = scaleAnswersOf(values, instrument);
  const result = liveScale(engine, instrument, values);
  const english = t.language === "en" ? undefined : "en";
  const bodyId = `scale-${instrument}`;
  const band = result?.band
    ? definition.bands.find((candidate) => candidate.name === result.band)
    : undefined;
  const scoredItems = definition.items.filter((item) => item.countsTowardTotal).length;
  const missing = result === null ? scoredItems : result.missingItems.length;
  return (
    <section class="scale-entry" aria-labelledby={`${bodyId}-name`}>
      <h4 id={`${bodyId}-name`}>
        <span lang={english}>{definition.title}</span>
      </h4>
      <p class="scale-entry__total" role="status">
        {result === null
          ? t.text("scale.none", { scale: name })
          : result.total !== null
            ? t.text("scale.total", { scale: name, total: result.total })
            : t.text("scale.partial", { scale: name, points: result.answeredTotal, missing })}
        {band ? (
          <>
            {". "}
            {t.text("scale.band")}: <span lang={english}>{band.label}</span>
          </>
        ) : null}
      </p>
      <button
        type="button"
        class="secondary"
        aria-expanded={props.expanded ? "true" : "false"}
        aria-controls={bodyId}
        onClick={props.onToggle}
      >
        {t.text(props.expanded ? "scale.close" : "scale.open", { scale: name })}
      </button>
      {props.expanded ? (
        <div id={bodyId} class="scale-entry__items">
          <p class="field__hint">
            {t.text("scale.wording")} <span lang={english}>{definition.instructions}</span>
          </p>
          {definition.items.map((item, index) => {
            if (!shown(definition, index, answers)) return null;
            const key = formKey.scaleItem(instrument, item.id);
            const id = inputIdFor(key);
            const error = props.errors[key];
            return (
              <div class="field" key={item.id}>
                <label for={id}>
                  {t.text("scale.item", { number: item.number })}. <span lang={english}>{item.text}</span>
                </label>
                <select
                  id={id}
                  value={answers[item.id] ?? ""}
                  aria-invalid={error ? "true" : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) => props.onChange(key, (event.currentTarget as HTMLSelectElement).value)}
                >
                  <option value="">{t.text("form.notAsked")}</option>
                  {item.options.map((option) => (
                    <option
                      key={option.code}
                      value={option.code}
                      lang={option.label === null ? undefined : english}
                    >
                      {option.label === null
                        ? t.text("scale.points", { points: option.points })
                        : `${option.points} — ${option.label}`}
                    </option>
                  ))}
                </select>
                {error ? (
                  <p class="field__error" id={`${id}-error`}>
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
