import { useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi } from "../clinic-api.js";
import { Field, FormMessage, fieldError, ScreenHeading, useProblemText } from "../form-parts.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { useClinicSession } from "../workspace/clinic-session-context.js";
import { assignable, useStaffNames } from "../workspace/staff-names.js";
import { clientCatalog } from "./client-messages.js";
import { likelyDuplicates } from "./duplicate-check.js";

interface ClientFound {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
}

const FIELDS = ["name", "birthDate", "recordNumber", "zipCode", "assignedClinicianId"] as const;

/** Step 2 of the day: register a client, warned first when the same person seems to be registered. */
export function RegisterClientScreen() {
  const t = useCatalog(clientCatalog);
  const problemText = useProblemText();
  const session = useClinicSession();
  const { go } = useClinicNavigation();
  const people = useStaffNames();
  const [name, setName] = useState("");
  const [birthDate, setBirthDate] = useState("");
  const [recordNumber, setRecordNumber] = useState("");
  const [zipCode, setZipCode] = useState("");
  const [clinician, setClinician] = useState(session.user.role === "admin" ? "" : session.user.id);
  const [duplicates, setDuplicates] = useState<readonly ClientFound[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  async function save(checkDuplicates: boolean) {
    setBusy(true);
    setError(undefined);
    try {
      if (checkDuplicates && name.trim() !== "" && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
        const found = await callApi<{ items: ClientFound[] }>(
          "GET",
          `/api/clients?q=${encodeURIComponent(birthDate)}&status=all&limit=200`,
        );
        const same = likelyDuplicates(found.items, name, birthDate);
        if (same.length > 0) {
          setDuplicates(same);
          return;
        }
      }
      const created = await callApi<{ id: string }>("POST", "/api/clients", {
        name: name.trim(),
        ...(birthDate === "" ? {} : { birthDate }),
        ...(recordNumber.trim() === "" ? {} : { recordNumber: recordNumber.trim() }),
        ...(zipCode.trim() === "" ? {} : { zipCode: zipCode.trim() }),
        ...(clinician === "" ? {} : { assignedClinicianId: clinician }),
      });
      go({ view: "client", clientId: created.id });
    } catch (failure) {
      setDuplicates([]);
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const namedField = FIELDS.some((field) => fieldError(error, field) !== undefined);
  return (
    <section class="panel">
      <ScreenHeading>{t.text("register.title")}</ScreenHeading>
      <p>{t.text("register.lead")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(true);
        }}
      >
        <FormMessage kind="error" text={error === undefined || namedField ? undefined : problemText(error)} />
        <Field
          id="client-name"
          label={t.text("register.name")}
          autoComplete="off"
          value={name}
          onInput={(value) => {
            setName(value);
            setDuplicates([]);
          }}
          error={fieldError(error, "name")}
        />
        <Field
          id="client-birth-date"
          label={t.text("register.birthDate")}
          hint={t.text("register.birthDateHint")}
          type="date"
          autoComplete="off"
          value={birthDate}
          onInput={(value) => {
            setBirthDate(value);
            setDuplicates([]);
          }}
          required={false}
          error={fieldError(error, "birthDate")}
        />
        <Field
          id="client-record-number"
          label={t.text("register.recordNumber")}
          autoComplete="off"
          value={recordNumber}
          onInput={setRecordNumber}
          required={false}
          error={fieldError(error, "recordNumber")}
        />
        <Field
          id="client-zip"
          label={t.text("register.zipCode")}
          hint={t.text("register.zipHint")}
          inputMode="numeric"
          autoComplete="off"
          value={zipCode}
          onInput={setZipCode}
          required={false}
          error={fieldError(error, "zipCode")}
        />
        <div class="field">
          <label for="client-clinician">{t.text("register.clinician")}</label>
          <select
            id="client-clinician"
            value={clinician}
            aria-invalid={fieldError(error, "assignedClinicianId") ? "true" : undefined}
            aria-describedby={fieldError(error, "assignedClinicianId") ? "client-clinician-error" : undefined}
            onChange={(event) => setClinician((event.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t.text("register.nobody")}</option>
            {assignable(people).map((person) => (
              <option key={person.id} value={person.id}>
                {person.displayName}
              </option>
            ))}
          </select>
          {fieldError(error, "assignedClinicianId") ? (
            <p class="field__error" id="client-clinician-error">
              {fieldError(error, "assignedClinicianId")}
            </p>
          ) : null}
        </div>
        {duplicates.length === 0 ? (
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t.text("register.checking") : t.text("register.submit")}
          </button>
        ) : null}
      </form>
      {duplicates.length === 0 ? null : (
        <div class="duplicate-warning" role="alert">
          <h2>{t.text("register.duplicateTitle")}</h2>
          <p>{t.text("register.duplicateLead")}</p>
          <ul class="record-list">
            {duplicates.map((client) => (
              <li key={client.id}>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => go({ view: "client", clientId: client.id })}
                >
                  {t.text("register.openExisting", { name: client.name, date: client.birthDate ?? "" })}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="primary" disabled={busy} onClick={() => void save(false)}>
            {t.text("register.saveAnyway")}
          </button>
        </div>
      )}
    </section>
  );
}
