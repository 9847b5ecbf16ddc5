import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../i18n/language.js";
import { callApi, type Role, type SignedInSession, type StaffMember } from "./clinic-api.js";
import { clinicCatalog } from "./clinic-catalog.js";
import { Field, FormMessage, fieldError, ScreenHeading, useProblemText } from "./form-parts.js";
import { ClinicNavigationContext, type ClinicRoute, useClinicNavigation } from "./workspace/clinic-route.js";
import { ClinicSessionContext } from "./workspace/clinic-session-context.js";
import { WorkspaceView } from "./workspace/WorkspaceView.js";

const ROLES: readonly Role[] = ["clinician", "reviewer", "admin"];

/** The signed-in home: who you are, and for admins the people of the program. */
export function WorkspaceScreen({
  session,
  notice,
  onSignOut,
}: {
  readonly session: SignedInSession;
  readonly notice: string | undefined;
  readonly onSignOut: () => void;
}) {
  const [route, setRoute] = useState<ClinicRoute>({ view: "caseload" });
  return (
    <ClinicSessionContext.Provider value={session}>
      <ClinicNavigationContext.Provider value={{ route, go: setRoute }}>
        <div data-signed-in>
          {route.view === "caseload" ? (
            <HomeScreen session={session} notice={notice} onSignOut={onSignOut} />
          ) : (
            <WorkspaceView route={route} />
          )}
        </div>
      </ClinicNavigationContext.Provider>
    </ClinicSessionContext.Provider>
  );
}

interface ClientRow {
  readonly id: string;
  readonly name: string;
}

/** The caseload: every client, each opening the client's page. */
function CaseloadList() {
  const { go } = useClinicNavigation();
  const [clients, setClients] = useState<readonly ClientRow[]>([]);
  useEffect(() => {
    void callApi<{ items: ClientRow[] }>("GET", "/api/clients?limit=100").then(
      (page) => setClients(page.items),
      () => undefined,
    );
  }, []);
  return (
    <ul class="record-list">
      {clients.map((client) => (
        <li key={client.id}>
          <button type="button" class="secondary" onClick={() => go({ view: "client", clientId: client.id })}>
            {client.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

function HomeScreen({
  session,
  notice,
  onSignOut,
}: {
  readonly session: SignedInSession;
  readonly notice: string | undefined;
  readonly onSignOut: () => void;
}) {
  const t = useCatalog(clinicCatalog);
  return (
    <section class="panel panel--wide">
      <ScreenHeading>{t.text("workspace.title")}</ScreenHeading>
      <FormMessage kind="notice" text={notice} />
      <h2>{t.text("workspace.signedInAs")}</h2>
      <dl class="identity">
        <dt>{t.text("workspace.name")}</dt>
        <dd>{session.user.displayName}</dd>
        <dt>{t.text("workspace.organization")}</dt>
        <dd>{session.organization.name}</dd>
        <dt>{t.text("workspace.role")}</dt>
        <dd>{t.text(`role.${session.user.role}`)}</dd>
      </dl>
      <button type="button" class="secondary" onClick={onSignOut}>
        {t.text("workspace.signOut")}
      </button>
      <CaseloadList />
      {session.user.role === "admin" ? <PeopleSection ownId={session.user.id} /> : null}
    </section>
  );
}

function PeopleSection({ ownId }: { readonly ownId: string }) {
  const t = useCatalog(clinicCatalog);
  const problemText = useProblemText();
  const [people, setPeople] = useState<readonly StaffMember[]>([]);
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("clinician");
  const [error, setError] = useState<unknown>(undefined);
  const [added, setAdded] = useState<{ email: string; link: string } | undefined>(undefined);
  const [rowResult, setRowResult] = useState<{ email: string; link?: string } | undefined>(undefined);
  const [rowError, setRowError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const load = () =>
    callApi<{ users: StaffMember[] }>("GET", "/api/users").then(
      (result) => setPeople(result.users),
      setError,
    );
  useEffect(() => {
    void load();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setAdded(undefined);
    try {
      const result = await callApi<{ user: StaffMember; setupLink: string }>("POST", "/api/users", {
        email,
        displayName,
        role,
      });
      setAdded({ email: result.user.email, link: `${location.origin}${result.setupLink}` });
      setEmail("");
      setDisplayName("");
      await load();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  async function issueResetLink(person: StaffMember) {
    setRowError(undefined);
    setRowResult(undefined);
    try {
      const result = await callApi<{ resetLink: string }>("POST", `/api/users/${person.id}/password-link`, {
        resetSecondFactor: false,
      });
      setRowResult({ email: person.email, link: `${location.origin}${result.resetLink}` });
    } catch (failure) {
      setRowError(failure);
    }
  }

  async function turnOff(person: StaffMember) {
    if (!window.confirm(t.text("users.confirmDisable", { email: person.email }))) return;
    setRowError(undefined);
    setRowResult(undefined);
    try {
      await callApi("POST", `/api/users/${person.id}/disable`);
      setRowResult({ email: person.email });
      await load();
    } catch (failure) {
      setRowError(failure);
    }
  }

  return (
    <>
      <h2>{t.text("users.add")}</h2>
      <form onSubmit={submit} noValidate>
        <FormMessage
          kind="error"
          text={
            error === undefined || fieldError(error, "email") || fieldError(error, "displayName")
              ? undefined
              : problemText(error)
          }
        />
        <Field
          id="new-email"
          label={t.text("users.email")}
          type="email"
          autoComplete="off"
          value={email}
          onInput={setEmail}
          error={fieldError(error, "email")}
        />
        <Field
          id="new-name"
          label={t.text("users.name")}
          autoComplete="off"
          value={displayName}
          onInput={setDisplayName}
          error={fieldError(error, "displayName")}
        />
        <div class="field">
          <label for="new-role">{t.text("users.role")}</label>
          <select
            id="new-role"
            value={role}
            onChange={(event) => setRole((event.currentTarget as HTMLSelectElement).value as Role)}
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t.text(`role.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.text("common.working") : t.text("users.submit")}
        </button>
      </form>
      {added === undefined ? null : (
        <div class="added" role="status">
          <p>{t.text("users.added", { email: added.email })}</p>
          <Field
            id="setup-link"
            label={t.text("users.link")}
            value={added.link}
            onInput={() => undefined}
            readOnly
            required={false}
            autoComplete="off"
          />
        </div>
      )}
      <h2>{t.text("users.title")}</h2>
      <FormMessage kind="error" text={rowError === undefined ? undefined : problemText(rowError)} />
      {rowResult === undefined ? null : (
        <div class="added" role="status">
          {rowResult.link === undefined ? (
            <p>{t.text("users.disabledDone", { email: rowResult.email })}</p>
          ) : (
            <>
              <p>{t.text("users.resetIssued", { email: rowResult.email })}</p>
              <Field
                id="reset-link"
                label={t.text("users.resetField")}
                value={rowResult.link}
                onInput={() => undefined}
                readOnly
                required={false}
                autoComplete="off"
              />
            </>
          )}
        </div>
      )}
      <div class="table-scroll">
        <table class="people">
          <thead>
            <tr>
              <th scope="col">{t.text("users.tableName")}</th>
              <th scope="col">{t.text("users.tableEmail")}</th>
              <th scope="col">{t.text("users.tableRole")}</th>
              <th scope="col">{t.text("users.tableStatus")}</th>
              <th scope="col">{t.text("users.tableActions")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>{person.displayName}</td>
                <td>{person.email}</td>
                <td>{t.text(`role.${person.role}`)}</td>
                <td>
                  {t.text(person.status === "active" ? "users.active" : "users.disabled")}.{" "}
                  {t.text(person.secondFactor ? "users.secondFactorOn" : "users.secondFactorOff")}
                </td>
                <td>
                  {person.id === ownId || person.status !== "active" ? null : (
                    <div class="row-actions">
                      <button
                        type="button"
                        class="secondary"
                        aria-label={t.text("users.resetLinkFor", { email: person.email })}
                        onClick={() => void issueResetLink(person)}
                      >
                        {t.text("users.resetLink")}
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        aria-label={t.text("users.disableFor", { email: person.email })}
                        onClick={() => void turnOff(person)}
                      >
                        {t.text("users.disable")}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
