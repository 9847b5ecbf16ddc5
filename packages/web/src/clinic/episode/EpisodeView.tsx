import type { LevelOfCare } from "@stepwise/engine";
import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { ApiProblem, callApi, callApiVersioned } from "../clinic-api.js";
import { FormMessage, ScreenHeading, useProblemText } from "../form-parts.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { CARE_LEVELS, careRank, DISCHARGE_REASONS, isCareLevel } from "./care-levels.js";
import type { EpisodeMessageKey } from "./episode-messages.js";
import { episodeCatalog } from "./episode-messages.js";
import { ChoiceField, type EpisodeTranslator, LoadFailure, levelText, TextField } from "./episode-parts.js";
import type {
  AssessmentRecord,
  ClientRecord,
  DecisionRecord,
  EpisodeEventRecord,
  EpisodeRecord,
  EventValues,
  Page,
} from "./episode-records.js";
import { LevelTimelineChart } from "./LevelTimelineChart.js";
import { levelTimeline } from "./level-timeline.js";
import { ScaleChart } from "./ScaleChart.js";
import { scaleHistory } from "./scale-series.js";
import "./episode.css";
import { localCalendarDate } from "../../local-calendar-date.js";

interface Records {
  readonly client: ClientRecord;
  readonly assessments: readonly AssessmentRecord[];
  readonly decisions: readonly DecisionRecord[];
}

/** An event in words: "2026-11-20: stepped down to Outpatient counseling (ASAM 1)". */
function eventText(
  t: EpisodeTranslator,
  kind: EpisodeEventRecord["kind"],
  direction: EpisodeEventRecord["direction"],
  values: EventValues,
): string {
  if (kind === "discharge") {
    const reason = (DISCHARGE_REASONS as readonly string[]).includes(values.reason ?? "")
      ? t.text(`discharge.${values.reason}` as EpisodeMessageKey)
      : (values.reason ?? "");
    return t.text("event.discharge", { date: values.on, reason });
  }
  const level = values.toLevel === null ? "" : levelText(t, values.toLevel);
  const key =
    kind === "admission" ? "event.admission" : direction === null ? "event.transfer" : `event.${direction}`;
  return t.text(key as EpisodeMessageKey, { date: values.on, level });
}

/** The server's message for one field, if it named it. */
function problemAt(error: unknown, ...fields: string[]): string | undefined {
  return error instanceof ApiProblem
    ? error.errors.find((problem) => fields.includes(problem.field))?.message
    : undefined;
}

/**
 * Step 6 of the clinical day: one episode of care. Moves (step down, step up, transfer) name the
 * decision that chose the new level, or say why the move could not wait; the discharge has its date and
 * reason; any event can be corrected or voided with a reason, and the event as first recorded stays in
 * view. Every change sends the episode's ETag (If-Match), so a change made meanwhile by someone else is
 * reloaded rather than overwritten; what the clinician typed is kept. Below: the levels over time with
 * each assessment and decision, and the scale totals across reassessments, each as a chart with the
 * same facts in a list or table.
 */
export function EpisodeView({
  clientId,
  episodeId,
}: {
  readonly clientId: string;
  readonly episodeId: string;
}) {
  const t = useCatalog(episodeCatalog);
  const { go } = useClinicNavigation();
  const problemText = useProblemText();
  const [records, setRecords] = useState<Records | undefined>(undefined);
  const [episode, setEpisode] = useState<EpisodeRecord | undefined>(undefined);
  const [tag, setTag] = useState("");
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  // The move form.
  const [moveDecision, setMoveDecision] = useState<string | undefined>(undefined);
  const [moveLevel, setMoveLevel] = useState("");
  const [moveEmergency, setMoveEmergency] = useState("");
  const [moveOn, setMoveOn] = useState(() => localCalendarDate());
  const [moveNote, setMoveNote] = useState("");
  const [moveError, setMoveError] = useState<unknown>(undefined);
  // The discharge form.
  const [dischargeOn, setDischargeOn] = useState(() => localCalendarDate());
  const [dischargeReason, setDischargeReason] = useState("");
  const [dischargeNote, setDischargeNote] = useState("");
  const [dischargeError, setDischargeError] = useState<unknown>(undefined);
  // Correcting or voiding one event.
  const [amending, setAmending] = useState<{ eventId: string; mode: "correct" | "void" } | undefined>(
    undefined,
  );
  const [amendReason, setAmendReason] = useState("");
  const [amendOn, setAmendOn] = useState("");
  const [amendError, setAmendError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  async function loadEpisode() {
    const found = await callApiVersioned<EpisodeRecord>(
      "GET",
      `/api/episodes/${episodeId}?language=${t.language}`,
    );
    setEpisode(found.result);
    setTag(found.etag ?? "");
  }

  useEffect(() => {
    Promise.all([
      callApi<ClientRecord>("GET", `/api/clients/${clientId}`),
      callApi<Page<AssessmentRecord>>(
        "GET",
        `/api/clients/${clientId}/assessments?limit=200&language=${t.language}`,
      ),
      callApi<Page<DecisionRecord>>(
        "GET",
        `/api/clients/${clientId}/decisions?limit=200&language=${t.language}`,
      ),
      loadEpisode(),
    ]).then(([client, assessments, decisions]) => {
      setRecords({ client, assessments: assessments.items, decisions: decisions.items });
    }, setLoadError);
  }, [clientId, episodeId, t.language]);

  const back = (
    <button type="button" class="secondary" onClick={() => go({ view: "client", clientId })}>
      {t.text("common.backToClient")}
    </button>
  );
  if (loadError !== undefined)
    return <LoadFailure title={t.text("episode.title")} text={problemText(loadError)} back={back} />;
  if (records === undefined || episode === undefined) return <p role="status">{t.text("common.loading")}</p>;

  const open = episode.status === "open";
  const current = episode.currentLevel;
  const currentAssessments = records.assessments
    .filter((assessment) => assessment.supersededById === null)
    .toSorted((a, b) => a.asOf.localeCompare(b.asOf) || a.createdAt.localeCompare(b.createdAt));
  const latest = currentAssessments[currentAssessments.length - 1];
  const latestUndecided =
    latest !== undefined && !records.decisions.some((decision) => decision.assessmentId === latest.id)
      ? latest
      : undefined;
  const moveChoices = records.decisions
    .filter((decision) => decision.chosenLevel !== current)
    .toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
  const selectedDecisionId = moveDecision ?? moveChoices[0]?.id ?? "";
  const selectedDecision = records.decisions.find((decision) => decision.id === selectedDecisionId);
  const target: LevelOfCare | null =
    selectedDecision?.chosenLevel ?? (isCareLevel(moveLevel) ? moveLevel : null);
  const moveLabel =
    target === null || current === null
      ? t.text("episode.moveHeading")
      : careRank(target) < careRank(current)
        ? t.text("episode.stepDown", { level: levelText(t, target) })
        : careRank(target) > careRank(current)
          ? t.text("episode.stepUp", { level: levelText(t, target) })
          : t.text("episode.transfer", { level: levelText(t, target) });

  /** Sends one change with the episode's ETag; a stale tag reloads the episode and keeps the form. */
  async function change(
    path: string,
    body: unknown,
    onError: (error: unknown) => void,
    done: string,
  ): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setNotice(undefined);
    try {
      // Changes need If-Match with the ETag of the last read, so two people moving the same client
      // cannot overwrite each other (RFC 9110 §13.1.1; docs/api.md).
      const changed = await callApiVersioned<EpisodeRecord>("POST", path, body, tag);
      setEpisode(changed.result);
      if (changed.etag !== null && changed.etag !== "") setTag(changed.etag);
      else await loadEpisode();
      onError(undefined);
      setNotice(done);
      return true;
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) {
        await loadEpisode().catch(() => undefined);
        onError(new ApiProblem(412, t.text("common.stale")));
      } else onError(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function move(event: Event) {
    event.preventDefault();
    const emergency = selectedDecision === undefined;
    const body = {
      toLevel: target ?? "",
      on: moveOn,
      ...(emergency
        ? { decisionId: null, emergencyReason: moveEmergency.trim() || null }
        : { decisionId: selectedDecision.id }),
      ...(moveNote.trim() === "" ? {} : { note: moveNote.trim() }),
    };
    const ok = await change(
      `/api/episodes/${episodeId}/transfers`,
      body,
      setMoveError,
      t.text("episode.moved"),
    );
    if (ok) {
      setMoveDecision(undefined);
      setMoveEmergency("");
      setMoveNote("");
    }
  }

  async function discharge(event: Event) {
    event.preventDefault();
    const body = {
      on: dischargeOn,
      reason: dischargeReason,
      ...(dischargeNote.trim() === "" ? {} : { note: dischargeNote.trim() }),
    };
    await change(
      `/api/episodes/${episodeId}/discharge`,
      body,
      setDischargeError,
      t.text("episode.discharged"),
    );
  }

  async function amend(event: Event, target: EpisodeEventRecord) {
    event.preventDefault();
    if (amending === undefined) return;
    const body =
      amending.mode === "void"
        ? { reason: amendReason.trim() }
        : { reason: amendReason.trim(), ...(amendOn !== "" && amendOn !== target.on ? { on: amendOn } : {}) };
    const path = `/api/episodes/${episodeId}/events/${target.id}/${amending.mode === "void" ? "void" : "corrections"}`;
    const ok = await change(path, body, setAmendError, t.text("event.amended"));
    if (ok) {
      setAmending(undefined);
      setAmendReason("");
    }
  }

  const formError = (error: unknown, shown: string[]) =>
    error === undefined ||
    (error instanceof ApiProblem && error.errors.some((problem) => shown.includes(problem.field)))
      ? undefined
      : problemText(error);

  const decided = currentAssessments
    .filter((assessment) => records.decisions.some((decision) => decision.assessmentId === assessment.id))
    .toReversed();
  const timeline = levelTimeline(episode, records.assessments, records.decisions, localCalendarDate());
  const eventLines = episode.events
    .filter((item) => item.status !== "voided")
    .map((item) => ({ date: item.on, text: eventText(t, item.kind, item.direction, item) }));

  return (
    <section class="panel panel--wide episode">
      <ScreenHeading>{t.text("episode.title")}</ScreenHeading>
      <p>{t.text("episode.for", { name: records.client.name })}</p>
      <dl class="identity">
        <dt>{t.text("episode.status")}</dt>
        <dd>{t.text(`episode.status.${episode.status}` as EpisodeMessageKey)}</dd>
        <dt>{t.text(open ? "episode.currentLevel" : "episode.lastLevel")}</dt>
        <dd>{current === null ? t.text("common.none") : levelText(t, current)}</dd>
        <dt>{t.text("episode.admittedOn")}</dt>
        <dd>{episode.admittedOn ?? t.text("common.notRecorded")}</dd>
        {episode.dischargedOn === null ? null : (
          <>
            <dt>{t.text("episode.dischargedOn")}</dt>
            <dd>{episode.dischargedOn}</dd>
          </>
        )}
        {episode.reassessmentDueOn === null ? null : (
          <>
            <dt>{t.text("episode.reassessmentDue")}</dt>
            <dd>{episode.reassessmentDueOn}</dd>
          </>
        )}
      </dl>
      <FormMessage kind="notice" text={notice} />

      {latestUndecided !== undefined ? (
        <div class="pending">
          <p>{t.text("episode.pendingAssessment", { date: latestUndecided.asOf.slice(0, 10) })}</p>
          <button
            type="button"
            class="primary"
            onClick={() => go({ view: "decision", clientId, assessmentId: latestUndecided.id })}
          >
            {t.text("episode.recordDecision", { date: latestUndecided.asOf.slice(0, 10) })}
          </button>
        </div>
      ) : null}

      {open ? (
        <form class="episode-form" onSubmit={move} noValidate aria-labelledby="episode-move">
          <h2 id="episode-move">{t.text("episode.moveHeading")}</h2>
          <ChoiceField
            id="move-decision"
            label={t.text("episode.moveDecision")}
            value={selectedDecisionId}
            options={[
              ...moveChoices.map((decision) => ({
                value: decision.id,
                label: t.text("episode.moveDecisionOption", {
                  level: levelText(t, decision.chosenLevel),
                  date: decision.createdAt.slice(0, 10),
                }),
              })),
              { value: "", label: t.text("episode.moveNoDecision") },
            ]}
            onChange={setMoveDecision}
            hint={t.text("episode.moveWhyEmergency")}
            error={problemAt(moveError, "decisionId")}
          />
          {selectedDecision === undefined ? (
            <>
              <ChoiceField
                id="move-level"
                label={t.text("episode.moveLevel")}
                value={moveLevel}
                options={[
                  { value: "", label: t.text("decision.choose") },
                  ...CARE_LEVELS.filter((level) => level !== current).map((level) => ({
                    value: level,
                    label: levelText(t, level),
                  })),
                ]}
                onChange={setMoveLevel}
                required
                error={problemAt(moveError, "toLevel")}
              />
              <TextField
                id="move-emergency"
                label={t.text("episode.moveEmergency")}
                value={moveEmergency}
                onInput={setMoveEmergency}
                multiline
                required
                error={problemAt(moveError, "emergencyReason")}
              />
            </>
          ) : null}
          <TextField
            id="move-on"
            type="date"
            label={t.text("episode.moveDate")}
            value={moveOn}
            onInput={setMoveOn}
            required
            error={problemAt(moveError, "on")}
          />
          <TextField
            id="move-note"
            label={t.text("common.note")}
            value={moveNote}
            onInput={setMoveNote}
            multiline
            error={problemAt(moveError, "note")}
          />
          <FormMessage
            kind="error"
            text={formError(moveError, ["decisionId", "toLevel", "emergencyReason", "on", "note"])}
          />
          <button type="submit" class="primary" disabled={busy}>
            {moveLabel}
          </button>
        </form>
      ) : (
        <p>{t.text("episode.closedNote")}</p>
      )}

      {open ? (
        <form class="episode-form" onSubmit={discharge} noValidate aria-labelledby="episode-discharge">
          <h2 id="episode-discharge">{t.text("episode.dischargeHeading")}</h2>
          <TextField
            id="discharge-on"
            type="date"
            label={t.text("episode.dischargeDate")}
            value={dischargeOn}
            onInput={setDischargeOn}
            required
            error={problemAt(dischargeError, "on")}
          />
          <ChoiceField
            id="discharge-reason"
            label={t.text("episode.dischargeReason")}
            value={dischargeReason}
            options={[
              { value: "", label: t.text("decision.chooseCode") },
              ...DISCHARGE_REASONS.map((reason) => ({
                value: reason,
                label: t.text(`discharge.${reason}` as EpisodeMessageKey),
              })),
            ]}
            onChange={setDischargeReason}
            required
            error={problemAt(dischargeError, "reason")}
          />
          <TextField
            id="discharge-note"
            label={t.text("common.note")}
            value={dischargeNote}
            onInput={setDischargeNote}
            multiline
            error={problemAt(dischargeError, "note")}
          />
          <FormMessage kind="error" text={formError(dischargeError, ["on", "reason", "note"])} />
          <button type="submit" class="primary" disabled={busy}>
            {t.text("episode.discharge")}
          </button>
        </form>
      ) : null}

      <h2>{t.text("episode.eventsHeading")}</h2>
      <ol class="event-list">
        {episode.events.map((item) => {
          const summary = eventText(t, item.kind, item.direction, item);
          const isAmending = amending?.eventId === item.id;
          return (
            <li key={item.id} class={`event event--${item.status}`}>
              <p>
                {item.status === "voided" ? <s>{summary}</s> : summary}
                {item.status === "in-effect" ? null : (
                  <strong class="event__status">
                    {" "}
                    — {t.text(item.status === "voided" ? "event.voided" : "event.corrected")}
                  </strong>
                )}
              </p>
              {item.emergencyReason === null ? null : (
                <p>{t.text("event.emergency", { reason: item.emergencyReason })}</p>
              )}
              {item.note === null ? null : <p>{item.note}</p>}
              {item.amendments.length === 0 ? null : (
                <ul class="event__amendments">
                  <li>
                    {t.text("event.original", {
                      what: eventText(t, item.kind, item.direction, item.original),
                    })}
                  </li>
                  {item.amendments.map((amendment) => (
                    <li key={amendment.id}>
                      {t.text(`event.amendment.${amendment.kind}` as EpisodeMessageKey, {
                        date: amendment.createdAt.slice(0, 10),
                        reason: amendment.reason,
                      })}
                    </li>
                  ))}
                </ul>
              )}
              {item.status === "voided" || isAmending ? null : (
                <div class="row-actions">
                  {(["correct", "void"] as const).map((mode) => (
                    <button
                      key={mode}
                      type="button"
                      class="secondary"
                      onClick={() => {
                        setAmending({ eventId: item.id, mode });
                        setAmendOn(item.on);
                        setAmendError(undefined);
                      }}
                    >
                      {t.text(mode === "correct" ? "event.correct" : "event.void")}
                      <span class="visually-hidden"> — {summary}</span>
                    </button>
                  ))}
                </div>
              )}
              {isAmending && amending !== undefined ? (
                <form class="episode-form" onSubmit={(submitted) => void amend(submitted, item)} noValidate>
                  <TextField
                    id="amend-reason"
                    label={t.text("event.amendReason")}
                    hint={t.text("event.amendReasonHint")}
                    value={amendReason}
                    onInput={setAmendReason}
                    multiline
                    required
                    error={problemAt(amendError, "reason")}
                  />
                  {amending.mode === "correct" ? (
                    <TextField
                      id="amend-on"
                      type="date"
                      label={t.text("event.rightDate")}
                      value={amendOn}
                      onInput={setAmendOn}
                      error={problemAt(amendError, "on")}
                    />
                  ) : null}
                  <FormMessage kind="error" text={formError(amendError, ["reason", "on"])} />
                  <div class="actions">
                    <button type="submit" class="primary" disabled={busy}>
                      {t.text(amending.mode === "correct" ? "event.saveCorrection" : "event.saveVoid")}
                    </button>
                    <button type="button" class="secondary" onClick={() => setAmending(undefined)}>
                      {t.text("event.cancel")}
                    </button>
                  </div>
                </form>
              ) : null}
            </li>
          );
        })}
      </ol>

      <h2>{t.text("timeline.heading")}</h2>
      <LevelTimelineChart timeline={timeline} t={t} eventLines={eventLines} />
      <h2>{t.text("scales.heading")}</h2>
      <ScaleChart history={scaleHistory(records.assessments)} t={t} />
      {decided.length === 0 ? null : (
        <>
          <h2>{t.text("episode.printHeading")}</h2>
          <ul class="record-list">
            {decided.map((assessment) => (
              <li key={assessment.id}>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => go({ view: "determination-print", clientId, assessmentId: assessment.id })}
                >
                  {t.text("episode.print", { date: assessment.asOf.slice(0, 10) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="actions">{back}</div>
    </section>
  );
}
