import { useEffect } from "preact/hooks";
import { type Language, useTranslator } from "../i18n/language.js";
import { quickExit } from "./quick-exit.js";

interface SafetyHeaderProps {
  readonly onLanguageChange: (language: Language) => void;
}

/**
 * Crisis resources and the quick exit, on every screen: nothing may hide them (docs/design.md "Safety first";
 * 988 Lifeline display guidance, docs/design/consumer.md §1.7).
 */
export function SafetyHeader({ onLanguageChange }: SafetyHeaderProps) {
  const t = useTranslator();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") quickExit();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const other: Language = t.language === "en" ? "es" : "en";
  return (
    <header class="safety-header">
      <div class="safety-header__bar">
        <span class="brand">{t.text("app.name")}</span>
        <div class="safety-header__actions">
          <button
            type="button"
            class="language-switch"
            lang={other}
            aria-label={t.text("language.switchToLabel")}
            onClick={() => onLanguageChange(other)}
          >
            {t.text("language.switchTo")}
          </button>
          <button type="button" class="quick-exit" onClick={quickExit} aria-describedby="quick-exit-hint">
            {t.text("quickExit.label")}
          </button>
        </div>
      </div>
      <p id="quick-exit-hint" class="visually-hidden">
        {t.text("quickExit.hint")}
      </p>
      <section class="crisis" aria-labelledby="crisis-heading">
        <h2 id="crisis-heading" class="visually-hidden">
          {t.text("crisis.heading")}
        </h2>
        <ul class="crisis__list">
          <li>
            <a href="tel:988">{t.text("crisis.988.short")}</a>
          </li>
          <li>
            <a href="tel:911">{t.text("crisis.911.short")}</a>
          </li>
          <li>
            <a href="tel:18006624357">{t.text("crisis.samhsa.short")}</a>
          </li>
        </ul>
      </section>
    </header>
  );
}
