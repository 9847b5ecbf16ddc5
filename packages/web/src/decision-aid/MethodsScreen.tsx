import { useNavigation } from "../navigation.js";
import { CONTENT_DATE, EVIDENCE_SOURCES, NEXT_REVIEW } from "./evidence-sources.js";
import { formatDate, useDecisionAidText } from "./use-decision-aid.js";
import "./decision-aid.css";

/**
 * The methods page (IPDAS certification items, docs/design/consumer.md §2.3): every source with its
 * date, how and when the content is updated, the evidence's uncertainty, and no funding or conflicts
 * of interest. docs/methods.md says the same.
 */
export function MethodsScreen() {
  const t = useDecisionAidText();
  const { goBack } = useNavigation();
  const language = t.language;
  return (
    <article class="methods">
      <h1>{t.text("methods.title")}</h1>
      <p class="lead">{t.text("methods.intro")}</p>
      <p>
        {t.text("methods.date", {
          date: formatDate(CONTENT_DATE, language),
          review: formatDate(NEXT_REVIEW, language),
        })}
      </p>
      <h2>{t.text("methods.update.title")}</h2>
      <p>{t.text("methods.update")}</p>
      <h2>{t.text("methods.funding.title")}</h2>
      <p>{t.text("methods.funding")}</p>
      <h2>{t.text("methods.uncertainty.title")}</h2>
      <p>{t.text("methods.uncertainty")}</p>
      <h2>{t.text("methods.sources.title")}</h2>
      <ol class="da-sources">
        {EVIDENCE_SOURCES.map((source) => (
          <li key={source.id}>
            <cite lang="en">{source.citation}</cite>
            <br />
            {t.text("methods.source.date", { date: source.date })}.{" "}
            {t.text("methods.source.used", { use: t.text(source.usedFor) })}.
            {source.address === undefined ? null : (
              <>
                <br />
                <span class="da-address">{source.address}</span>
              </>
            )}
          </li>
        ))}
      </ol>
      <button type="button" class="da-button" onClick={goBack}>
        {t.text("back")}
      </button>
    </article>
  );
}
