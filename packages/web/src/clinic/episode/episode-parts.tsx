import type { LevelOfCare } from "@stepwise/engine";
import type { Translator } from "../../i18n/language.js";
import { THIRD_EDITION_CODES } from "./care-levels.js";
import type { EpisodeMessageKey } from "./episode-messages.js";

export type EpisodeTranslator = Translator<EpisodeMessageKey>;

/** A level's name with its ASAM 3rd-edition crosswalk code beside it. */
export function levelText(t: EpisodeTranslator, level: LevelOfCare): string {
  return t.text("level.withCode", {
    name: t.text(`level.${level}` as EpisodeMessageKey),
    code: THIRD_EDITION_CODES[level],
  });
}

/** 988, 911 and the SAMHSA helpline, shown before anything else on a screen with urgent items. */
export function SafetyLines({ t }: { readonly t: EpisodeTranslator }) {
  return (
    <section class="safety-lines" aria-labelledby="safety-lines-heading">
      <h2 id="safety-lines-heading">{t.text("safety.heading")}</h2>
      <ul>
        {t.list("safety.lines").map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

interface Option {
  readonly value: string;
  readonly label: string;
}

interface ChoiceFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly onChange: (value: string) => void;
  /** Why the field is needed now, shown under the label. */
  readonly why?: string | null | undefined;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
}

function describedBy(id: string, parts: Record<string, unknown>): string | undefined {
  const ids = Object.entries(parts)
    .filter(([, value]) => Boolean(value))
    .map(([suffix]) => `${id}-${suffix}`);
  return ids.length === 0 ? undefined : ids.join(" ");
}

/** A labelled drop-down list with why it is needed and the server's error tied to it. */
export function ChoiceField(props: ChoiceFieldProps) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.why ? (
        <p class="field__why" id={`${props.id}-why`}>
          {props.why}
        </p>
      ) : null}
      {props.hint ? (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        required={props.required ?? Boolean(props.why)}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, { why: props.why, hint: props.hint, error: props.error })}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.error ? (
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly why?: string | null | undefined;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly multiline?: boolean;
  readonly type?: string;
  readonly required?: boolean;
}

/** A labelled text box (one line or several) with why it is needed and the server's error tied to it. */
export function TextField(props: TextFieldProps) {
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    required: props.required ?? Boolean(props.why),
    "aria-invalid": props.error ? ("true" as const) : undefined,
    "aria-describedby": describedBy(props.id, { why: props.why, hint: props.hint, error: props.error }),
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.why ? (
        <p class="field__why" id={`${props.id}-why`}>
          {props.why}
        </p>
      ) : null}
      {props.hint ? (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={props.type ?? "text"} {...common} />
      )}
      {props.error ? (
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
