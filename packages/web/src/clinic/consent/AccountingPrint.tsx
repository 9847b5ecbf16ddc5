import { useCatalog } from "../../i18n/language.js";
import { localCalendarDate } from "../../local-calendar-date.js";
import type { ClientIdentity } from "./client-identity.js";
import { momentText } from "./consent-dates.js";
import type { DisclosureRecord } from "./consent-form.js";
import { consentCatalog } from "./consent-messages.js";
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
      {disclosures.length === 0 ? <p>{t.text("accounting.none")}</p> : null}
      {/* A list rather than a table on paper: each disclosure reads whole, however narrow the page. */}
      <ol class="disclosure-entries">
        {disclosures.map((disclosure) => (
          <li key={disclosure.id}>
            <dl class="identity">
              <dt>{t.text("accounting.when")}</dt>
              <dd>{momentText(disclosure.disclosedAt, t.language)}</dd>
              <dt>{t.text("accounting.whom")}</dt>
              <dd>{disclosure.recipientName}</dd>
              <dt>{t.text("accounting.what")}</dt>
              <dd>{disclosure.information.map((kind) => t.text(`consent.kind.${kind}`)).join("; ")}</dd>
              <dt>{t.text("accounting.why")}</dt>
              <dd>{t.text(`consent.purpose.${disclosure.purpose}`)}</dd>
            </dl>
          </li>
        ))}
      </ol>
      <p>{t.text("list.questions")}</p>
      <p class="quiet">{t.text("print.printedOn", { date: localCalendarDate() })}</p>
    </PrintSheet>
  );
}
