import type { LevelOfCare } from "@stepwise/engine";
import type { ComponentChildren } from "preact";
import type { Translator } from "../../i18n/language.js";
import { Field, FormMessage, ScreenHeading, SelectField } from "../form-parts.js";
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

/** A drop-down list that is required when the screen says why it is needed. */
export function ChoiceField(props: Parameters<typeof SelectField>[0]) {
  return <SelectField {...props} required={props.required ?? Boolean(props.why)} />;
}

/** A text box (one line or several) that is required when the screen says why it is needed. */
export function TextField(props: Parameters<typeof Field>[0]) {
  return <Field {...props} required={props.required ?? Boolean(props.why)} />;
}

/** A screen whose records could not be read: its heading, what went wrong, and the way back. */
export function LoadFailure(props: {
  readonly title: string;
  readonly text: string;
  readonly back: ComponentChildren;
}) {
  return (
    <section class="panel panel--wide">
      <ScreenHeading>{props.title}</ScreenHeading>
      <FormMessage kind="error" text={props.text} />
      {props.back}
    </section>
  );
}
