import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi } from "../clinic-api.js";
import { FormMessage, ScreenHeading, useProblemText } from "../form-parts.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { clientCatalog } from "./client-messages.js";

interface ClientRecord {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly recordNumber: string | null;
}
interface AssessmentSummary {
  readonly id: string;
  readonly asOf: string;
  readonly supersededById: string | null;
}
interface EpisodeSummary {
  readonly id: string;
  readonly admittedOn: string | null;
  readonly status: string;
}
interface Page<Item> {
  readonly items: readonly Item[];
}

/** One client's page: who they are, their assessments and episodes, and what to do next. */
export function ClientScreen({ clientId }: { readonly clientId: string }) {
  const t = useCatalog(clientCatalog);
  const { go } = useClinicNavigation();
  const problemText = useProblemText();
  const [client, setClient] = useState<ClientRecord | undefined>(undefined);
  const [assessments, setAssessments] = useState<readonly AssessmentSummary[]>([]);
  const [episodes, setEpisodes] = useState<readonly EpisodeSummary[]>([]);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    Promise.all([
      callApi<ClientRecord>("GET", `/api/clients/${clientId}`),
      callApi<Page<AssessmentSummary>>("GET", `/api/clients/${clientId}/assessments?limit=100`),
      callApi<Page<EpisodeSummary>>("GET", `/api/clients/${clientId}/episodes?limit=100`),
    ]).then(([found, assessmentPage, episodePage]) => {
      setClient(found);
      setAssessments(assessmentPage.items.filter((item) => item.supersededById === null));
      setEpisodes(episodePage.items);
    }, setError);
  }, [clientId]);

  if (error !== undefined) return <FormMessage kind="error" text={problemText(error)} />;
  if (client === undefined) return <p role="status">{t.text("client.loading")}</p>;
  const latest = assessments.at(-1);
  return (
    <section class="panel panel--wide">
      <ScreenHeading>{client.name}</ScreenHeading>
      <dl class="identity">
        <dt>{t.text("client.birthDate")}</dt>
        <dd>{client.birthDate ?? t.text("client.none")}</dd>
        <dt>{t.text("client.recordNumber")}</dt>
        <dd>{client.recordNumber ?? t.text("client.none")}</dd>
      </dl>
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
      <button type="button" class="secondary" onClick={() => go({ view: "consents", clientId })}>
        {t.text("client.consents")}
      </button>
      <button type="button" class="secondary" onClick={() => go({ view: "caseload" })}>
        {t.text("client.back")}
      </button>
    </section>
  );
}
