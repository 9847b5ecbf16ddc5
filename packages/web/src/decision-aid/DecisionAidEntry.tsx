import { useCatalog } from "../i18n/language.js";
import { isScreenAvailable, navigation } from "../navigation.js";
import { decisionAidEntryCatalog } from "./entry-messages.js";

/** The guide's way into the decision aid (seed: "weigh the pros and cons with your loved one"). */
export function DecisionAidEntry() {
  const t = useCatalog(decisionAidEntryCatalog);
  if (!isScreenAvailable("decision-aid")) return null;
  return (
    <aside class="decision-aid-entry" aria-label={t.text("entry.label")}>
      <p>{t.text("entry.body")}</p>
      <button type="button" class="primary" onClick={() => navigation.navigate("decision-aid")}>
        {t.text("entry.start")}
      </button>{" "}
      {isScreenAvailable("methods") ? (
        <button type="button" class="secondary" onClick={() => navigation.navigate("methods")}>
          {t.text("entry.methods")}
        </button>
      ) : null}
    </aside>
  );
}
