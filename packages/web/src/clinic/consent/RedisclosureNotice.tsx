import { useCatalog } from "../../i18n/language.js";
import { consentCatalog } from "./consent-messages.js";

/**
 * The notice that must go with every disclosure (42 CFR 2.32, as revised in 2024): the short statement
 * the rule allows, then the same in plain words (ours; the API sends its English text with the records).
 */
export function RedisclosureNotice({ headingLevel = 3 }: { readonly headingLevel?: 2 | 3 }) {
  const t = useCatalog(consentCatalog);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section class="notice-box" aria-labelledby={`notice-heading-${headingLevel}`}>
      <Heading id={`notice-heading-${headingLevel}`}>{t.text("notice.title")}</Heading>
      <p>
        <strong>{t.text("notice.short")}</strong>
      </p>
      <p>{t.text("notice.plain")}</p>
    </section>
  );
}
