import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi, callApiVersioned } from "../clinic-api.js";
import { FormMessage, ScreenHeading, useProblemText } from "../form-parts.js";
import { useClinicSession } from "../workspace/clinic-session-context.js";
import { ProgramCard } from "./ProgramCard.js";
import { ProgramForm } from "./ProgramForm.js";
import type { OrganizationProgram } from "./program-form.js";
import { programsCatalog } from "./programs-messages.js";
import "./programs.css";
import { localCalendarDate } from "../../local-calendar-date.js";

/** What the screen shows besides the list: nothing, the form for a new program, or one being edited. */
type Editing =
  | { readonly kind: "none" }
  | { readonly kind: "new" }
  | { readonly kind: "edit"; readonly id: string };

/**
 * The organization's own programs and partners' (docs/programs.md, "The organization's own programs"):
 * list, add, edit and retire them, with their levels of care, withdrawal settings, medications,
 * payment, languages and openings. Their levels are the levels available on the decision screen.
 */
export function ProgramsScreen(_props: Record<string, never>) {
  const t = useCatalog(programsCatalog);
  const session = useClinicSession();
  const problemText = useProblemText();
  const [programs, setPrograms] = useState<readonly OrganizationProgram[] | undefined>(undefined);
  const [editing, setEditing] = useState<Editing>({ kind: "none" });
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const writer = session.user.role !== "reviewer";

  const load = () =>
    callApi<{ programs: OrganizationProgram[] }>("GET", "/api/organization-programs").then(
      (answer) => setPrograms(answer.programs),
      setFailure,
    );
  useEffect(() => {
    void load();
  }, []);

  const saved = (program: OrganizationProgram) => {
    setEditing({ kind: "none" });
    setNotice(t.text("programs.saved", { name: program.name }));
    void load();
  };

  async function retire(program: OrganizationProgram) {
    setFailure(undefined);
    try {
      await callApiVersioned(
        "DELETE",
        `/api/organization-programs/${program.id}`,
        undefined,
        `"v${program.version}"`,
      );
      setNotice(t.text("programs.retired", { name: program.name }));
      await load();
    } catch (error) {
      setFailure(error);
    }
  }

  const editingProgram =
    editing.kind === "edit" ? programs?.find((program) => program.id === editing.id) : undefined;
  return (
    <section class="panel panel--wide programs-screen">
      <ScreenHeading>{t.text("programs.title")}</ScreenHeading>
      <p>{t.text("programs.intro")}</p>
      {writer ? null : <p class="quiet">{t.text("programs.readOnly")}</p>}
      <FormMessage kind="notice" text={notice} />
      <FormMessage kind="error" text={failure === undefined ? undefined : problemText(failure)} />
      {writer && editing.kind === "none" ? (
        <button
          type="button"
          class="primary"
          onClick={() => {
            setNotice(undefined);
            setEditing({ kind: "new" });
          }}
        >
          {t.text("programs.add")}
        </button>
      ) : null}
      {editing.kind === "new" || editingProgram !== undefined ? (
        <ProgramForm
          key={editingProgram?.id ?? "new"}
          program={editingProgram}
          today={localCalendarDate()}
          onSaved={saved}
          onCancel={() => setEditing({ kind: "none" })}
        />
      ) : null}
      {programs === undefined ? <p role="status">{t.text("programs.loading")}</p> : null}
      {programs?.length === 0 ? <p>{t.text("programs.none")}</p> : null}
      <ul class="program-list">
        {(programs ?? []).map((program) => (
          <li key={program.id}>
            <ProgramCard
              program={program}
              canChange={writer && editing.kind === "none"}
              onEdit={() => {
                setNotice(undefined);
                setEditing({ kind: "edit", id: program.id });
              }}
              onRetire={() => retire(program)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
