import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi } from "../clinic-api.js";
import { ChoiceGroup, Field, FormMessage, fieldError, useProblemText } from "../form-parts.js";
import {
  CONSENT_FIELDS,
  type ConsentDraft,
  type ConsentField,
  type ConsentRecord,
  consentProblems,
  consentRequest,
  DISCLOSURE_PURPOSES,
  EMPTY_CONSENT,
  INFORMATION_KINDS,
} from "./consent-form.js";
import { consentCatalog } from "./consent-messages.js";

const fieldId = (field: ConsentField) => `consent-${field}`;

/** Records a client's written consent with every element 42 CFR 2.31(a) asks for, each explained. */
export function ConsentRecordForm({
  clientId,
  onRecorded,
}: {
  readonly clientId: string;
  readonly onRecorded: (consent: ConsentRecord) => void;
}) {
  const t = useCatalog(consentCatalog);
  const problemText = useProblemText();
  const [draft, setDraft] = useState<ConsentDraft>(EMPTY_CONSENT);
  const [problems, setProblems] = useState<Partial<Record<ConsentField, string>>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const [focusField, setFocusField] = useState<ConsentField | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (focusField === undefined) return;
    document.getElementById(fieldId(focusField))?.focus();
    setFocusField(undefined);
  }, [focusField]);

  const change = (next: Partial<ConsentDraft>) => {
    setDraft({ ...draft, ...next });
    setSaved(false);
  };

  async function submit(event: Event) {
    event.preventDefault();
    setFailure(undefined);
    const found = consentProblems(draft);
    const texts: Partial<Record<ConsentField, string>> = {};
    for (const field of CONSENT_FIELDS) {
      const key = found[field];
      if (key !== undefined) texts[field] = t.text(key);
    }
    setProblems(texts);
    const first = CONSENT_FIELDS.find((field) => texts[field] !== undefined);
    if (first !== undefined) {
      setFocusField(first);
      return;
    }
    setSaving(true);
    try {
      const consent = await callApi<ConsentRecord>(
        "POST",
        `/api/clients/${clientId}/consents`,
        consentRequest(draft),
      );
      setDraft(EMPTY_CONSENT);
      setSaved(true);
      onRecorded(consent);
    } catch (error) {
      // The server's own check (for example a field it refused): shown beside the field it names.
      const named: Partial<Record<ConsentField, string>> = {};
      for (const field of CONSENT_FIELDS) {
        const message = fieldError(error, field);
        if (message !== undefined) named[field] = message;
      }
      setProblems(named);
      setFailure(error);
      const firstNamed = CONSENT_FIELDS.find((field) => named[field] !== undefined);
      if (firstNamed !== undefined) setFocusField(firstNamed);
    } finally {
      setSaving(false);
    }
  }

  const hasProblems = Object.keys(problems).length > 0;
  return (
    <form noValidate onSubmit={submit} aria-labelledby="consent-record-heading">
      <h2 id="consent-record-heading">{t.text("consent.record")}</h2>
      <FormMessage kind="error" text={hasProblems ? t.text("consent.fixFields") : undefined} />
      <FormMessage
        kind="error"
        text={failure !== undefined && !hasProblems ? problemText(failure) : undefined}
      />
      <FormMessage kind="notice" text={saved ? t.text("consent.saved") : undefined} />
      <Field
        id={fieldId("recipientName")}
        label={t.text("consent.recipient")}
        hint={t.text("consent.recipientHint")}
        value={draft.recipientName}
        error={problems.recipientName}
        onInput={(recipientName) => change({ recipientName })}
      />
      <ChoiceGroup
        id={fieldId("information")}
        type="checkbox"
        legend={t.text("consent.information")}
        hint={t.text("consent.informationHint")}
        error={problems.information}
        options={INFORMATION_KINDS.map((kind) => ({ value: kind, label: t.text(`consent.kind.${kind}`) }))}
        chosen={draft.information}
        onChange={(information) => change({ information })}
      />
      <ChoiceGroup
        id={fieldId("purpose")}
        type="radio"
        legend={t.text("consent.purpose")}
        hint={t.text("consent.purposeHint")}
        error={problems.purpose}
        options={DISCLOSURE_PURPOSES.map((purpose) => ({
          value: purpose,
          label: t.text(`consent.purpose.${purpose}`),
        }))}
        chosen={draft.purpose === "" ? [] : [draft.purpose]}
        onChange={([purpose]) => change({ purpose: purpose ?? "" })}
      />
      {draft.purpose === "other" ? (
        <Field
          id={fieldId("purposeText")}
          label={t.text("consent.purposeText")}
          hint={t.text("consent.purposeTextHint")}
          value={draft.purposeText}
          error={problems.purposeText}
          onInput={(purposeText) => change({ purposeText })}
        />
      ) : null}
      <Field
        id={fieldId("signedOn")}
        type="date"
        label={t.text("consent.signedOn")}
        hint={t.text("consent.signedOnHint")}
        value={draft.signedOn}
        error={problems.signedOn}
        onInput={(signedOn) => change({ signedOn })}
      />
      <Field
        id={fieldId("expiresOn")}
        type="date"
        label={t.text("consent.expiresOn")}
        hint={t.text("consent.expiresOnHint")}
        value={draft.expiresOn}
        error={problems.expiresOn}
        onInput={(expiresOn) => change({ expiresOn })}
      />
      <Field
        id={fieldId("signedBy")}
        label={t.text("consent.signedBy")}
        hint={t.text("consent.signedByHint")}
        value={draft.signedBy}
        error={problems.signedBy}
        onInput={(signedBy) => change({ signedBy })}
      />
      <p class="quiet">{t.text("consent.revokeNote")}</p>
      <button type="submit" class="primary" disabled={saving}>
        {t.text("consent.save")}
      </button>
    </form>
  );
}
