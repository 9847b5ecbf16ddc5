import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi, type StaffMember } from "../clinic-api.js";
import { ScreenHeading, useProblemText } from "../form-parts.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { useClinicSession } from "../workspace/clinic-session-context.js";
import type { EpisodeMessageKey } from "./episode-messages.js";
import { episodeCatalog } from "./episode-messages.js";
import { LoadFailure, levelText } from "./episode-parts.js";
import type { AssessmentRecord, ClientRecord, DecisionRecord, Page } from "./episode-records.js";
import "./episode.css";
import { localCalendarDate } from "../../local-calendar-date.js";

interface Loaded {
  readonly client: ClientRecord;
  readonly assessment: AssessmentRecord;
  /** The latest decision on this assessment, if any. */
  readonly decision: DecisionRecord | undefined;
  readonly assessor: string | undefined;
}

/**
 * Step 9: the level-of-care determination for the client's chart, one printable page: who, when and by
 * whom; the six dimension ratings with their facts; the recommended and chosen level with the reason;
 * the safety acknowledgements; and lines to sign. "Print" opens the browser's print dialog (save as PDF
 * there); the print style sheet leaves out the workspace around the page.
 */
export function DeterminationPage({
  clientId,
  assessmentId,
}: {
  readonly clientId: string;
  readonly assessmentId: string;
}) {
  const t = useCatalog(episodeCatalog);
  const { go } = useClinicNavigation();
  const session = useClinicSession();
  const problemText = useProblemText();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    Promise.all([
      callApi<ClientRecord>("GET", `/api/clients/${clientId}`),
      callApi<AssessmentRecord>("GET", `/api/assessments/${assessmentId}?language=${t.language}`),
      callApi<Page<DecisionRecord>>(
        "GET",
        `/api/clients/${clientId}/decisions?limit=200&language=${t.language}`,
      ),
    ]).then(async ([client, assessment, decisions]) => {
      const decision = decisions.items.filter((item) => item.assessmentId === assessmentId).at(-1);
      let assessor: string | undefined;
      if (assessment.createdBy === session.user.id) assessor = session.user.displayName;
      else if (session.user.role === "admin") {
        const people = await callApi<{ users: StaffMember[] }>("GET", "/api/users").catch(() => ({
          users: [],
        }));
        assessor = people.users.find((person) => person.id === assessment.createdBy)?.displayName;
      }
      setLoaded({ client, assessment, decision, assessor });
    }, setError);
  }, [clientId, assessmentId, t.language]);

  const back = (
    <button
      type="button"
      class="secondary"
      onClick={() => go({ view: "assessment-result", clientId, assessmentId })}
    >
      {t.text("print.back")}
    </button>
  );
  if (error !== undefined)
    return <LoadFailure title={t.text("print.title")} text={problemText(error)} back={back} />;
  if (loaded === undefined) return <p role="status">{t.text("common.loading")}</p>;
  const { client, assessment, decision } = loaded;
  const explanation = assessment.explanation;
  const urgent = explanation?.urgent ?? [];
  const ruleTexts = new Map(
    (assessment.result.urgent ?? []).map((item, index) => [item.ruleId, urgent[index]?.text ?? item.ruleId]),
  );
  const blank = "______________________";

  return (
    <article class="panel panel--wide determination">
      <div class="no-print actions">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t.text("print.print")}
        </button>
        {back}
      </div>
      <ScreenHeading>{t.text("print.title")}</ScreenHeading>
      <dl class="identity">
        <dt>{t.text("print.client")}</dt>
        <dd>{client.name}</dd>
        <dt>{t.text("print.birthDate")}</dt>
        <dd>{client.birthDate ?? t.text("common.notRecorded")}</dd>
        <dt>{t.text("print.recordNumber")}</dt>
        <dd>{client.recordNumber ?? t.text("common.notRecorded")}</dd>
        <dt>{t.text("print.organization")}</dt>
        <dd>{session.organization.name}</dd>
        <dt>{t.text("print.assessmentDate")}</dt>
        <dd>{assessment.asOf.slice(0, 10)}</dd>
        <dt>{t.text("print.assessor")}</dt>
        <dd>{loaded.assessor ?? blank}</dd>
      </dl>

      <h2>{t.text("print.urgent")}</h2>
      {urgent.length === 0 ? (
        <p>{t.text("print.noUrgent")}</p>
      ) : (
        <ul>
          {urgent.map((item) => (
            <li key={item.text}>
              <strong>{item.tier}:</strong> {item.text}
            </li>
          ))}
        </ul>
      )}

      <h2>{t.text("print.ratings")}</h2>
      <table class="ratings">
        <thead>
          <tr>
            <th scope="col">{t.text("print.dimension")}</th>
            <th scope="col">{t.text("print.rating")}</th>
            <th scope="col">{t.text("print.facts")}</th>
          </tr>
        </thead>
        <tbody>
          {(explanation?.ratings ?? []).map((rating) => (
            <tr key={rating.dimension}>
              <th scope="row">{rating.dimension}</th>
              <td>{rating.rating}</td>
              <td>
                {rating.facts.length === 0 ? (
                  t.text("common.none")
                ) : (
                  <ul>
                    {rating.facts.map((fact) => (
                      <li key={fact}>{fact}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t.text("print.levels")}</h2>
      <dl class="identity">
        <dt>{t.text("print.recommended")}</dt>
        <dd>
          {assessment.recommendedLevel === null
            ? t.text("decision.noRecommendation")
            : levelText(t, assessment.recommendedLevel)}
        </dd>
        {explanation?.withdrawalManagement ? (
          <>
            <dt>{t.text("print.withdrawal")}</dt>
            <dd>{explanation.withdrawalManagement}</dd>
          </>
        ) : null}
        {decision === undefined ? null : (
          <>
            <dt>{t.text("print.chosen")}</dt>
            <dd>{levelText(t, decision.chosenLevel)}</dd>
            <dt>{t.text("print.reason")}</dt>
            <dd>
              {decision.reason === null
                ? t.text("common.none")
                : t.text(`reason.${decision.reason}` as EpisodeMessageKey)}
            </dd>
            <dt>{t.text("print.reasonText")}</dt>
            <dd>{decision.reasonText ?? t.text("common.none")}</dd>
          </>
        )}
      </dl>
      {decision === undefined ? <p>{t.text("print.noDecision")}</p> : null}

      <h2>{t.text("print.acknowledgements")}</h2>
      {decision === undefined || decision.safetyAcknowledgements.length === 0 ? (
        <p>{urgent.length === 0 ? t.text("print.noAcknowledgements") : t.text("print.noDecision")}</p>
      ) : (
        <ul>
          {decision.safetyAcknowledgements.map((acknowledgement) => (
            <li key={acknowledgement.ruleId}>
              <strong>{t.text(`ack.${acknowledgement.code}` as EpisodeMessageKey)}</strong>
              {acknowledgement.text === null ? null : `: ${acknowledgement.text}`}
              <br />
              <span class="quiet">
                {t.text("print.acknowledgedItem", {
                  item: ruleTexts.get(acknowledgement.ruleId) ?? acknowledgement.ruleId,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2>{t.text("print.signatures")}</h2>
      <div class="signatures">
        {(["print.signClinician", "print.signClient", "print.signSupervisor"] as const).map((key) => (
          <p key={key} class="signature">
            <span class="signature__line">
              {t.text(key)}: {blank}
            </span>{" "}
            <span class="signature__date">
              {t.text("print.signDate")}: {"__________"}
            </span>
          </p>
        ))}
      </div>
      <p class="quiet">{t.text("print.printedOn", { date: localCalendarDate() })}</p>
    </article>
  );
}
