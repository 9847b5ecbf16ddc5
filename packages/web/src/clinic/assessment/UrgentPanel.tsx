import type { UrgentAction, UrgentTier } from "@stepwise/engine";
import type { Translator } from "../../i18n/language.js";
import type { AssessmentMessageKey } from "./assessment-messages.js";

/** One urgent item in words, with the engine's codes kept to choose which help lines to show. */
export interface UrgentView {
  readonly tier: UrgentTier;
  readonly actions: readonly UrgentAction[];
  readonly tierText: string;
  readonly text: string;
  readonly actionTexts: readonly string[];
}

/**
 * Urgent items, shown before anything else (docs/design.md "Safety first"), with the help lines the
 * engine's actions call for: 988 (call, text or chat) and 911; SAMHSA's free helpline with any of them.
 */
export function UrgentPanel(props: {
  readonly items: readonly UrgentView[];
  readonly note?: string | undefined;
  readonly t: Translator<AssessmentMessageKey>;
}) {
  const { items, t } = props;
  if (items.length === 0) return null;
  const actions = new Set(items.flatMap((item) => item.actions));
  const crisisLine = actions.has("call-or-text-988") || items.some((item) => item.tier === "crisis");
  const emergency = actions.has("call-911") || actions.has("go-to-emergency-department");
  return (
    <section class="urgent-panel" aria-labelledby="urgent-title">
      <h2 id="urgent-title">{t.text("urgent.title")}</h2>
      <ul class="urgent-panel__items">
        {items.map((item, index) => (
          <li key={`${item.text}-${index}`} class={`urgent-panel__item urgent-panel__item--${item.tier}`}>
            <strong>{item.tierText}</strong> {item.text}
            {item.actionTexts.length > 0 ? (
              <ul>
                {item.actionTexts.map((action) => (
                  <li key={action}>{action}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <ul class="urgent-panel__lines">
        {emergency ? <li>{t.text("urgent.911")}</li> : null}
        {crisisLine ? <li>{t.text("urgent.988")}</li> : null}
        <li>{t.text("urgent.samhsa")}</li>
      </ul>
      {props.note ? <p class="field__hint">{props.note}</p> : null}
    </section>
  );
}
