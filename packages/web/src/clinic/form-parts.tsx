import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { useCatalog } from "../i18n/language.js";
import { ApiProblem } from "./clinic-api.js";
import { clinicCatalog } from "./clinic-catalog.js";

/**
 * The screen's heading, focused when the screen appears so screen readers announce the new step. Focused
 * before the browser paints the screen, so focus never jumps away from a field someone has started typing in.
 */
export function ScreenHeading({ children }: { readonly children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** What a field may say beside its control: why it is needed now, a hint, and the server's error. */
interface FieldNotes {
  /** Why the field is needed now, shown under the label. */
  readonly why?: string | null | undefined;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** The ids of a field's notes, for the control's aria-describedby. */
function describedBy(id: string, notes: FieldNotes): string | undefined {
  const ids = (["why", "hint", "error"] as const)
    .filter((note) => Boolean(notes[note]))
    .map((note) => `${id}-${note}`);
  return ids.length === 0 ? undefined : ids.join(" ");
}

function FieldHint({ id, notes }: { readonly id: string; readonly notes: FieldNotes }) {
  return (
    <>
      {notes.why ? (
        <p class="field__why" id={`${id}-why`}>
          {notes.why}
        </p>
      ) : null}
      {notes.hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {notes.hint}
        </p>
      ) : null}
    </>
  );
}

function FieldError({ id, error }: { readonly id: string; readonly error: string | undefined }) {
  return error ? (
    <p class="field__error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

/** A control with its label above, why and hint under the label, and its error after it. */
function LabelledControl(
  props: FieldNotes & { readonly id: string; readonly label: string; readonly children: ComponentChildren },
) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <FieldHint id={props.id} notes={props} />
      {props.children}
      <FieldError id={props.id} error={props.error} />
    </div>
  );
}

interface FieldProps extends FieldNotes {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: string;
  readonly autoComplete?: string;
  readonly inputMode?: "numeric" | "text" | "email";
  /** Several lines (a textarea) instead of one. */
  readonly multiline?: boolean;
  /** Required unless told otherwise. */
  readonly required?: boolean;
  readonly readOnly?: boolean;
}

/** A labelled input (or text area) with its hint and its error tied to it for assistive technology. */
export function Field(props: FieldProps) {
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    required: props.required ?? true,
    readOnly: props.readOnly,
    "aria-invalid": props.error ? ("true" as const) : undefined,
    "aria-describedby": describedBy(props.id, props),
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <LabelledControl {...props}>
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input
          type={props.type ?? "text"}
          autocomplete={props.autoComplete}
          inputMode={props.inputMode}
          {...common}
        />
      )}
    </LabelledControl>
  );
}

/** A labelled drop-down list with its hint and error, as `Field` is for an input. */
export function SelectField<Value extends string = string>(
  props: FieldNotes & {
    readonly id: string;
    readonly label: string;
    readonly value: Value;
    readonly options: readonly { readonly value: Value; readonly label: string }[];
    readonly onChange: (value: Value) => void;
    readonly required?: boolean;
  },
) {
  return (
    <LabelledControl {...props}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, props)}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as Value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledControl>
  );
}

/**
 * A labelled group of checkboxes or radio buttons (a fieldset whose legend names it), with its hint and
 * error tied to the group for assistive technology, as `Field` does for one input.
 */
export function ChoiceGroup<Value extends string>(props: {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly type: "checkbox" | "radio";
  readonly options: readonly { readonly value: Value; readonly label: string }[];
  readonly chosen: readonly Value[];
  readonly onChange: (chosen: Value[]) => void;
}) {
  const toggle = (value: Value, on: boolean) => {
    if (props.type === "radio") props.onChange([value]);
    else
      props.onChange(
        props.options
          .map((option) => option.value)
          .filter((candidate) => (candidate === value ? on : props.chosen.includes(candidate))),
      );
  };
  return (
    <fieldset
      class="choice-group"
      id={props.id}
      tabIndex={-1}
      aria-describedby={describedBy(props.id, props)}
      aria-invalid={props.error ? "true" : undefined}
    >
      <legend>{props.legend}</legend>
      <FieldHint id={props.id} notes={props} />
      <FieldError id={props.id} error={props.error} />
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type={props.type}
            name={props.id}
            value={option.value}
            checked={props.chosen.includes(option.value)}
            onChange={(event) => toggle(option.value, (event.currentTarget as HTMLInputElement).checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A message for the whole form, announced as soon as it appears. */
export function FormMessage({
  text,
  kind,
}: {
  readonly text: string | undefined;
  readonly kind: "error" | "notice";
}) {
  if (!text) return null;
  return (
    <p class={`form-message form-message--${kind}`} role={kind === "error" ? "alert" : "status"}>
      {text}
    </p>
  );
}

/** The words to show for a failed call: the server's own sentence, or a plain fallback. */
export function useProblemText(): (error: unknown) => string {
  const t = useCatalog(clinicCatalog);
  return (error) => {
    if (error instanceof ApiProblem) {
      if (error.status === 0) return t.text("common.offline");
      if (error.message) return error.message;
    }
    return t.text("common.error");
  };
}

/** The server's message for one field, if it named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiProblem
    ? error.errors.find((problem) => problem.field === field)?.message
    : undefined;
}
