import { useCatalog } from "../i18n/language.js";
import { clinicCatalog } from "./clinic-catalog.js";
import { ScreenHeading } from "./form-parts.js";

/** The one time the recovery codes are shown; only their digests are stored. */
export function RecoveryCodesScreen({
  codes,
  onDone,
}: {
  readonly codes: readonly string[];
  readonly onDone: () => void;
}) {
  const t = useCatalog(clinicCatalog);
  return (
    <section class="panel">
      <ScreenHeading>{t.text("codes.title")}</ScreenHeading>
      <p>{t.text("codes.lead")}</p>
      <ul class="recovery-codes" aria-label={t.text("codes.list")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" class="primary" onClick={onDone}>
        {t.text("codes.done")}
      </button>
    </section>
  );
}
