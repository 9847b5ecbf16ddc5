import "./program-finder.css";
import type { Language } from "@stepwise/engine";
import { useEffect, useRef, useState } from "preact/hooks";
import { type Translator, useCatalog, useLanguage } from "../i18n/language.js";
import {
  FINDER_LANGUAGES,
  FINDER_LEVELS,
  FINDER_MEDICATIONS,
  FINDER_PAYMENTS,
  FINDER_RADII,
  FINDER_WITHDRAWAL,
  type FinderFilters,
} from "./finder-filters.js";
import { findTreatmentLink, type LocatorGap } from "./findtreatment-link.js";
import { type ProgramFinderKey, programFinderCatalog } from "./program-finder-messages.js";
import { type FoundProgram, type SearchOutcome, searchPrograms } from "./program-search-client.js";

type Outcome = SearchOutcome | { readonly kind: "searching" } | { readonly kind: "place-needed" } | null;

function useOnline(): boolean {
  const [online, setOnline] = useState(() => typeof navigator === "undefined" || navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

function FilterSelect<Value extends string | number>({
  id,
  label,
  value,
  values,
  optionText,
  anyText,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: Value | "";
  readonly values: readonly Value[];
  readonly optionText: (value: Value) => string;
  readonly anyText?: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div class="finder__field">
      <label for={id}>{label}</label>
      <select id={id} value={String(value)} onChange={(event) => onChange(event.currentTarget.value)}>
        {anyText !== undefined && <option value="">{anyText}</option>}
        {values.map((item) => (
          <option key={item} value={String(item)}>
            {optionText(item)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * "Find programs near you": the person types a ZIP code or a town; the kind of care is preset from the
 * result and can be changed. The place lives only in this form's state: it is never stored, never put in
 * the page's address, and is sent only in the search request to Stepwise's own server (docs/programs.md).
 * Each program comes with why it may fit, what it does not list and what to confirm; with no list of
 * programs, or no match, the person is pointed to FindTreatment.gov's locator and SAMHSA's helpline.
 */
export function ProgramFinder({
  initial,
  idPrefix,
  headingLevel = "h2",
  onPick,
}: {
  readonly initial: FinderFilters;
  readonly idPrefix: string;
  readonly headingLevel?: "h2" | "h3";
  /** Offered beside each program when the page can keep a checklist for it. */
  readonly onPick?: (program: FoundProgram, filters: FinderFilters) => void;
}) {
  const t = useCatalog(programFinderCatalog);
  const language = useLanguage();
  const online = useOnline();
  const [place, setPlace] = useState("");
  const [filters, setFilters] = useState<FinderFilters>(initial);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const latest = useRef(0);
  /** The place and filters of the last search made, to ask again in another language. */
  const searched = useRef<{ readonly place: string; readonly filters: FinderFilters } | null>(null);
  const Heading = headingLevel;
  const SubHeading = headingLevel === "h2" ? "h3" : "h4";
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (change: Partial<FinderFilters>) => setFilters((current) => ({ ...current, ...change }));

  const search = async (event: Event) => {
    event.preventDefault();
    if (place.trim() === "") {
      setOutcome({ kind: "place-needed" });
      document.getElementById(id("place"))?.focus();
      return;
    }
    searched.current = { place, filters };
    await find(place, filters, language);
  };

  const find = async (place: string, filters: FinderFilters, language: Language) => {
    const ticket = ++latest.current;
    setOutcome({ kind: "searching" });
    const found = await searchPrograms(place, filters, language);
    if (ticket === latest.current) setOutcome(found);
  };

  // The answer's words are in the language it was asked in: when the page changes language, the last
  // search is asked again, so why each program may fit is never left in the other language.
  useEffect(() => {
    const last = searched.current;
    if (last !== null) void find(last.place, last.filters, language);
  }, [language]);

  return (
    <section aria-labelledby={id("title")} class="finder">
      <Heading id={id("title")}>{t.text("heading")}</Heading>
      <p>{t.text("intro")}</p>
      <p class="hint finder__privacy">{t.text("privacy")}</p>
      {!online && (
        <p class="finder__offline" role="status">
          {t.text("offline")}
        </p>
      )}
      {/* No action and no field names: the form can never put the place in the page's address. */}
      <form class="finder__form" onSubmit={search} noValidate>
        <div class="finder__field">
          <label for={id("place")}>{t.text("place")}</label>
          <input
            id={id("place")}
            type="text"
            inputMode="text"
            autoComplete="off"
            spellcheck={false}
            aria-describedby={`${id("place-hint")}${outcome?.kind === "place-not-found" || outcome?.kind === "place-needed" ? ` ${id("place-problem")}` : ""}`}
            aria-invalid={outcome?.kind === "place-not-found" || outcome?.kind === "place-needed"}
            value={place}
            onInput={(event) => setPlace(event.currentTarget.value)}
          />
          <p id={id("place-hint")} class="hint">
            {t.text("placeHint")}
          </p>
          {(outcome?.kind === "place-not-found" || outcome?.kind === "place-needed") && (
            <p id={id("place-problem")} class="finder__problem">
              {t.text(outcome.kind === "place-needed" ? "placeNeeded" : "placeNotFound")}
            </p>
          )}
        </div>
        <fieldset class="finder__filters">
          <legend>{t.text("filters")}</legend>
          <p class="hint">{t.text("filtersHint")}</p>
          <FilterSelect
            id={id("level")}
            label={t.text("level")}
            value={filters.level}
            values={FINDER_LEVELS}
            anyText={t.text("any")}
            optionText={(value) => t.text(`level.${value}`)}
            onChange={(value) => set({ level: value as FinderFilters["level"] })}
          />
          <FilterSelect
            id={id("withdrawal")}
            label={t.text("withdrawal")}
            value={filters.withdrawal}
            values={FINDER_WITHDRAWAL}
            anyText={t.text("any")}
            optionText={(value) => t.text(`withdrawal.${value}`)}
            onChange={(value) => set({ withdrawal: value as FinderFilters["withdrawal"] })}
          />
          <FilterSelect
            id={id("medication")}
            label={t.text("medication")}
            value={filters.medication}
            values={FINDER_MEDICATIONS}
            anyText={t.text("any")}
            optionText={(value) => t.text(`medication.${value}`)}
            onChange={(value) => set({ medication: value as FinderFilters["medication"] })}
          />
          <FilterSelect
            id={id("payment")}
            label={t.text("payment")}
            value={filters.payment}
            values={FINDER_PAYMENTS}
            anyText={t.text("any")}
            optionText={(value) => t.text(`payment.${value}`)}
            onChange={(value) => set({ payment: value as FinderFilters["payment"] })}
          />
          <FilterSelect
            id={id("language")}
            label={t.text("language")}
            value={filters.language}
            values={FINDER_LANGUAGES}
            anyText={t.text("any")}
            optionText={(value) => t.text(`language.${value}`)}
            onChange={(value) => set({ language: value as FinderFilters["language"] })}
          />
          <FilterSelect
            id={id("radius")}
            label={t.text("radius")}
            value={filters.radius}
            values={FINDER_RADII}
            optionText={(miles) => t.text("radius.miles", { miles })}
            onChange={(value) => set({ radius: Number(value) as FinderFilters["radius"] })}
          />
        </fieldset>
        <button type="submit" class="primary" disabled={outcome?.kind === "searching"}>
          {t.text("search")}
        </button>
      </form>
      <div aria-live="polite" class="finder__outcome">
        {/* Offline is said once, above the form; a search that found no connection while online says it here. */}
        {outcome?.kind === "offline" && !online ? null : (
          <Outcome
            t={t}
            outcome={outcome}
            place={place}
            filters={filters}
            sendsId={id("locator-sends")}
            SubHeading={SubHeading}
            onPick={onPick}
          />
        )}
      </div>
    </section>
  );
}

function Outcome({
  t,
  outcome,
  place,
  filters,
  sendsId,
  SubHeading,
  onPick,
}: {
  readonly t: Translator<ProgramFinderKey>;
  readonly outcome: Outcome;
  readonly place: string;
  readonly filters: FinderFilters;
  readonly sendsId: string;
  readonly SubHeading: "h3" | "h4";
  readonly onPick: ((program: FoundProgram, filters: FinderFilters) => void) | undefined;
}) {
  if (outcome === null || outcome.kind === "place-needed" || outcome.kind === "place-not-found") return null;
  if (outcome.kind === "searching") return <p>{t.text("searching")}</p>;
  if (outcome.kind === "offline") return <p class="finder__offline">{t.text("offline")}</p>;
  if (outcome.kind === "failed") return <p class="finder__problem">{t.text("failed")}</p>;
  if (outcome.directoryFacilities === 0 && outcome.programs.length === 0)
    return <Elsewhere t={t} lead={t.text("empty")} place={place} filters={filters} sendsId={sendsId} />;
  if (outcome.programs.length === 0)
    return <Elsewhere t={t} lead={t.text("none")} place={place} filters={filters} sendsId={sendsId} />;
  const count = outcome.programs.length;
  return (
    <>
      <p role="status">
        {count === 1 ? t.text("found.one") : t.text("found.many", { count })}
        {outcome.placeLabel !== null && ` ${t.text("found.near", { place: outcome.placeLabel })}`}
      </p>
      {outcome.message !== null && <p>{outcome.message}</p>}
      <p class="finder__confirm-always">
        <strong>{t.text("confirmAlways")}</strong>
      </p>
      <ol class="finder__programs">
        {outcome.programs.map((program) => (
          <ProgramItem
            key={`${program.source}-${program.id}`}
            t={t}
            program={program}
            filters={filters}
            SubHeading={SubHeading}
            onPick={onPick}
          />
        ))}
      </ol>
      <Elsewhere t={t} lead={null} place={place} filters={filters} sendsId={sendsId} />
    </>
  );
}

/**
 * FindTreatment.gov's locator with the same filters and the ZIP code typed (findtreatment-link.ts): a plain
 * link, so nothing leaves the page unless the person follows it, and the page says what the link carries.
 */
function Elsewhere({
  t,
  lead,
  place,
  filters,
  sendsId,
}: {
  readonly t: Translator<ProgramFinderKey>;
  readonly lead: string | null;
  readonly place: string;
  readonly filters: FinderFilters;
  /** The id of the line saying what the link carries, unique on the page. */
  readonly sendsId: string;
}) {
  const language = useLanguage();
  const link = findTreatmentLink(place, filters);
  const gaps = new Intl.ListFormat(language, { type: "conjunction" }).format(
    link.gaps.map((gap) => gapText(t, gap)),
  );
  return (
    <div class="finder__elsewhere">
      {lead !== null && <p>{lead}</p>}
      <p>{t.text("elsewhere")}</p>
      <ul>
        <li>
          <a href={link.href} rel="noreferrer noopener" target="_blank" aria-describedby={sendsId}>
            {t.text("locator")}
          </a>
          <p id={sendsId} class="hint">
            {t.text("locatorSends")}
            {link.gaps.length > 0 && ` ${t.text("locatorGaps", { filters: gaps })}`}
          </p>
        </li>
        <li>
          <a href="tel:18006624357">{t.text("helpline")}</a>
        </li>
      </ul>
    </div>
  );
}

function gapText(t: Translator<ProgramFinderKey>, gap: LocatorGap): string {
  switch (gap.filter) {
    case "level":
      return t.text(`level.${gap.value}`);
    case "withdrawal":
      return t.text(`withdrawal.${gap.value}`);
    case "medication":
      return t.text(`medication.${gap.value}`);
  }
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

function ProgramItem({
  t,
  program,
  filters,
  SubHeading,
  onPick,
}: {
  readonly t: Translator<ProgramFinderKey>;
  readonly program: FoundProgram;
  readonly filters: FinderFilters;
  readonly SubHeading: "h3" | "h4";
  readonly onPick: ((program: FoundProgram, filters: FinderFilters) => void) | undefined;
}) {
  const language = useLanguage();
  const [picked, setPicked] = useState(false);
  const miles = new Intl.NumberFormat(language, {
    maximumFractionDigits: program.distanceMiles < 10 ? 1 : 0,
  });
  const { street1, street2, city, state, zip } = program.address;
  const address = [
    street1,
    street2,
    [city, [state, zip].filter(Boolean).join(" ")].filter(Boolean).join(", "),
  ]
    .filter((part) => part !== null && part !== "")
    .join(", ");
  return (
    <li class="finder__program" data-program={program.id}>
      <SubHeading>{program.name}</SubHeading>
      {program.programName !== null && program.programName !== "" && <p>{program.programName}</p>}
      {program.source === "organization" && <p class="hint">{t.text("yourProgram")}</p>}
      <p>
        {t.text("distance", { miles: miles.format(program.distanceMiles) })}
        {address !== "" && (
          <>
            {" · "}
            {address}
          </>
        )}
      </p>
      {(program.phone !== null || program.intakePhone !== null) && (
        <p>
          {program.phone !== null && (
            <>
              {t.text("phone")} <a href={telHref(program.phone)}>{program.phone}</a>
            </>
          )}
          {program.phone !== null && program.intakePhone !== null && " · "}
          {program.intakePhone !== null && (
            <>
              {t.text("intake")} <a href={telHref(program.intakePhone)}>{program.intakePhone}</a>
            </>
          )}
        </p>
      )}
      {program.website !== null && /^https?:\/\//.test(program.website) && (
        <p>
          <a href={program.website} rel="noreferrer noopener" target="_blank">
            {t.text("website")}
            <span class="visually-hidden">: {program.name}</span>
          </a>
        </p>
      )}
      <Reasons heading={t.text("why")} reasons={program.why} kind="why" />
      <Reasons heading={t.text("lacks")} reasons={program.lacks} kind="lacks" />
      <Reasons heading={t.text("confirm")} reasons={program.confirm} kind="confirm" />
      {onPick !== undefined &&
        (picked ? (
          <p role="status">{t.text("picked")}</p>
        ) : (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              onPick(program, filters);
              setPicked(true);
            }}
          >
            {t.text("pick")}
            <span class="visually-hidden">: {program.name}</span>
          </button>
        ))}
    </li>
  );
}

function Reasons({
  heading,
  reasons,
  kind,
}: {
  readonly heading: string;
  readonly reasons: readonly { readonly code: string; readonly text: string }[];
  readonly kind: string;
}) {
  if (reasons.length === 0) return null;
  return (
    <div class={`finder__reasons finder__reasons--${kind}`} data-reasons={kind}>
      <p class="finder__reasons-heading">{heading}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={`${reason.code}-${reason.text}`}>{reason.text}</li>
        ))}
      </ul>
    </div>
  );
}
