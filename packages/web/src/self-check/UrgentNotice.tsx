import {
  FINDING_TEXTS,
  renderText,
  type UrgentAction,
  type UrgentItem,
  type UrgentTier,
} from "@stepwise/engine";
import { useCatalog, useLanguage } from "../i18n/language.js";
import type { Voice } from "../session/answers-store.js";
import { useFocusOnMount } from "./focus.js";
import type { Responses } from "./questions.js";
import { type SelfCheckKey, selfCheckCatalog } from "./self-check-messages.js";
import { voiceKey } from "./voice.js";
import { warnAgainstStoppingSuddenly } from "./withdrawal-warning.js";

const TEL: Partial<Record<UrgentAction, string>> = {
  "call-911": "tel:911",
  "call-or-text-988": "tel:988",
};

/**
 * What to do now, before anything else (docs/design.md "Safety first"; 988 display guidance,
 * docs/design/consumer.md §1.7). Calm words, no sirens (§5.4), and the person chooses what comes next.
 */
export function UrgentActions({
  items,
  voice,
  responses,
  headingLevel,
}: {
  readonly items: readonly UrgentItem[];
  readonly voice: Voice;
  readonly responses: Responses;
  readonly headingLevel: "h1" | "h2";
}) {
  const t = useCatalog(selfCheckCatalog);
  const language = useLanguage();
  // What raised each item, in the engine's words for its safety rules.
  const findings = items
    .map((item) => FINDING_TEXTS[item.ruleId])
    .filter((text) => text !== undefined)
    .map((text) => renderText(text, language, voice === "self" ? "second-person" : "third-person"));
  const top: UrgentTier = items[0]?.tier ?? "same-day";
  const actions = [...new Set(items.flatMap((item) => item.actions))].filter(
    (action) => action !== "ask-before-choosing-level",
  );
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const title = t.text(`urgent.title.${top}` as SelfCheckKey);
  return (
    <section class="urgent" aria-labelledby="urgent-title">
      {headingLevel === "h1" ? (
        <h1 id="urgent-title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
      ) : (
        <h2 id="urgent-title">{title}</h2>
      )}
      {findings.map((finding) => (
        <p key={finding}>{finding}</p>
      ))}
      <ul class="urgent__actions">
        {actions.map((action) => {
          const text = t.text(`urgent.action.${action}.${voiceKey(voice)}` as SelfCheckKey);
          const href = TEL[action];
          return <li key={action}>{href === undefined ? text : <a href={href}>{text}</a>}</li>;
        })}
      </ul>
      {warnAgainstStoppingSuddenly(responses) && (
        <p class="urgent__withdrawal">
          <strong>{t.text(`urgent.withdrawal.${voiceKey(voice)}` as SelfCheckKey)}</strong>
        </p>
      )}
      <p>{t.text("urgent.helpline")}</p>
    </section>
  );
}

export function UrgentNotice({
  items,
  voice,
  responses,
  onContinue,
  onResult,
}: {
  readonly items: readonly UrgentItem[];
  readonly voice: Voice;
  readonly responses: Responses;
  readonly onContinue: () => void;
  readonly onResult: () => void;
}) {
  const t = useCatalog(selfCheckCatalog);
  return (
    <article class="self-check" data-step="urgent" role="alert">
      <UrgentActions items={items} voice={voice} responses={responses} headingLevel="h1" />
      <p>{t.text("urgent.afterwards")}</p>
      <div class="flow-nav">
        <button type="button" class="primary" onClick={onContinue}>
          {t.text("urgent.continue")}
        </button>
        <button type="button" class="secondary" onClick={onResult}>
          {t.text("urgent.result")}
        </button>
      </div>
    </article>
  );
}
