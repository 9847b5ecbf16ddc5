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
  const describedBy = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""]
    .filter(Boolean)
    .join(" ");
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
      aria-describedby={describedBy || undefined}
      aria-invalid={props.error ? "true" : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
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

/** A labelled select with its hint and error, as `Field` is for an input. */
export function SelectField(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <select
        id={props.id}
        value={props.value}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy || undefined}
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
