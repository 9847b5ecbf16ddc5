import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi } from "../clinic-api.js";
import { Field, FormMessage, fieldError, ScreenHeading, useProblemText } from "../form-parts.js";
import { useStaffNames } from "../workspace/staff-names.js";
import { adminCatalog } from "./admin-messages.js";
import { type AuditFilters, auditQuery, NO_AUDIT_FILTERS } from "./audit-query.js";

interface AuditEvent {
  readonly id: number;
  readonly occurredAt: string;
  readonly action: string;
  readonly outcome: string;
  readonly actorName: string | null;
  /** The client the record belongs to, named by the server without reading the record. */
  readonly clientName: string | null;
  readonly recordType: string | null;
  readonly recordId: string | null;
  readonly detail: string | null;
}
interface ClientName {
  readonly id: string;
  readonly name: string;
}

const PAGE = "50";

/** The admin examines the organisation's audit log: filters, names not ids, paging, CSV export. */
export function AuditLogScreen() {
  const t = useCatalog(adminCatalog);
  const problemText = useProblemText();
  const people = useStaffNames();
  const [clients, setClients] = useState<readonly ClientName[]>([]);
  const [draft, setDraft] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const [events, setEvents] = useState<readonly AuditEvent[] | undefined>(undefined);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    // Names only: listing the clients themselves would write a client.read line for each one every time
    // the log is opened (docs/api.md, "The audit log").
    void callApi<{ clients: ClientName[] }>("GET", "/api/audit-events/client-names").then(
      (names) => setClients(names.clients),
      () => undefined,
    );
  }, []);

  const load = (cursor?: string) =>
    callApi<{ events: AuditEvent[]; nextCursor: string | null }>(
      "GET",
      `/api/audit-events?${auditQuery(filters, { limit: PAGE, ...(cursor === undefined ? {} : { cursor }) })}`,
    ).then(
      (page) => {
        setError(undefined);
        setEvents((earlier) => (cursor === undefined ? page.events : [...(earlier ?? []), ...page.events]));
        setNextCursor(page.nextCursor);
      },
      (failure) => {
        setError(failure);
        setEvents([]);
      },
    );
  useEffect(() => {
    void load();
  }, [filters]);

  const set = (key: keyof AuditFilters) => (value: string) => setDraft({ ...draft, [key]: value });
  const recordName = (event: AuditEvent) => {
    if (event.recordType === null) return "—";
    if (event.clientName !== null) return `${event.recordType}: ${event.clientName}`;
    const person = people.find((candidate) => candidate.id === event.recordId);
    return person === undefined ? event.recordType : `${event.recordType}: ${person.displayName}`;
  };
  const named = ["clientId", "userId", "action", "from", "to"].some((field) => fieldError(error, field));

  return (
    <section class="screen">
      <ScreenHeading>{t.text("audit.title")}</ScreenHeading>
      <p>{t.text("audit.lead")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
        }}
      >
        <fieldset class="caseload-filters">
          <legend>{t.text("audit.filters")}</legend>
          <div class="field">
            <label for="audit-client">{t.text("audit.client")}</label>
            <select
              id="audit-client"
              value={draft.clientId}
              onChange={(event) => set("clientId")((event.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t.text("audit.anyClient")}</option>
              {clients.map((client) => (
                <option key={client.id} value={client.id}>
                  {client.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="audit-person">{t.text("audit.person")}</label>
            <select
              id="audit-person"
              value={draft.userId}
              onChange={(event) => set("userId")((event.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">{t.text("audit.anyone")}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </select>
          </div>
          <Field
            id="audit-action"
            label={t.text("audit.action")}
            hint={t.text("audit.actionHint")}
            value={draft.action}
            onInput={set("action")}
            required={false}
            autoComplete="off"
            error={fieldError(error, "action")}
          />
          <Field
            id="audit-from"
            label={t.text("audit.from")}
            type="date"
            value={draft.from}
            onInput={set("from")}
            required={false}
            autoComplete="off"
            error={fieldError(error, "from")}
          />
          <Field
            id="audit-to"
            label={t.text("audit.to")}
            type="date"
            value={draft.to}
            onInput={set("to")}
            required={false}
            autoComplete="off"
            error={fieldError(error, "to")}
          />
        </fieldset>
        <button type="submit" class="primary">
          {t.text("audit.show")}
        </button>
      </form>
      <FormMessage kind="error" text={error === undefined || named ? undefined : problemText(error)} />
      <p>
        <a href={`/api/audit-events/export?${auditQuery(filters)}`} download="audit-events.csv">
          {t.text("audit.csv")}
        </a>
      </p>
      {events !== undefined && events.length === 0 && error === undefined ? (
        <p role="status">{t.text("audit.empty")}</p>
      ) : null}
      {events !== undefined && events.length > 0 ? (
        <>
          <p role="status" class="quiet">
            {t.text("audit.count", { count: events.length })}
          </p>
          <div class="table-scroll">
            <table class="people audit">
              <caption>{t.text("audit.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.text("audit.when")}</th>
                  <th scope="col">{t.text("audit.who")}</th>
                  <th scope="col">{t.text("audit.what")}</th>
                  <th scope="col">{t.text("audit.outcome")}</th>
                  <th scope="col">{t.text("audit.record")}</th>
                  <th scope="col">{t.text("audit.detail")}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id}>
                    <td>{event.occurredAt.slice(0, 19).replace("T", " ")}</td>
                    <td>{event.actorName ?? t.text("audit.nobody")}</td>
                    <td>{event.action}</td>
                    <td>{event.outcome}</td>
                    <td>{recordName(event)}</td>
                    <td>{event.detail ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {nextCursor === null ? null : (
            <button type="button" class="secondary" onClick={() => void load(nextCursor)}>
              {t.text("audit.more")}
            </button>
          )}
        </>
      ) : null}
    </section>
  );
}
