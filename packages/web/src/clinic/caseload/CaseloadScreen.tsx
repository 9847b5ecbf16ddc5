import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { localCalendarDate } from "../../local-calendar-date.js";
import { callApi } from "../clinic-api.js";
import { Field, FormMessage, ScreenHeading, SelectField, useProblemText } from "../form-parts.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { useClinicSession } from "../workspace/clinic-session-context.js";
import { assignable, useStaffNames } from "../workspace/staff-names.js";
import { caseloadCatalog, LEVELS, type Level } from "./caseload-messages.js";
import { type CaseloadFilters, caseloadQuery, DEFAULT_FILTERS } from "./caseload-query.js";

export interface CaseloadRow {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly recordNumber: string | null;
  readonly assignedClinicianId: string | null;
  readonly status: "active" | "inactive" | "merged";
  readonly caseload: {
    readonly openEpisodeId: string | null;
    readonly currentLevel: Level | null;
    readonly reassessmentDueOn: string | null;
    readonly lastAssessmentOn: string | null;
    readonly urgentItemsOpen: number;
  };
}

/** The clinician's clients, reassessments due first, with search and filters (step 1 of the day). */
export function CaseloadScreen() {
  const t = useCatalog(caseloadCatalog);
  const problemText = useProblemText();
  const session = useClinicSession();
  const { go } = useClinicNavigation();
  const people = useStaffNames();
  const [filters, setFilters] = useState<CaseloadFilters>(
    session.user.role === "reviewer" ? { ...DEFAULT_FILTERS, assignedTo: "anyone" } : DEFAULT_FILTERS,
  );
  const [search, setSearch] = useState("");
  const [rows, setRows] = useState<readonly CaseloadRow[] | undefined>(undefined);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  const load = (cursor?: string) =>
    callApi<{ items: CaseloadRow[]; nextCursor: string | null }>(
      "GET",
      caseloadQuery(filters, session.user.id, cursor),
    ).then(
      (page) => {
        setError(undefined);
        setRows((earlier) => (cursor === undefined ? page.items : [...(earlier ?? []), ...page.items]));
        setNextCursor(page.nextCursor);
      },
      (failure) => setError(failure),
    );

  useEffect(() => {
    void load();
  }, [filters]);

  const change =
    <Key extends keyof CaseloadFilters>(key: Key) =>
    (value: CaseloadFilters[Key]) =>
      setFilters({ ...filters, [key]: value });
  const nameOf = (id: string | null) =>
    id === null
      ? t.text("caseload.notAssigned")
      : (people.find((person) => person.id === id)?.displayName ?? "…");
  const day = localCalendarDate();

  return (
    <section class="screen">
      <ScreenHeading>{t.text("caseload.title")}</ScreenHeading>
      <form
        class="caseload-search"
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ ...filters, search });
        }}
      >
        <Field
          id="caseload-search"
          label={t.text("caseload.search")}
          hint={t.text("caseload.searchHint")}
          value={search}
          onInput={setSearch}
          required={false}
          autoComplete="off"
        />
        <button type="submit" class="primary">
          {t.text("caseload.searchButton")}
        </button>
      </form>
      <fieldset class="caseload-filters">
        <legend>{t.text("caseload.filters")}</legend>
        <SelectField
          id="filter-assigned"
          label={t.text("caseload.assignedTo")}
          value={filters.assignedTo}
          onChange={change("assignedTo")}
          options={[
            { value: "me", label: t.text("caseload.assignedMe") },
            { value: "anyone", label: t.text("caseload.assignedAnyone") },
            ...assignable(people)
              .filter((person) => person.id !== session.user.id)
              .map((person) => ({ value: person.id, label: person.displayName })),
          ]}
        />
        <SelectField
          id="filter-level"
          label={t.text("caseload.level")}
          value={filters.level}
          onChange={change("level")}
          options={[
            { value: "" as const, label: t.text("caseload.any") },
            ...LEVELS.map((level) => ({ value: level, label: t.text(`level.${level}`) })),
          ]}
        />
        <SelectField
          id="filter-episode"
          label={t.text("caseload.openEpisode")}
          value={filters.openEpisode}
          onChange={change("openEpisode")}
          options={[
            { value: "", label: t.text("caseload.any") },
            { value: "true", label: t.text("caseload.yes") },
            { value: "false", label: t.text("caseload.no") },
          ]}
        />
        <SelectField
          id="filter-due"
          label={t.text("caseload.due")}
          value={filters.reassessmentDue}
          onChange={change("reassessmentDue")}
          options={[
            { value: "", label: t.text("caseload.any") },
            { value: "true", label: t.text("caseload.dueNow") },
            { value: "false", label: t.text("caseload.notDue") },
          ]}
        />
        <SelectField
          id="filter-status"
          label={t.text("caseload.status")}
          value={filters.status}
          onChange={change("status")}
          options={[
            { value: "active", label: t.text("caseload.active") },
            { value: "inactive", label: t.text("caseload.inactive") },
            { value: "all", label: t.text("caseload.all") },
          ]}
        />
      </fieldset>
      <FormMessage kind="error" text={error === undefined ? undefined : problemText(error)} />
      {rows === undefined ? <p role="status">{t.text("caseload.loading")}</p> : null}
      {rows !== undefined && rows.length === 0 ? <p role="status">{t.text("caseload.empty")}</p> : null}
      {rows !== undefined && rows.length > 0 ? (
        <>
          <p role="status" class="quiet">
            {t.text("caseload.count", { count: rows.length })}
          </p>
          <div class="table-scroll">
            <table class="caseload">
              <caption>{t.text("caseload.tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.text("caseload.name")}</th>
                  <th scope="col">{t.text("caseload.recordNumber")}</th>
                  <th scope="col">{t.text("caseload.currentLevel")}</th>
                  <th scope="col">{t.text("caseload.episode")}</th>
                  <th scope="col">{t.text("caseload.clinician")}</th>
                  <th scope="col">{t.text("caseload.lastAssessment")}</th>
                  <th scope="col">{t.text("caseload.reassessmentDue")}</th>
                  <th scope="col">{t.text("caseload.urgent")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const due = row.caseload.reassessmentDueOn;
                  return (
                    <tr key={row.id}>
                      <th scope="row">
                        <button
                          type="button"
                          class="link-button"
                          onClick={() => go({ view: "client", clientId: row.id })}
                        >
                          {row.name}
                        </button>
                      </th>
                      <td>{row.recordNumber ?? "—"}</td>
                      <td>
                        {row.caseload.currentLevel === null
                          ? "—"
                          : t.text(`level.${row.caseload.currentLevel}`)}
                      </td>
                      <td>{t.text(row.caseload.openEpisodeId === null ? "caseload.no" : "caseload.yes")}</td>
                      <td>{nameOf(row.assignedClinicianId)}</td>
                      <td>{row.caseload.lastAssessmentOn ?? "—"}</td>
                      <td class={due !== null && due < day ? "overdue" : undefined}>
                        {due === null ? "—" : due < day ? t.text("caseload.overdue", { date: due }) : due}
                      </td>
                      <td class={row.caseload.urgentItemsOpen > 0 ? "urgent-count" : undefined}>
                        {row.caseload.urgentItemsOpen === 0
                          ? t.text("caseload.none")
                          : String(row.caseload.urgentItemsOpen)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {nextCursor === null ? null : (
            <button type="button" class="secondary" onClick={() => void load(nextCursor)}>
              {t.text("caseload.more")}
            </button>
          )}
        </>
      ) : null}
    </section>
  );
}
