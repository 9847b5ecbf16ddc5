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

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: string;
  readonly autoComplete?: string;
  readonly inputMode?: "numeric" | "text" | "email";
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly readOnly?: boolean;
}

/** A labelled input with its hint and its error tied to it for assistive technology. */
export function Field(props: FieldProps) {
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
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? "text"}
        value={props.value}
        autocomplete={props.autoComplete}
        inputMode={props.inputMode}
        required={props.required ?? true}
        readOnly={props.readOnly}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
      />
      {props.error ? (
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
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
