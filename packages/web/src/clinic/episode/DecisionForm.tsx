import type { LevelOfCare, OverrideReason } from "@stepwise/engine";
import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { ApiProblem, callApi } from "../clinic-api.js";
import { FormMessage, ScreenHeading, useProblemText } from "../form-parts.js";
import { ProgramMatches } from "../programs/ProgramMatches.js";
import { PROGRAM_WITHDRAWAL, type ProgramWithdrawal } from "../programs/program-form.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { ACKNOWLEDGEMENT_CODES, CARE_LEVELS, DECISION_REASONS, isCareLevel } from "./care-levels.js";
import { dropDecisionDraft, keepDecisionDraft, readDecisionDraft } from "./decision-draft.js";
import { decisionRequirements, type Requirement } from "./decision-requirements.js";
import type { EpisodeMessageKey } from "./episode-messages.js";
import { episodeCatalog } from "./episode-messages.js";
import { ChoiceField, LoadFailure, levelText, SafetyLines, TextField } from "./episode-parts.js";
import type {
  AssessmentRecord,
  ClientRecord,
  DecisionRecord,
  EpisodeRecord,
  Page,
} from "./episode-records.js";
import "./episode.css";
import { localCalendarDate } from "../../local-calendar-date.js";

interface Loaded {
  readonly client: ClientRecord;
  readonly assessment: AssessmentRecord;
  readonly earlier: readonly DecisionRecord[];
  readonly openEpisode: EpisodeRecord | undefined;
  /** Levels the organisation's own programs offer; null when it keeps no program list. */
  readonly offered: readonly LevelOfCare[] | null;
}

interface UrgentRow {
  readonly ruleId: string;
  readonly tier: string;
  readonly text: string;
}

/** The urgent items of the assessment, each with its words from the stored explanation. */
function urgentRows(assessment: AssessmentRecord): UrgentRow[] {
  const items = Array.isArray(assessment.result.urgent) ? assessment.result.urgent : [];
  const words = assessment.explanation?.urgent ?? [];
  return items.map((item, index) => ({
    ruleId: item.ruleId,
    tier: item.tier,
    text: words[index]?.text ?? item.ruleId,
  }));
}

/** The withdrawal setting the assessment calls for, when it calls for one a program can offer. */
function recommendedWithdrawal(assessment: AssessmentRecord): ProgramWithdrawal | null {
  const setting = assessment.result.withdrawalManagement;
  return (PROGRAM_WITHDRAWAL as readonly unknown[]).includes(setting) ? (setting as ProgramWithdrawal) : null;
}

async function loadDecision(clientId: string, assessmentId: string, language: string): Promise<Loaded> {
  const [client, assessment, decisions, episodes, programs] = await Promise.all([
    callApi<ClientRecord>("GET", `/api/clients/${clientId}`),
    callApi<AssessmentRecord>("GET", `/api/assessments/${assessmentId}?language=${language}`),
    callApi<Page<DecisionRecord>>("GET", `/api/clients/${clientId}/decisions?limit=200`),
    callApi<Page<EpisodeRecord>>("GET", `/api/clients/${clientId}/episodes?limit=200`),
    callApi<{ programs: { levels: string[] }[] }>("GET", "/api/organization-programs").catch(() => ({
      programs: [],
    })),
  ]);
  const offeredSet = new Set(programs.programs.flatMap((program) => program.levels).filter(isCareLevel));
  return {
    client,
    assessment,
    earlier: decisions.items.filter((decision) => decision.assessmentId === assessmentId),
    openEpisode: episodes.items.find((episode) => episode.status === "open"),
    offered: programs.programs.length === 0 ? null : CARE_LEVELS.filter((level) => offeredSet.has(level)),
  };
}

/**
 * Step 5 of the clinical day: the level-of-care decision after an assessment. It shows the recommended
 * level, the levels offered now (from the organisation's program list, or ticked by hand), the chosen
 * level with a coded reason and words, and a safety acknowledgement for every urgent item. Each field
 * says why it is needed before saving (decision-requirements.ts); the server's refusal is shown at the
 * field it names, and nothing typed is lost.
 */
export function DecisionForm({
  clientId,
  assessmentId,
}: {
  readonly clientId: string;
  readonly assessmentId: string;
}) {
  const t = useCatalog(episodeCatalog);
  const { go } = useClinicNavigation();
  const problemText = useProblemText();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(undefined);

  const [chosen, setChosen] = useState<string>("");
  const [available, setAvailable] = useState<ReadonlySet<LevelOfCare>>(new Set());
  const [reason, setReason] = useState<string>("");
  const [reasonText, setReasonText] = useState("");
  const [codes, setCodes] = useState<Readonly<Record<string, string>>>({});
  const [codeTexts, setCodeTexts] = useState<Readonly<Record<string, string>>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  /** The rule id of each acknowledgement in the order last sent, to place the server's errors. */
  const [sentRules, setSentRules] = useState<readonly string[]>([]);
  const [saved, setSaved] = useState<DecisionRecord | undefined>(undefined);
  const [admittedOn, setAdmittedOn] = useState(() => localCalendarDate());
  const [admitError, setAdmitError] = useState<unknown>(undefined);

  const storage = typeof sessionStorage === "undefined" ? null : sessionStorage;
  const [draftRead, setDraftRead] = useState(false);

  useEffect(() => {
    loadDecision(clientId, assessmentId, t.language).then((found) => {
      const draft = draftRead ? undefined : readDecisionDraft(storage, assessmentId);
      setDraftRead(true);
      setLoaded(found);
      if (draft !== undefined) {
        setChosen(draft.chosen);
        setAvailable(new Set(draft.available.filter(isCareLevel)));
        setReason(draft.reason);
        setReasonText(draft.reasonText);
        setCodes(draft.codes);
        setCodeTexts(draft.codeTexts);
        return;
      }
      setChosen((current) => current || (found.assessment.recommendedLevel ?? ""));
      setAvailable((current) => (current.size > 0 ? current : new Set(found.offered ?? [])));
    }, setLoadError);
  }, [clientId, assessmentId, t.language]);

  // Whatever is typed is kept for this tab until the decision is saved (decision-draft.ts).
  useEffect(() => {
    if (!draftRead || saved !== undefined) return;
    keepDecisionDraft(storage, assessmentId, {
      chosen,
      available: [...available],
      reason,
      reasonText,
      codes,
      codeTexts,
    });
  }, [draftRead, saved, chosen, available, reason, reasonText, codes, codeTexts]);

  const back = (
    <button type="button" class="secondary" onClick={() => go({ view: "client", clientId })}>
      {t.text("common.backToClient")}
    </button>
  );
  if (loadError !== undefined)
    return <LoadFailure title={t.text("decision.title")} text={problemText(loadError)} back={back} />;
  if (loaded === undefined) return <p role="status">{t.text("common.loading")}</p>;

  const { client, assessment } = loaded;
  const urgent = urgentRows(assessment);
  const recommended = assessment.recommendedLevel;
  const withdrawal = recommendedWithdrawal(assessment);
  const chosenLevel = isCareLevel(chosen) ? chosen : null;
  const chosenReason = (DECISION_REASONS as readonly string[]).includes(reason)
    ? (reason as OverrideReason)
    : null;
  const needs = decisionRequirements({
    recommended,
    chosen: chosenLevel,
    reason: chosenReason,
    urgent,
    acknowledgementCodes: codes,
  });
  const why = (requirement: Requirement | null) =>
    requirement === null ? null : t.text(`why.${requirement}` as EpisodeMessageKey);

  /** The server's message for a field, in the screen's language where the screen knows the rule. */
  const serverError = (field: string, requirement: Requirement | null): string | undefined => {
    if (!(error instanceof ApiProblem)) return undefined;
    const problem = error.errors.find((candidate) => candidate.field === field);
    if (problem === undefined) return undefined;
    return t.language === "en" || requirement === null
      ? problem.message
      : (why(requirement) ?? problem.message);
  };
  const acknowledgementError = (ruleId: string, part: "code" | "text"): string | undefined => {
    if (!(error instanceof ApiProblem)) return undefined;
    const need = needs.acknowledgements.find((item) => item.ruleId === ruleId);
    const index = sentRules.indexOf(ruleId);
    if (part === "text") {
      return index < 0
        ? undefined
        : serverError(`safetyAcknowledgements[${index}].text`, need?.textWhy ?? null);
    }
    const missing = error.errors.find(
      (problem) => problem.field === "safetyAcknowledgements" && problem.message.includes(ruleId),
    );
    if (missing !== undefined) {
      return t.language === "en" ? missing.message : (why(need?.why ?? null) ?? missing.message);
    }
    return index < 0 ? undefined : serverError(`safetyAcknowledgements[${index}].ruleId`, null);
  };
  const shownFields = new Set([
    "chosenLevel",
    "availableLevels",
    "reason",
    "reasonText",
    "safetyAcknowledgements",
  ]);
  const otherProblems =
    error instanceof ApiProblem
      ? error.errors.filter(
          (problem) =>
            !shownFields.has(problem.field) && !problem.field.startsWith("safetyAcknowledgements["),
        )
      : [];

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    const acknowledged = urgent.filter((item) => (codes[item.ruleId] ?? "") !== "");
    const body = {
      assessmentId,
      chosenLevel: chosen,
      availableLevels: CARE_LEVELS.filter((level) => available.has(level)),
      ...(reason === "" ? {} : { reason }),
      ...(reasonText.trim() === "" ? {} : { reasonText: reasonText.trim() }),
      safetyAcknowledgements: acknowledged.map((item) => ({
        ruleId: item.ruleId,
        code: codes[item.ruleId],
        ...((codeTexts[item.ruleId] ?? "").trim() === ""
          ? {}
          : { text: (codeTexts[item.ruleId] ?? "").trim() }),
      })),
    };
    setSaving(true);
    setSentRules(acknowledged.map((item) => item.ruleId));
    try {
      const decision = await callApi<DecisionRecord>(
        "POST",
        `/api/clients/${clientId}/decisions?language=${t.language}`,
        body,
      );
      setError(undefined);
      dropDecisionDraft(storage, assessmentId);
      setSaved(decision);
    } catch (problem) {
      setError(problem);
    } finally {
      setSaving(false);
    }
  }

  async function admit(decision: DecisionRecord) {
    try {
      const episode = await callApi<EpisodeRecord>("POST", `/api/clients/${clientId}/episodes`, {
        level: decision.chosenLevel,
        admittedOn,
        decisionId: decision.id,
      });
      go({ view: "episode", clientId, episodeId: episode.id });
    } catch (problem) {
      setAdmitError(problem);
    }
  }

  const levelOptions = [
    { value: "", label: t.text("decision.choose") },
    ...CARE_LEVELS.map((level) => ({
      value: level,
      label:
        level === recommended
          ? t.text("decision.recommendedMark", { level: levelText(t, level) })
          : levelText(t, level),
    })),
  ];

  return (
    <section class="panel panel--wide decision">
      <ScreenHeading>{t.text("decision.title")}</ScreenHeading>
      <p>{t.text("decision.for", { name: client.name, date: assessment.asOf.slice(0, 10) })}</p>
      {urgent.length > 0 ? <SafetyLines t={t} /> : null}
      {urgent.length > 0 ? (
        <section aria-labelledby="decision-urgent">
          <h2 id="decision-urgent">{t.text("decision.urgentHeading")}</h2>
          <ul class="urgent-items">
            {urgent.map((item) => (
              <li key={item.ruleId}>
                <strong>{t.text(`tier.${item.tier}` as EpisodeMessageKey)}:</strong> {item.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {assessment.supersededById !== null ? (
        <FormMessage kind="error" text={t.text("decision.corrected")} />
      ) : null}
      <dl class="identity">
        <dt>{t.text("decision.recommended")}</dt>
        <dd>{recommended === null ? t.text("decision.noRecommendation") : levelText(t, recommended)}</dd>
      </dl>
      {loaded.earlier.length > 0 ? (
        <section aria-labelledby="decision-earlier">
          <h2 id="decision-earlier">{t.text("decision.earlier")}</h2>
          <ul>
            {loaded.earlier.map((decision) => (
              <li key={decision.id}>
                {t.text("decision.earlierItem", {
                  date: decision.createdAt.slice(0, 10),
                  level: levelText(t, decision.chosenLevel),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {saved === undefined ? (
        <form onSubmit={save} noValidate>
          <fieldset class="level-choices">
            <legend>{t.text("decision.availableLegend")}</legend>
            <p class="field__hint">
              {t.text(
                loaded.offered === null ? "decision.availableByHand" : "decision.availableFromPrograms",
              )}
            </p>
            {CARE_LEVELS.map((level) => (
              <label key={level} class="check">
                <input
                  type="checkbox"
                  checked={available.has(level)}
                  onChange={(event) => {
                    const next = new Set(available);
                    if ((event.currentTarget as HTMLInputElement).checked) next.add(level);
                    else next.delete(level);
                    setAvailable(next);
                  }}
                />{" "}
                {levelText(t, level)}
              </label>
            ))}
          </fieldset>
          {recommended === null ? null : (
            <ProgramMatches zipCode={client.zipCode ?? null} level={recommended} withdrawal={withdrawal} />
          )}
          <ChoiceField
            id="decision-chosen"
            label={t.text("decision.chosen")}
            value={chosen}
            options={levelOptions}
            onChange={setChosen}
            required
            hint={
              chosenLevel !== null && available.size > 0 && !available.has(chosenLevel)
                ? t.text("decision.notOffered")
                : undefined
            }
            error={serverError("chosenLevel", null)}
          />
          <ChoiceField
            id="decision-reason"
            label={t.text("decision.reason")}
            value={reason}
            options={[
              { value: "", label: t.text("decision.noReason") },
              ...DECISION_REASONS.map((code) => ({
                value: code,
                label: t.text(`reason.${code}` as EpisodeMessageKey),
              })),
            ]}
            onChange={setReason}
            why={why(needs.reason)}
            error={serverError("reason", needs.reason)}
          />
          <TextField
            id="decision-reason-text"
            label={t.text("decision.reasonText")}
            value={reasonText}
            onInput={setReasonText}
            multiline
            why={why(needs.reasonText)}
            error={serverError("reasonText", needs.reasonText)}
          />
          {urgent.length > 0 ? (
            <section aria-labelledby="decision-acknowledgements">
              <h2 id="decision-acknowledgements">{t.text("decision.acknowledgementsHeading")}</h2>
              {urgent.map((item, index) => {
                const need = needs.acknowledgements[index];
                return (
                  <fieldset key={item.ruleId} class="acknowledgement">
                    <legend>
                      {t.text("decision.acknowledgementFor", {
                        tier: t.text(`tier.${item.tier}` as EpisodeMessageKey),
                        text: item.text,
                      })}
                    </legend>
                    <ChoiceField
                      id={`acknowledgement-${index}-code`}
                      label={t.text("decision.acknowledgementCode")}
                      value={codes[item.ruleId] ?? ""}
                      options={[
                        { value: "", label: t.text("decision.chooseCode") },
                        ...ACKNOWLEDGEMENT_CODES.map((code) => ({
                          value: code,
                          label: t.text(`ack.${code}` as EpisodeMessageKey),
                        })),
                      ]}
                      onChange={(value) => setCodes({ ...codes, [item.ruleId]: value })}
                      why={why(need?.why ?? null)}
                      error={acknowledgementError(item.ruleId, "code")}
                    />
                    <TextField
                      id={`acknowledgement-${index}-text`}
                      label={t.text("decision.acknowledgementText")}
                      value={codeTexts[item.ruleId] ?? ""}
                      onInput={(value) => setCodeTexts({ ...codeTexts, [item.ruleId]: value })}
                      multiline
                      why={why(need?.textWhy ?? null)}
                      error={acknowledgementError(item.ruleId, "text")}
                    />
                  </fieldset>
                );
              })}
            </section>
          ) : null}
          {error !== undefined ? (
            <div class="form-problems">
              <FormMessage
                kind="error"
                text={
                  error instanceof ApiProblem && error.errors.length > 0
                    ? t.text("common.notSaved")
                    : problemText(error)
                }
              />
              {otherProblems.length > 0 ? (
                <ul>
                  {otherProblems.map((problem) => (
                    <li key={problem.field}>{problem.message}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <div class="actions">
            <button type="submit" class="primary" disabled={saving}>
              {saving ? t.text("common.saving") : t.text("decision.save")}
            </button>
          </div>
        </form>
      ) : (
        <section aria-labelledby="decision-saved" class="decision-saved">
          <h2 id="decision-saved" tabIndex={-1} ref={(element) => element?.focus()}>
            {t.text("decision.saved")}
          </h2>
          <p>{t.text("decision.summary", { level: levelText(t, saved.chosenLevel) })}</p>
          {loaded.openEpisode === undefined ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void admit(saved);
              }}
              noValidate
            >
              <TextField
                id="decision-admitted-on"
                type="date"
                label={t.text("decision.admittedOn")}
                value={admittedOn}
                onInput={setAdmittedOn}
                required
                error={
                  admitError instanceof ApiProblem
                    ? admitError.errors.find((p) => p.field === "admittedOn")?.message
                    : undefined
                }
              />
              <FormMessage
                kind="error"
                text={
                  admitError === undefined ||
                  (admitError instanceof ApiProblem &&
                    admitError.errors.some((p) => p.field === "admittedOn"))
                    ? undefined
                    : problemText(admitError)
                }
              />
              <button type="submit" class="primary">
                {t.text("decision.admit")}
              </button>
            </form>
          ) : (
            <>
              <p>{t.text("decision.openEpisodeHint")}</p>
              <button
                type="button"
                class="primary"
                onClick={() => go({ view: "episode", clientId, episodeId: loaded.openEpisode?.id ?? "" })}
              >
                {t.text("decision.openEpisode")}
              </button>
            </>
          )}
        </section>
      )}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => go({ view: "determination-print", clientId, assessmentId })}
        >
          {t.text("decision.print")}
        </button>
        {back}
      </div>
    </section>
  );
}
