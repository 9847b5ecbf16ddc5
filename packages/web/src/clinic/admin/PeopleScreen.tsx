import { useEffect, useRef, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi, type Role, type StaffMember } from "../clinic-api.js";
import { clinicCatalog } from "../clinic-catalog.js";
import { Field, FormMessage, fieldError, ScreenHeading, SelectField, useProblemText } from "../form-parts.js";
import { useClinicSession } from "../workspace/clinic-session-context.js";
import { adminCatalog } from "./admin-messages.js";

const ROLES: readonly Role[] = ["clinician", "reviewer", "admin"];

/** People of the program (admins only): add, rename, change role, turn off and on again, reset link. */
export function PeopleScreen() {
  const t = useCatalog(clinicCatalog);
  const words = useCatalog(adminCatalog);
  const ownId = useClinicSession().user.id;
  const [editing, setEditing] = useState<StaffMember | undefined>(undefined);
  const problemText = useProblemText();
  const [people, setPeople] = useState<readonly StaffMember[]>([]);
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("clinician");
  const [error, setError] = useState<unknown>(undefined);
  const [added, setAdded] = useState<{ email: string; link: string } | undefined>(undefined);
  const [rowResult, setRowResult] = useState<{ email: string; link?: string; text?: string } | undefined>(
    undefined,
  );
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

  async function turnOn(person: StaffMember) {
    setRowError(undefined);
    setRowResult(undefined);
    try {
      await callApi("POST", `/api/users/${person.id}/enable`);
      setRowResult({ email: person.email, text: words.text("people.enabled", { email: person.email }) });
      await load();
    } catch (failure) {
      setRowError(failure);
    }
  }

  return (
    <section class="screen">
      <ScreenHeading>{words.text("people.title")}</ScreenHeading>
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
        <SelectField
          id="new-role"
          label={t.text("users.role")}
          value={role}
          options={ROLES.map((option) => ({ value: option, label: t.text(`role.${option}`) }))}
          onChange={setRole}
        />
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
          {rowResult.text !== undefined ? (
            <p>{rowResult.text}</p>
          ) : rowResult.link === undefined ? (
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
                <td>
                  {person.displayName} {person.id === ownId ? words.text("people.you") : null}
                </td>
                <td>{person.email}</td>
                <td>{t.text(`role.${person.role}`)}</td>
                <td>
                  {t.text(person.status === "active" ? "users.active" : "users.disabled")}.{" "}
                  {t.text(person.secondFactor ? "users.secondFactorOn" : "users.secondFactorOff")}
                </td>
                <td>
                  <div class="row-actions">
                    <button
                      type="button"
                      class="secondary"
                      aria-label={words.text("people.changeFor", { name: person.displayName })}
                      onClick={() => {
                        setRowResult(undefined);
                        setRowError(undefined);
                        setEditing(person);
                      }}
                    >
                      {words.text("people.change")}
                    </button>
                    {person.id !== ownId && person.status === "active" ? (
                      <>
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
                      </>
                    ) : null}
                    {person.status === "disabled" ? (
                      <button
                        type="button"
                        class="secondary"
                        aria-label={words.text("people.enableFor", { email: person.email })}
                        onClick={() => void turnOn(person)}
                      >
                        {words.text("people.enable")}
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing === undefined ? null : (
        <ChangePerson
          key={editing.id}
          person={editing}
          onDone={async (saved) => {
            setEditing(undefined);
            if (saved !== undefined) {
              setRowResult({
                email: saved.email,
                text: words.text("people.saved", { name: saved.displayName }),
              });
              await load();
            }
          }}
        />
      )}
    </section>
  );
}

function ChangePerson({
  person,
  onDone,
}: {
  readonly person: StaffMember;
  readonly onDone: (saved: StaffMember | undefined) => void;
}) {
  const t = useCatalog(clinicCatalog);
  const words = useCatalog(adminCatalog);
  const problemText = useProblemText();
  const [displayName, setDisplayName] = useState(person.displayName);
  const [role, setRole] = useState<Role>(person.role);
  const [error, setError] = useState<unknown>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    try {
      const saved = await callApi<StaffMember>("PATCH", `/api/users/${person.id}`, { displayName, role });
      onDone(saved);
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <form class="subform" noValidate onSubmit={submit}>
      <h2 ref={heading} tabIndex={-1}>
        {words.text("people.changeTitle", { name: person.displayName })}
      </h2>
      <FormMessage
        kind="error"
        text={error === undefined || fieldError(error, "displayName") ? undefined : problemText(error)}
      />
      <Field
        id="change-name"
        label={t.text("users.name")}
        autoComplete="off"
        value={displayName}
        onInput={setDisplayName}
        error={fieldError(error, "displayName")}
      />
      <SelectField
        id="change-role"
        label={t.text("users.role")}
        value={role}
        options={ROLES.map((option) => ({ value: option, label: t.text(`role.${option}`) }))}
        onChange={setRole}
      />
      <div class="actions">
        <button type="submit" class="primary">
          {words.text("people.save")}
        </button>
        <button type="button" class="secondary" onClick={() => onDone(undefined)}>
          {words.text("people.cancel")}
        </button>
      </div>
    </form>
  );
}
