import { useEffect, useMemo, useState } from "preact/hooks";
import { SafetyHeader } from "./components/SafetyHeader.js";
import { type Language, LanguageContext, preferredLanguage, translator } from "./i18n/language.js";
import { Guide } from "./screens/Guide.js";

/**
 * The app shell. Screens change by state, never by `history.pushState`, so the browser keeps one
 * history entry and Back after a quick exit cannot return to the person's answers.
 */
export function App() {
  const [language, setLanguage] = useState<Language>(() => preferredLanguage(navigator.languages ?? []));
  const t = useMemo(() => translator(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t.text("app.name")} — ${t.text("guide.title")}`;
  }, [language, t]);
  return (
    <LanguageContext.Provider value={language}>
      <SafetyHeader onLanguageChange={setLanguage} />
      <main id="main" tabIndex={-1}>
        <Guide />
      </main>
      <footer class="site-footer">
        <h2 class="site-footer__heading">{t.text("crisis.heading")}</h2>
        <ul>
          <li>{t.text("crisis.988")}</li>
          <li>{t.text("crisis.911")}</li>
          <li>{t.text("crisis.samhsa")}</li>
        </ul>
        <p>{t.text("guide.footer.notAdvice")}</p>
        <p>{t.text("guide.footer.privacy")}</p>
      </footer>
    </LanguageContext.Provider>
  );
}
