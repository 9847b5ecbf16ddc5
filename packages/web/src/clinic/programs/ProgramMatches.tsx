import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import type { ProgramSearchBody } from "../../program-finder/program-search-client.js";
import { callApi } from "../clinic-api.js";
import { FormMessage, useProblemText } from "../form-parts.js";
import type { ProgramLevel, ProgramWithdrawal } from "./program-form.js";
import { programSearchPath } from "./program-search.js";
import { programsCatalog } from "./programs-messages.js";
import "./programs.css";

type Search = Required<Pick<ProgramSearchBody, "programs" | "message">>;

/**
 * Programs near the client that offer the recommended level (and withdrawal setting), nearest first,
 * the organization's own programs among them (docs/programs.md). For any clinic screen to mount, e.g.
 * the decision screen beside "available levels".
 */
export function ProgramMatches({
  zipCode,
  level,
  withdrawal,
}: {
  readonly zipCode: string | null;
  readonly level: ProgramLevel;
  readonly withdrawal?: ProgramWithdrawal | null;
}) {
  const t = useCatalog(programsCatalog);
  const language = t.language;
  const problemText = useProblemText();
  const [search, setSearch] = useState<Search | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  useEffect(() => {
    setSearch(undefined);
    setFailure(undefined);
    if (zipCode === null || zipCode === "") return;
    // Asked again when the screen's language changes: the answer's words are in one language.
    callApi<Search>("GET", programSearchPath(zipCode.slice(0, 5), level, language, withdrawal)).then(
      setSearch,
      setFailure,
    );
  }, [zipCode, level, withdrawal, language]);

  const said = (reason: { readonly text: string }) => reason.text;
  return (
    <section class="program-matches" aria-labelledby="program-matches-heading">
      <h2 id="program-matches-heading">{t.text("matches.title")}</h2>
      {zipCode === null || zipCode === "" ? (
        <p>{t.text("matches.noZip")}</p>
      ) : (
        <p>{t.text("matches.intro", { level: t.text(`level.${level}`) })}</p>
      )}
      <FormMessage kind="error" text={failure === undefined ? undefined : problemText(failure)} />
      {zipCode && search === undefined && failure === undefined ? (
        <p role="status">{t.text("matches.loading")}</p>
      ) : null}
      {search?.message ? <p>{search.message}</p> : null}
      {search !== undefined && search.programs.length === 0 ? (
        <>
          <p>{t.text("matches.none")}</p>
          <p>{t.text("matches.helpline")}</p>
        </>
      ) : null}
      <ul class="program-matches__list">
        {(search?.programs ?? []).map((match) => (
          <li key={`${match.source}-${match.id}`}>
            <article class="program-match" aria-labelledby={`match-${match.source}-${match.id}`}>
              <h3 id={`match-${match.source}-${match.id}`}>{match.programName ?? match.name}</h3>
              <p>
                {t.text("matches.miles", { miles: match.distanceMiles.toFixed(1) })}
                {match.source === "organization" ? ` · ${t.text("matches.yours")}` : ""}
              </p>
              <p>
                {[
                  match.address.street1,
                  match.address.city,
                  [match.address.state, match.address.zip].join(" "),
                ]
                  .filter((part) => part !== null && part.trim() !== "")
                  .join(", ")}
              </p>
              {(match.intakePhone ?? match.phone) === null ? null : <p>{match.intakePhone ?? match.phone}</p>}
              <ReasonList title={t.text("matches.why")} reasons={match.why.map(said)} />
              <ReasonList title={t.text("matches.lacks")} reasons={match.lacks.map(said)} />
              <ReasonList title={t.text("matches.confirm")} reasons={match.confirm.map(said)} />
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReasonList({ title, reasons }: { readonly title: string; readonly reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </>
  );
}
