import { useCatalog } from "../../i18n/language.js";
import { localCalendarDate } from "../../local-calendar-date.js";
import { purposeText } from "./ConsentList.js";
import type { ClientIdentity } from "./client-identity.js";
import type { ConsentRecord } from "./consent-form.js";
import { consentCatalog } from "./consent-messages.js";
import { ClientLines, PrintSheet } from "./PrintSheet.js";
import { RedisclosureNotice } from "./RedisclosureNotice.js";

/**
 * The written consent for the client to sign and keep: each element 42 CFR 2.31(a) requires (the
 * client's name, who may share, who may receive, what, why, the end date, the right to revoke, who
 * signed and when, with signature lines), the statement that treatment does not depend on signing, and
 * the 42 CFR 2.32 notice that goes with records shared under it.
 */
export function ConsentFormPrint({
  client,
  organization,
  consent,
  onBack,
}: {
  readonly client: ClientIdentity;
  readonly organization: string;
  readonly consent: ConsentRecord;
  readonly onBack: () => void;
}) {
  const t = useCatalog(consentCatalog);
  return (
    <PrintSheet title={t.text("form.title")} onBack={onBack}>
      <ClientLines client={client} />
      <p>{t.text("form.lead")}</p>
      <ol class="consent-elements">
        <li>
          <h2>{t.text("form.patient")}</h2>
          <p>{client.name}</p>
        </li>
        <li>
          <h2>{t.text("form.from")}</h2>
          <p>{organization}</p>
        </li>
        <li>
          <h2>{t.text("form.to")}</h2>
          <p>{consent.recipientName}</p>
        </li>
        <li>
          <h2>{t.text("form.what")}</h2>
          <ul>
            {consent.information.map((kind) => (
              <li key={kind}>{t.text(`consent.kind.${kind}`)}</li>
            ))}
          </ul>
        </li>
        <li>
          <h2>{t.text("form.why")}</h2>
          <p>{purposeText(t.text(`consent.purpose.${consent.purpose}`), consent.purposeText)}</p>
        </li>
        <li>
          <h2>{t.text("form.ends")}</h2>
          <p>{t.text("form.endsText", { date: consent.expiresOn })}</p>
        </li>
        <li>
          <h2>{t.text("form.revoke")}</h2>
          <p>{t.text("form.revokeText")}</p>
        </li>
        <li>
          <h2>{t.text("form.choice")}</h2>
          <p>{t.text("form.choiceText")}</p>
        </li>
        <li>
          <h2>{t.text("form.redisclosure")}</h2>
          <p>{t.text("form.redisclosureText")}</p>
        </li>
      </ol>
      <dl class="identity">
        <dt>{t.text("form.signedBy")}</dt>
        <dd>{consent.signedBy ?? t.text("consent.unknownSigner")}</dd>
        <dt>{t.text("form.signedOn")}</dt>
        <dd>{consent.signedOn}</dd>
      </dl>
      {consent.status === "revoked" ? (
        <p class="form-message form-message--error">
          {t.text("form.revokedOn", {
            date: consent.revokedAt?.slice(0, 10) ?? "",
            reason: consent.revocationReason ?? "",
          })}
        </p>
      ) : null}
      <div class="signature-lines">
        <SignatureLine label={t.text("form.signature")} date={t.text("form.date")} />
        <SignatureLine label={t.text("form.relationship")} />
        <SignatureLine label={t.text("form.staff")} date={t.text("form.date")} />
      </div>
      <p class="quiet">{t.text("form.copy")}</p>
      <RedisclosureNotice headingLevel={2} />
      <p class="quiet">{t.text("print.printedOn", { date: localCalendarDate() })}</p>
    </PrintSheet>
  );
}

function SignatureLine({ label, date }: { readonly label: string; readonly date?: string }) {
  return (
    <div class="signature-line">
      <div class="signature-line__space">
        <span>{label}</span>
      </div>
      {date === undefined ? null : (
        <div class="signature-line__date">
          <span>{date}</span>
        </div>
      )}
    </div>
  );
}
