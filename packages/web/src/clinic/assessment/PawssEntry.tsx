import { useState } from "preact/hooks";
import type { Translator } from "../../i18n/language.js";
import { formKey } from "./assessment-fields.js";
import type { FormValues } from "./assessment-mapping.js";
import type { AssessmentMessageKey } from "./assessment-messages.js";
import { YesNoInput } from "./FormInputs.js";
import { PAWSS_ITEMS, scorePawss } from "./pawss.js";

/** The PAWSS answers from the form's flat answers, item id → "yes" / "no". */
export function pawssAnswersOf(values: FormValues): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const item of PAWSS_ITEMS) {
    const answer = values[formKey.pawss(item.id)];
    if (answer) answers[item.id] = answer;
  }
  return answers;
}

/** PAWSS item by item, with its total as it grows; a complete total fills the PAWSS field. */
export function PawssEntry(props: {
  readonly values: FormValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (key: string, value: string) => void;
  readonly t: Translator<AssessmentMessageKey>;
}) {
  const { t } = props;
  const answers = pawssAnswersOf(props.values);
  const score = scorePawss(answers);
  const [expanded, setExpanded] = useState(() => Object.keys(answers).length > 0);
  return (
    <section class="scale-entry" aria-labelledby="pawss-title">
      <h4 id="pawss-title">{t.text("pawss.title")}</h4>
      <p class="field__hint">
        {t.text("pawss.intro")} {t.text("pawss.filled")}
      </p>
      <p class="scale-entry__total" role="status">
        {score.total !== null
          ? t.text("pawss.total", { total: score.total })
          : t.text("pawss.partial", { points: score.points, answered: score.answered })}
        {score.highRisk ? ` ${t.text("pawss.high")}` : ""}
      </p>
      <button
        type="button"
        class="secondary"
        aria-expanded={expanded ? "true" : "false"}
        aria-controls="pawss-items"
        onClick={() => setExpanded(!expanded)}
      >
        {t.text(expanded ? "scale.close" : "scale.open", { scale: "PAWSS" })}
      </button>
      {expanded ? (
        <div id="pawss-items">
          {PAWSS_ITEMS.map((item) => {
            const key = formKey.pawss(item.id);
            return (
              <YesNoInput
                key={item.id}
                fieldKey={key}
                label={`${item.id}. ${item.text[t.language]}`}
                value={props.values[key] ?? ""}
                onChange={(value) => props.onChange(key, value)}
                error={props.errors[key]}
                words={{ notAsked: t.text("form.notAsked"), no: t.text("form.no"), yes: t.text("form.yes") }}
              />
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
