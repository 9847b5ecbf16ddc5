import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { caseloadCatalog, type Level } from "../caseload/caseload-messages.js";
import { callApi, callApiVersioned } from "../clinic-api.js";
import { Field, FormMessage, fieldError, ScreenHeading, useProblemText } from "../form-parts.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { useClinicSession } from "../workspace/clinic-session-context.js";
import { assignable, useStaffNames } from "../workspace/staff-names.js";
import { clientCatalog } from "./client-messages.js";

interface ClientRecord {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly recordNumber: string | null;
  readonly zipCode: string | null;
  readonly assignedClinicianId: string | null;
  readonly status: "active" | "inactive" | "merged";
  readonly statusReason: string | null;
}
interface AssessmentSummary {
  readonly id: string;
  readonly asOf: string;
  readonly supersededById: string | null;
  readonly result: { readonly urgent?: readonly unknown[] };
}
interface EpisodeSummary {
  readonly id: string;
  readonly admittedOn: string | null;
  readonly status: string;
  readonly currentLevel?: Level | null;
  readonly reassessmentDueOn: string | null;
}
interface DecisionSummary {
  readonly assessmentId: string;
}
interface Page<Item> {
  readonly items: readonly Item[];
}

type Panel = "none" | "edit" | "status";

/** One client's page: who they are, their assessments and episodes, urgent items, and what to do next. */
export function ClientScreen({ clientId }: { readonly clientId: string }) {
  const t = useCatalog(clientCatalog);
  const levels = useCatalog(caseloadCatalog);
  const { go } = useClinicNavigation();
  const session = useClinicSession();
  const people = useStaffNames();
  const problemText = useProblemText();
  const [client, setClient] = useState<ClientRecord | undefined>(undefined);
  const [version, setVersion] = useState<string | null>(null);
  const [assessments, setAssessments] = useState<readonly AssessmentSummary[]>([]);
  const [episodes, setEpisodes] = useState<readonly EpisodeSummary[]>([]);
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(undefined);
  const [panel, setPanel] = useState<Panel>("none");
  const [notice, setNotice] = useState<string | undefined>(undefined);

  useEffect(() => {
    Promise.all([
      callApiVersioned<ClientRecord>("GET", `/api/clients/${clientId}`),
      callApi<Page<AssessmentSummary>>("GET", `/api/clients/${clientId}/assessments?limit=100`),
      callApi<Page<EpisodeSummary>>("GET", `/api/clients/${clientId}/episodes?limit=100`),
      callApi<Page<DecisionSummary>>("GET", `/api/clients/${clientId}/decisions?limit=100`).catch(() => ({
        items: [],
      })),
    ]).then(([found, assessmentPage, episodePage, decisionPage]) => {
      setClient(found.result);
      setVersion(found.etag);
      setAssessments(assessmentPage.items.filter((item) => item.supersededById === null));
      setEpisodes(episodePage.items);
      setDecided(new Set(decisionPage.items.map((decision) => decision.assessmentId)));
    }, setError);
  }, [clientId]);

  if (client === undefined) {
    if (error !== undefined) return <FormMessage kind="error" text={problemText(error)} />;
    return <p role="status">{t.text("client.loading")}</p>;
  }
  const latest = assessments.at(-1);
  const openEpisode = episodes.find((episode) => episode.status === "open");
  const urgentOpen =
    latest !== undefined && !decided.has(latest.id) ? (latest.result.urgent?.length ?? 0) : 0;
  const canWrite = session.user.role !== "reviewer";
  const clinicianName =
    client.assignedClinicianId === null
      ? t.text("client.notAssigned")
      : (people.find((person) => person.id === client.assignedClinicianId)?.displayName ?? "…");
  const changed = (next: ClientRecord, etag: string | null, text: string) => {
    setClient(next);
    setVersion(etag);
    setPanel("none");
    setNotice(text);
  };

  return (
    <section class="panel panel--wide">
      <ScreenHeading>{client.name}</ScreenHeading>
      {urgentOpen > 0 ? (
        <section class="urgent-box" aria-labelledby="urgent-title">
          <h2 id="urgent-title">
            {t.text("client.urgent")}: {t.text("client.urgentCount", { count: urgentOpen })}
          </h2>
          <p>{t.text("client.crisis")}</p>
          <p>{t.text("client.urgentLead")}</p>
        </section>
      ) : null}
      <FormMessage kind="notice" text={notice} />
      <FormMessage kind="error" text={error === undefined ? undefined : problemText(error)} />
      <h2>{t.text("client.details")}</h2>
      <dl class="identity">
        <dt>{t.text("client.birthDate")}</dt>
        <dd>{client.birthDate ?? t.text("client.none")}</dd>
        <dt>{t.text("client.recordNumber")}</dt>
        <dd>{client.recordNumber ?? t.text("client.none")}</dd>
        <dt>{t.text("client.zipCode")}</dt>
        <dd>{client.zipCode ?? t.text("client.none")}</dd>
        <dt>{t.text("client.clinician")}</dt>
        <dd>{clinicianName}</dd>
        <dt>{t.text("client.status")}</dt>
        <dd>
          {t.text(`client.${client.status}`)}
          {client.statusReason === null ? "" : ` (${client.statusReason})`}
        </dd>
      </dl>
      {canWrite && client.status !== "merged" ? (
        <div class="actions">
          <button
            type="button"
            class="secondary"
            aria-expanded={panel === "edit"}
            onClick={() => setPanel(panel === "edit" ? "none" : "edit")}
          >
            {t.text("client.edit")}
          </button>
          <button
            type="button"
            class="secondary"
            aria-expanded={panel === "status"}
            onClick={() => setPanel(panel === "status" ? "none" : "status")}
          >
            {t.text(client.status === "active" ? "client.makeInactive" : "client.reactivate")}
          </button>
        </div>
      ) : null}
      {panel === "edit" ? (
        <EditClient
          client={client}
          version={version}
          clinicians={assignable(people)}
          onCancel={() => setPanel("none")}
          onSaved={(next, etag) => changed(next, etag, t.text("client.saved"))}
        />
      ) : null}
      {panel === "status" ? (
        <ChangeStatus
          client={client}
          version={version}
          onSaved={(next, etag) => changed(next, etag, t.text("client.saved"))}
        />
      ) : null}
      {openEpisode === undefined ? null : (
        <>
          <h2>{t.text("client.openEpisodeNow")}</h2>
          <p>
            {t.text("client.openEpisodeLevel", {
              level:
                openEpisode.currentLevel === null || openEpisode.currentLevel === undefined
                  ? "—"
                  : levels.text(`level.${openEpisode.currentLevel}`),
              due: openEpisode.reassessmentDueOn ?? "—",
            })}
          </p>
        </>
      )}
      {canWrite ? (
        <button
          type="button"
          class="primary"
          onClick={() =>
            go({
              view: "assessment-form",
              clientId,
              ...(latest === undefined ? {} : { previousAssessmentId: latest.id }),
            })
          }
        >
          {t.text(latest === undefined ? "client.startAssessment" : "client.startReassessment")}
        </button>
      ) : null}
      <h2>{t.text("client.assessments")}</h2>
      {assessments.length === 0 ? <p>{t.text("client.noAssessments")}</p> : null}
      <ul class="record-list">
        {assessments.map((assessment) => (
          <li key={assessment.id}>
            <button
              type="button"
              class="secondary"
              onClick={() => go({ view: "assessment-result", clientId, assessmentId: assessment.id })}
            >
              {t.text("client.openResult", { date: assessment.asOf.slice(0, 10) })}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t.text("client.episodes")}</h2>
      {episodes.length === 0 ? <p>{t.text("client.noEpisodes")}</p> : null}
      <ul class="record-list">
        {episodes.map((episode) => (
          <li key={episode.id}>
            <button
              type="button"
              class="secondary"
              onClick={() => go({ view: "episode", clientId, episodeId: episode.id })}
            >
              {t.text("client.openEpisode", { date: episode.admittedOn ?? "—" })}
            </button>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => go({ view: "consents", clientId })}>
          {t.text("client.consents")}
        </button>
        <button type="button" class="secondary" onClick={() => go({ view: "caseload" })}>
          {t.text("client.back")}
        </button>
      </div>
    </section>
  );
}

function EditClient(props: {
  readonly client: ClientRecord;
  readonly version: string | null;
  readonly clinicians: readonly { id: string; displayName: string }[];
  readonly onCancel: () => void;
  readonly onSaved: (client: ClientRecord, etag: string | null) => void;
}) {
  const t = useCatalog(clientCatalog);
  const problemText = useProblemText();
  const [name, setName] = useState(props.client.name);
  const [birthDate, setBirthDate] = useState(props.client.birthDate ?? "");
  const [recordNumber, setRecordNumber] = useState(props.client.recordNumber ?? "");
  const [zipCode, setZipCode] = useState(props.client.zipCode ?? "");
  const [clinician, setClinician] = useState(props.client.assignedClinicianId ?? "");
  const [error, setError] = useState<unknown>(undefined);

  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    try {
      const saved = await callApiVersioned<ClientRecord>(
        "PATCH",
        `/api/clients/${props.client.id}`,
        {
          name: name.trim(),
          birthDate: birthDate === "" ? null : birthDate,
          recordNumber: recordNumber.trim() === "" ? null : recordNumber.trim(),
          zipCode: zipCode.trim() === "" ? null : zipCode.trim(),
          assignedClinicianId: clinician === "" ? null : clinician,
        },
        props.version ?? undefined,
      );
      props.onSaved(saved.result, saved.etag);
    } catch (failure) {
      setError(failure);
    }
  }
  const named = ["name", "birthDate", "recordNumber", "zipCode", "assignedClinicianId"].some(
    (field) => fieldError(error, field) !== undefined,
  );
  return (
    <form class="subform" noValidate onSubmit={submit}>
      <FormMessage kind="error" text={error === undefined || named ? undefined : problemText(error)} />
      <Field
        id="edit-name"
        label={t.text("client.name")}
        value={name}
        onInput={setName}
        autoComplete="off"
        error={fieldError(error, "name")}
      />
      <Field
        id="edit-birth-date"
        label={t.text("client.birthDate")}
        type="date"
        value={birthDate}
        onInput={setBirthDate}
        required={false}
        autoComplete="off"
        error={fieldError(error, "birthDate")}
      />
      <Field
        id="edit-record-number"
        label={t.text("client.recordNumber")}
        value={recordNumber}
        onInput={setRecordNumber}
        required={false}
        autoComplete="off"
        error={fieldError(error, "recordNumber")}
      />
      <Field
        id="edit-zip"
        label={t.text("client.zipCode")}
        value={zipCode}
        onInput={setZipCode}
        inputMode="numeric"
        required={false}
        autoComplete="off"
        error={fieldError(error, "zipCode")}
      />
      <div class="field">
        <label for="edit-clinician">{t.text("client.clinician")}</label>
        <select
          id="edit-clinician"
          value={clinician}
          onChange={(event) => setClinician((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t.text("client.notAssigned")}</option>
          {props.clinicians.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </select>
        {fieldError(error, "assignedClinicianId") ? (
          <p class="field__error">{fieldError(error, "assignedClinicianId")}</p>
        ) : null}
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          {t.text("client.save")}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t.text("client.cancel")}
        </button>
      </div>
    </form>
  );
}

function ChangeStatus(props: {
  readonly client: ClientRecord;
  readonly version: string | null;
  readonly onSaved: (client: ClientRecord, etag: string | null) => void;
}) {
  const t = useCatalog(clientCatalog);
  const problemText = useProblemText();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const inactivating = props.client.status === "active";
  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    try {
      await callApiVersioned(
        "POST",
        `/api/clients/${props.client.id}/${inactivating ? "inactivation" : "reactivation"}`,
        { reason },
        props.version ?? undefined,
      );
      const fresh = await callApiVersioned<ClientRecord>("GET", `/api/clients/${props.client.id}`);
      props.onSaved(fresh.result, fresh.etag);
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <form class="subform" noValidate onSubmit={submit}>
      <FormMessage
        kind="error"
        text={error === undefined || fieldError(error, "reason") ? undefined : problemText(error)}
      />
      <Field
        id="status-reason"
        label={t.text("client.reason")}
        hint={t.text("client.reasonHint")}
        value={reason}
        onInput={setReason}
        autoComplete="off"
        error={fieldError(error, "reason")}
      />
      <button type="submit" class="primary">
        {t.text(inactivating ? "client.confirmInactive" : "client.confirmReactivate")}
      </button>
    </form>
  );
}
