import { inputIdFor } from "./assessment-fields.js";
import { NONE } from "./assessment-mapping.js";

/**
 * The form's inputs. Every one starts at "Not asked" (the empty string), which stays distinct from "No"
 * (docs/design.md "Unknown is not 'fine'"). Errors are tied to their input for assistive technology.
 */
interface InputProps {
  readonly fieldKey: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
}

function describedBy(id: string, props: Pick<InputProps, "error" | "hint">): string | undefined {
  const ids = [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].filter(Boolean);
  return ids.length === 0 ? undefined : ids.join(" ");
}

function Hint({ id, text }: { readonly id: string; readonly text: string | undefined }) {
  return text ? (
    <p class="field__hint" id={`${id}-hint`}>
      {text}
    </p>
  ) : null;
}

function ErrorText({ id, text }: { readonly id: string; readonly text: string | undefined }) {
  return text ? (
    <p class="field__error" id={`${id}-error`}>
      {text}
    </p>
  ) : null;
}

/** Not asked / No / Yes, as one radio group. */
export function YesNoInput(
  props: InputProps & { readonly words: { notAsked: string; no: string; yes: string } },
) {
  const id = inputIdFor(props.fieldKey);
  const choices: readonly [string, string][] = [
    ["", props.words.notAsked],
    ["no", props.words.no],
    ["yes", props.words.yes],
  ];
  return (
    <fieldset
      class={props.error ? "tri-state has-error" : "tri-state"}
      aria-describedby={describedBy(id, props)}
    >
      <legend>{props.label}</legend>
      <Hint id={id} text={props.hint} />
      <div class="tri-state__choices">
        {choices.map(([value, word]) => (
          <label key={value} class="tri-state__choice">
            <input
              type="radio"
              id={value === "" ? id : `${id}--${value}`}
              name={id}
              value={value}
              checked={props.value === value}
              onChange={() => props.onChange(value)}
            />
            {word}
          </label>
        ))}
      </div>
      <ErrorText id={id} text={props.error} />
    </fieldset>
  );
}

/** A drop-down whose first choice is "Not asked". */
export function ChoiceInput(
  props: InputProps & {
    readonly options: readonly { readonly value: string; readonly label: string }[];
    readonly notAsked: string;
  },
) {
  const id = inputIdFor(props.fieldKey);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <Hint id={id} text={props.hint} />
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{props.notAsked}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorText id={id} text={props.error} />
    </div>
  );
}

/** A number, a date or a line of text; empty means "not asked". */
export function TextInput(props: InputProps & { readonly kind: "number" | "date" | "text" }) {
  const id = inputIdFor(props.fieldKey);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <Hint id={id} text={props.hint} />
      <input
        id={id}
        type="text"
        inputMode={props.kind === "number" ? "decimal" : "text"}
        value={props.value}
        autocomplete="off"
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(id, props)}
        onInput={(event) => props.onChange((event.currentTarget as HTMLInputElement).value)}
      />
      <ErrorText id={id} text={props.error} />
    </div>
  );
}

/**
 * A list: nothing ticked is "not asked"; "None of these" says it was asked and there are none; ticking one
 * of the others clears "None of these".
 */
export function MultiInput(
  props: InputProps & {
    readonly options: readonly { readonly value: string; readonly label: string }[];
    readonly noneOfThese: string;
  },
) {
  const id = inputIdFor(props.fieldKey);
  const chosen = new Set(props.value === "" || props.value === NONE ? [] : props.value.split(","));
  const toggle = (value: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(value);
    else next.delete(value);
    props.onChange(
      props.options
        .filter((option) => next.has(option.value))
        .map((option) => option.value)
        .join(","),
    );
  };
  return (
    <fieldset class={props.error ? "multi has-error" : "multi"} aria-describedby={describedBy(id, props)}>
      <legend>{props.label}</legend>
      <Hint id={id} text={props.hint} />
      <div class="multi__choices">
        {props.options.map((option, index) => (
          <label key={option.value} class="multi__choice">
            <input
              type="checkbox"
              id={index === 0 ? id : `${id}--${option.value}`}
              checked={chosen.has(option.value)}
              onChange={(event) => toggle(option.value, (event.currentTarget as HTMLInputElement).checked)}
            />
            {option.label}
          </label>
        ))}
        <label class="multi__choice">
          <input
            type="checkbox"
            id={`${id}--none`}
            checked={props.value === NONE}
            onChange={(event) =>
              props.onChange((event.currentTarget as HTMLInputElement).checked ? NONE : "")
            }
          />
          {props.noneOfThese}
        </label>
      </div>
      <ErrorText id={id} text={props.error} />
    </fieldset>
  );
}
