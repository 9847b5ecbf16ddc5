import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi } from "../clinic-api.js";
import { ChoiceGroup, FormMessage, SelectField, useProblemText } from "../form-parts.js";
import { purposeText } from "./ConsentList.js";
import type { ConsentRecord, DisclosureRecord, InformationKind } from "./consent-form.js";
import { consentCatalog } from "./consent-messages.js";
import { RedisclosureNotice } from "./RedisclosureNotice.js";

/**
 * Records a disclosure under one of the client's active consents: to the consent's recipient, for its
 * purpose, of what it covers. The server checks the consent again and keeps the time (42 CFR 2.24).
 */
export function DisclosureForm({
  clientId,
  consents,
  onRecorded,
}: {
  readonly clientId: string;
  readonly consents: readonly ConsentRecord[];
  readonly onRecorded: () => void;
}) {
  const t = useCatalog(consentCatalog);
  const problemText = useProblemText();
  const active = consents.filter((consent) => consent.status === "active");
  const [consentId, setConsentId] = useState(active[0]?.id ?? "");
  const [information, setInformation] = useState<InformationKind[]>([]);
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [recorded, setRecorded] = useState(false);
  const consent = active.find((candidate) => candidate.id === consentId) ?? active[0];

  // A consent revoked or added meanwhile: keep the choice on an active one.
  useEffect(() => {
    if (consent !== undefined && consent.id !== consentId) setConsentId(consent.id);
  }, [consent, consentId]);

  async function submit(event: Event) {
    event.preventDefault();
    setFailure(undefined);
    setRecorded(false);
    if (consent === undefined) return;
    const covered = information.filter((kind) => consent.information.includes(kind));
    if (covered.length === 0) {
      setMissing(true);
      document.getElementById("disclosure-information")?.focus();
      return;
    }
    setMissing(false);
    try {
      await callApi("POST", `/api/clients/${clientId}/disclosures`, {
        consentId: consent.id,
        information: covered,
        purpose: consent.purpose,
      });
      setInformation([]);
      setRecorded(true);
      onRecorded();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section aria-labelledby="disclosure-heading">
      <h2 id="disclosure-heading">{t.text("disclosure.record")}</h2>
      <p>{t.text("disclosure.intro")}</p>
      {recorded ? (
        <div role="status">
          <p class="form-message form-message--notice">{t.text("disclosure.saved")}</p>
          <RedisclosureNotice />
        </div>
      ) : null}
      {consent === undefined ? (
        <p>{t.text("disclosure.noActive")}</p>
      ) : (
        <form noValidate onSubmit={submit}>
          <FormMessage kind="error" text={failure === undefined ? undefined : problemText(failure)} />
          <SelectField
            id="disclosure-consent"
            label={t.text("disclosure.consent")}
            value={consent.id}
            options={active.map((option) => ({
              value: option.id,
              label: t.text("disclosure.consentOption", {
                recipient: option.recipientName,
                purpose: t.text(`consent.purpose.${option.purpose}`),
                date: option.expiresOn,
              }),
            }))}
            onChange={(id) => {
              setConsentId(id);
              setInformation([]);
            }}
          />
          <dl class="identity">
            <dt>{t.text("disclosure.toWhom")}</dt>
            <dd>{consent.recipientName}</dd>
            <dt>{t.text("disclosure.why")}</dt>
            <dd>{purposeText(t.text(`consent.purpose.${consent.purpose}`), consent.purposeText)}</dd>
          </dl>
          <ChoiceGroup
            id="disclosure-information"
            type="checkbox"
            legend={t.text("disclosure.what")}
            hint={t.text("disclosure.whatHint")}
            error={missing ? t.text("disclosure.missing.information") : undefined}
            options={consent.information.map((kind) => ({
              value: kind,
              label: t.text(`consent.kind.${kind}`),
            }))}
            chosen={information}
            onChange={setInformation}
          />
          <button type="submit" class="primary">
            {t.text("disclosure.save")}
          </button>
        </form>
      )}
    </section>
  );
}

/** The list of disclosures as a table (on screen and on the printed accounting). */
export function DisclosureTable({
  disclosures,
  momentOf,
}: {
  readonly disclosures: readonly DisclosureRecord[];
  readonly momentOf: (iso: string) => string;
}) {
  const t = useCatalog(consentCatalog);
  if (disclosures.length === 0) return <p>{t.text("accounting.none")}</p>;
  return (
    <div class="table-scroll">
      <table class="accounting-table">
        <thead>
          <tr>
            <th scope="col">{t.text("accounting.when")}</th>
            <th scope="col">{t.text("accounting.whom")}</th>
            <th scope="col">{t.text("accounting.what")}</th>
            <th scope="col">{t.text("accounting.why")}</th>
          </tr>
        </thead>
        <tbody>
          {disclosures.map((disclosure) => (
            <tr key={disclosure.id}>
              <td>{momentOf(disclosure.disclosedAt)}</td>
              <td>{disclosure.recipientName}</td>
              <td>{disclosure.information.map((kind) => t.text(`consent.kind.${kind}`)).join("; ")}</td>
              <td>{t.text(`consent.purpose.${disclosure.purpose}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
