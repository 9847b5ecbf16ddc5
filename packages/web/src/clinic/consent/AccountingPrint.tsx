import { useCatalog } from "../../i18n/language.js";
import type { ClientIdentity } from "./client-identity.js";
import { momentText, todayOnDevice } from "./consent-dates.js";
import type { DisclosureRecord } from "./consent-form.js";
import { consentCatalog } from "./consent-messages.js";
import { DisclosureTable } from "./DisclosureForm.js";
import { ClientLines, PrintSheet } from "./PrintSheet.js";

/** The accounting of disclosures a client can take home (42 CFR 2.24): when, to whom, what and why. */
export function AccountingPrint({
  client,
  organization,
  disclosures,
  from,
  to,
  onBack,
}: {
  readonly client: ClientIdentity;
  readonly organization: string;
  readonly disclosures: readonly DisclosureRecord[];
  readonly from: string;
  readonly to: string;
  readonly onBack: () => void;
}) {
  const t = useCatalog(consentCatalog);
  const period =
    from !== "" && to !== ""
      ? t.text("list.between", { from, to })
      : from !== ""
        ? t.text("list.since", { from })
        : to !== ""
          ? t.text("list.until", { to })
          : t.text("list.allTime");
  return (
    <PrintSheet title={t.text("list.title")} onBack={onBack}>
      <ClientLines client={client} />
      <p>{t.text("list.lead", { organization })}</p>
      <p>
        <strong>{t.text("list.period")}:</strong> {period}
      </p>
      <DisclosureTable disclosures={disclosures} momentOf={(iso) => momentText(iso, t.language)} />
      <p>{t.text("list.questions")}</p>
      <p class="quiet">{t.text("print.printedOn", { date: todayOnDevice() })}</p>
    </PrintSheet>
  );
}
