import { useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApiVersioned } from "../clinic-api.js";
import { Field, FormMessage, useProblemText } from "../form-parts.js";
import type { ConsentRecord } from "./consent-form.js";
import { consentCatalog } from "./consent-messages.js";

/** The client's consents with their status today; each can be printed, and an active one revoked. */
export function ConsentList({
  consents,
  canRevoke,
  onChanged,
  onPrint,
}: {
  readonly consents: readonly ConsentRecord[];
  /** Admins and clinicians; a reviewer reads and prints only. */
  readonly canRevoke: boolean;
  readonly onChanged: (consent: ConsentRecord) => void;
  readonly onPrint: (consent: ConsentRecord) => void;
}) {
  const t = useCatalog(consentCatalog);
  const [revoking, setRevoking] = useState<string | undefined>(undefined);
  const [revokedNotice, setRevokedNotice] = useState(false);
  return (
    <section aria-labelledby="consent-list-heading">
      <h2 id="consent-list-heading">{t.text("consent.list")}</h2>
      <FormMessage kind="notice" text={revokedNotice ? t.text("consent.revoked") : undefined} />
      {consents.length === 0 ? <p>{t.text("consent.none")}</p> : null}
      <ul class="consent-list">
        {consents.map((consent) => (
          <li key={consent.id}>
            <article class="consent-card" aria-labelledby={`consent-${consent.id}`}>
              <h3 id={`consent-${consent.id}`}>{consent.recipientName}</h3>
              <p>
                {t.text("consent.status")}:{" "}
                <strong class={`status status--${consent.status}`}>
                  {t.text(`consent.status.${consent.status}`)}
                </strong>
              </p>
              <ConsentFacts consent={consent} />
              {consent.status === "revoked" ? (
                <p>
                  {t.text("consent.revokedOn", {
                    date: consent.revokedAt?.slice(0, 10) ?? "",
                    reason: consent.revocationReason ?? "",
                  })}
                </p>
              ) : null}
              <div class="row-actions">
                <button type="button" class="secondary" onClick={() => onPrint(consent)}>
                  {t.text("consent.printForm")}
                </button>
                {canRevoke && consent.status === "active" && revoking !== consent.id ? (
                  <button type="button" class="secondary" onClick={() => setRevoking(consent.id)}>
                    {t.text("consent.revoke")}
                  </button>
                ) : null}
              </div>
              {revoking === consent.id ? (
                <RevokeForm
                  consent={consent}
                  onCancel={() => setRevoking(undefined)}
                  onRevoked={(revoked) => {
                    setRevoking(undefined);
                    setRevokedNotice(true);
                    onChanged(revoked);
                  }}
                />
              ) : null}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the consent allows, in the screen's words (shared by the list and the printed form). */
export function ConsentFacts({ consent }: { readonly consent: ConsentRecord }) {
  const t = useCatalog(consentCatalog);
  return (
    <dl class="identity">
      <dt>{t.text("consent.information")}</dt>
      <dd>{consent.information.map((kind) => t.text(`consent.kind.${kind}`)).join("; ")}</dd>
      <dt>{t.text("consent.purpose")}</dt>
      <dd>{purposeText(t.text(`consent.purpose.${consent.purpose}`), consent.purposeText)}</dd>
      <dt>{t.text("consent.signedBy")}</dt>
      <dd>
        {t.text("consent.signedOnBy", {
          date: consent.signedOn,
          who: consent.signedBy ?? t.text("consent.unknownSigner"),
        })}
      </dd>
      <dt>{t.text("consent.ends")}</dt>
      <dd>{consent.expiresOn}</dd>
    </dl>
  );
}

export function purposeText(label: string, words: string | null): string {
  return words === null ? label : `${label}: ${words}`;
}

function RevokeForm({
  consent,
  onCancel,
  onRevoked,
}: {
  readonly consent: ConsentRecord;
  readonly onCancel: () => void;
  readonly onRevoked: (consent: ConsentRecord) => void;
}) {
  const t = useCatalog(consentCatalog);
  const problemText = useProblemText();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const id = `revoke-${consent.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    setFailure(undefined);
    if (reason.trim() === "") {
      setMissing(true);
      document.getElementById(id)?.focus();
      return;
    }
    setMissing(false);
    try {
      onRevoked(
        (
          await callApiVersioned<ConsentRecord>(
            "POST",
            `/api/consents/${consent.id}/revocation`,
            { reason: reason.trim() },
            `"v${consent.version}"`,
          )
        ).result,
      );
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form noValidate onSubmit={submit} class="revoke-form">
      <FormMessage kind="error" text={failure === undefined ? undefined : problemText(failure)} />
      <Field
        id={id}
        label={t.text("consent.revokeReason")}
        hint={t.text("consent.revokeReasonHint")}
        value={reason}
        error={missing ? t.text("consent.revokeMissing") : undefined}
        onInput={setReason}
      />
      <div class="row-actions">
        <button type="submit" class="primary">
          {t.text("consent.confirmRevoke")}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t.text("consent.cancel")}
        </button>
      </div>
    </form>
  );
}
