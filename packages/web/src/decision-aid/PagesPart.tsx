import { useEffect, useState } from "preact/hooks";
import { LanguageContext } from "../i18n/language.js";
import { FamilyPage, ProfessionalPage } from "./PrintPages.js";
import { SureForm } from "./SurePart.js";
import { useDecisionAid, useDecisionAidText } from "./use-decision-aid.js";

export type PrintTarget = "professional" | "family";

/** Marks which page to print; the print stylesheet shows only that one. Cleared after printing. */
function printPage(target: PrintTarget): void {
  document.documentElement.dataset.print = target;
  window.print();
}

/** The SURE test again, the person's questions, and the two printable pages (print stylesheet; save as PDF works). */
export function PagesPart() {
  const t = useDecisionAidText();
  const { state, update, aboutOther } = useDecisionAid();
  // The professional may not read the person's language: on request their page prints in English.
  const [professionalInEnglish, setProfessionalInEnglish] = useState(false);
  const professionalLanguage = professionalInEnglish ? "en" : t.language;
  useEffect(() => {
    const clear = () => {
      delete document.documentElement.dataset.print;
    };
    window.addEventListener("afterprint", clear);
    return () => {
      window.removeEventListener("afterprint", clear);
      clear();
    };
  }, []);
  return (
    <section aria-labelledby="da-pages-title">
      <div class="screen-only">
        <SureForm
          id="da-sure-after"
          heading={t.text("sure.afterTitle")}
          answers={state.sureAfter}
          aboutOther={aboutOther}
          before={state.sureBefore}
          onAnswer={(item, value) =>
            update((current) => ({ ...current, sureAfter: { ...current.sureAfter, [item]: value } }))
          }
        />
        <h2 id="da-pages-title">{t.text("pages.title")}</h2>
        <p>{aboutOther ? t.text("pages.intro.other") : t.text("pages.intro")}</p>
        <div class="da-field">
          <label for="da-questions">{t.text("pages.questions")}</label>
          <textarea
            id="da-questions"
            rows={4}
            value={state.questions}
            onInput={(event) => {
              const value = event.currentTarget.value;
              update((current) => ({ ...current, questions: value }));
            }}
          />
        </div>
        <div class="da-field">
          <label for="da-name">{t.text("pages.name")}</label>
          <input
            id="da-name"
            type="text"
            autoComplete="off"
            value={state.name}
            onInput={(event) => {
              const value = event.currentTarget.value;
              update((current) => ({ ...current, name: value }));
            }}
          />
        </div>
        {t.language !== "en" && (
          <label class="da-check">
            <input
              type="checkbox"
              checked={professionalInEnglish}
              onChange={(event) => setProfessionalInEnglish(event.currentTarget.checked)}
            />
            {t.text("pro.inEnglish")}
          </label>
        )}
        <div class="da-actions">
          <button
            type="button"
            class="da-button da-button--primary"
            onClick={() => printPage("professional")}
          >
            {t.text("pages.print.professional")}
          </button>
          <button type="button" class="da-button da-button--primary" onClick={() => printPage("family")}>
            {t.text("pages.print.family")}
          </button>
        </div>
      </div>
      <LanguageContext.Provider value={professionalLanguage}>
        <ProfessionalPage />
      </LanguageContext.Provider>
      <FamilyPage />
    </section>
  );
}
