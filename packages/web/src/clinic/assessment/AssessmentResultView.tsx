import type { Assessment, PlacementDescription, UrgentAction, UrgentTier } from "@stepwise/engine";
import { useEffect, useMemo, useState } from "preact/hooks";
import { type Translator, useCatalog } from "../../i18n/language.js";
import { callApi } from "../clinic-api.js";
import { FormMessage, ScreenHeading, useProblemText } from "../form-parts.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { type AssessmentMessageKey, assessmentCatalog } from "./assessment-messages.js";
import { type Engine, useEngine } from "./engine-loader.js";
import { requestQuestionFocus } from "./focus-request.js";
import { formLabels } from "./form-labels.js";
import { type Comparison, distinct, type StoredAssessmentView, unknownQuestions } from "./result-view.js";
import { TransitionPanel } from "./TransitionPanel.js";
import { UrgentPanel, type UrgentView } from "./UrgentPanel.js";
import "./assessment.css";

interface ClientRecord {
  readonly name: string;
}

/** What the device adds to the server's words: the parts its explanation leaves out, in the same voice. */
function describeOnDevice(
  engine: Engine,
  view: StoredAssessmentView,
  language: "en" | "es",
): PlacementDescription | null {
  try {
    return engine.describePlacement(view.result, language, "third-person");
  } catch {
    return null;
  }
}

/** The engine's "what would change it", from the stored result, or worked out here from the stored answers. */
function wouldChangeTexts(
  engine: Engine,
  view: StoredAssessmentView,
  language: "en" | "es",
): readonly string[] {
  if (view.explanation !== null && Array.isArray(view.result.wouldChange))
    return view.explanation.wouldChange;
  try {
    const result = engine.assess(view.answers as unknown as Assessment);
    return engine.describePlacement(result, language, "third-person").wouldChange;
  } catch {
    return [];
  }
}

/**
 * A stored assessment's result in the clinician's voice: urgent items first, then the level and
 * withdrawal care with their crosswalk codes, the six dimensions, why not less care, what would change it,
 * what is still unknown (each a way back to its question), and medicines. The words are the server's.
 */
export function AssessmentResultView({
  clientId,
  assessmentId,
}: {
  readonly clientId: string;
  readonly assessmentId: string;
}) {
  const t = useCatalog(assessmentCatalog);
  const { go } = useClinicNavigation();
  const problemText = useProblemText();
  const { engine } = useEngine();
  const [client, setClient] = useState<ClientRecord | undefined>(undefined);
  const [view, setView] = useState<StoredAssessmentView | undefined>(undefined);
  const [previous, setPrevious] = useState<StoredAssessmentView | undefined>(undefined);
  const [comparison, setComparison] = useState<Comparison | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const language = t.language;

  useEffect(() => {
    let live = true;
    callApi<ClientRecord>("GET", `/api/clients/${clientId}`).then(
      (found) => live && setClient(found),
      setError,
    );
    callApi<StoredAssessmentView>("GET", `/api/assessments/${assessmentId}?language=${language}`).then(
      (found) => {
        if (!live) return;
        setView(found);
        const earlier = found.previousAssessmentId;
        if (earlier === null) return;
        callApi<StoredAssessmentView>("GET", `/api/assessments/${earlier}?language=${language}`).then(
          (before) => live && setPrevious(before),
          () => undefined,
        );
        callApi<Comparison>(
          "GET",
          `/api/clients/${clientId}/assessments/compare?from=${earlier}&to=${found.id}`,
        ).then(
          (compared) => live && setComparison(compared),
          () => undefined,
        );
      },
      setError,
    );
    return () => {
      live = false;
    };
  }, [clientId, assessmentId, language]);

  const local = useMemo(
    () => (engine === undefined || view === undefined ? null : describeOnDevice(engine, view, language)),
    [engine, view, language],
  );

  if (error !== undefined) return <FormMessage kind="error" text={problemText(error)} />;
  if (view === undefined || client === undefined) return <p role="status">{t.text("result.loading")}</p>;

  const explanation = view.explanation;
  const result = view.result;
  const labels = engine === undefined ? undefined : formLabels(engine, language);
  const urgent: UrgentView[] = (explanation?.urgent ?? []).map((item, index) => ({
    tier: (result.urgent[index]?.tier ?? "ask-now") as UrgentTier,
    actions: (result.urgent[index]?.actions ?? []) as readonly UrgentAction[],
    tierText: item.tier,
    text: item.text,
    actionTexts: item.actions,
  }));
  const needsAnswers = result.levelStatus === "needs-answers";
  const questions = unknownQuestions(result, explanation, language, (path) => labels?.question(path) ?? path);
  const withdrawalCodes =
    engine === undefined || result.withdrawalManagement === null
      ? []
      : engine.WITHDRAWAL_MANAGEMENT_CROSSWALK[result.withdrawalManagement];
  const wouldChange =
    engine === undefined ? (explanation?.wouldChange ?? []) : wouldChangeTexts(engine, view, language);
  const ask = (path: string) => {
    requestQuestionFocus(path);
    go({ view: "assessment-form", clientId, previousAssessmentId: assessmentId });
  };

  return (
    <section class="panel panel--wide assessment-result">
      <ScreenHeading>
        {t.text("result.title")}: {client.name}
      </ScreenHeading>
      <p>{t.text("result.dated", { date: view.asOf })}</p>
      <UrgentPanel items={urgent} t={t} />
      {view.supersedesId !== null && view.correctionNote ? (
        <p class="form-message form-message--notice">
          {t.text("result.correctionNote", { note: view.correctionNote })}
        </p>
      ) : null}
      {explanation === null ? <FormMessage kind="notice" text={t.text("result.noExplanation")} /> : null}

      {needsAnswers ? (
        <section class="result-section" aria-labelledby="result-level">
          <h2 id="result-level">{t.text("result.cannotSuggest")}</h2>
          {local?.levelStatus ? <p>{local.levelStatus.text}</p> : null}
          {local?.levelStatus?.floor ? <p>{local.levelStatus.floor}</p> : null}
          {explanation?.level ? (
            <p>
              {t.text("result.crosswalk")}: {explanation.level.label}
            </p>
          ) : null}
        </section>
      ) : (
        <section class="result-section" aria-labelledby="result-level">
          <h2 id="result-level">{t.text("result.level")}</h2>
          <p class="result-level">
            <strong>{explanation?.level?.label ?? result.level ?? "—"}</strong>
          </p>
          {explanation?.provisional ? (
            <p>
              <strong>{t.text("result.provisional")}:</strong> {explanation.provisional}
            </p>
          ) : null}
        </section>
      )}

      {explanation?.withdrawalManagement ? (
        <section class="result-section" aria-labelledby="result-withdrawal">
          <h2 id="result-withdrawal">{t.text("result.withdrawal")}</h2>
          <p>
            {explanation.withdrawalManagement}
            {withdrawalCodes.length > 0 ? ` (ASAM ${withdrawalCodes.join(", ")})` : ""}
          </p>
          {local?.sequence ? <p>{local.sequence}</p> : null}
        </section>
      ) : null}

      {explanation && explanation.reasons.length > 0 ? (
        <section class="result-section" aria-labelledby="result-reasons">
          <h2 id="result-reasons">{t.text("result.reasons")}</h2>
          <ul>
            {distinct(explanation.reasons).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.transition !== null && explanation?.transition ? (
        <TransitionPanel
          transition={view.transition}
          words={explanation.transition}
          current={view}
          previous={previous}
          comparison={comparison}
          engine={engine}
          labels={labels}
          t={t}
        />
      ) : null}

      {explanation ? <Ratings explanation={explanation} t={t} /> : null}

      {explanation?.nextLowerLevel ? (
        <section class="result-section" aria-labelledby="result-lower">
          <h2 id="result-lower">{t.text("result.nextLower")}</h2>
          <p>{explanation.nextLowerLevel.text}</p>
          <ul>
            {distinct(explanation.nextLowerLevel.needs).map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section class="result-section" aria-labelledby="result-change">
        <h2 id="result-change">{t.text("result.wouldChange")}</h2>
        {wouldChange.length === 0 ? (
          <p>{t.text("result.nothingWouldChange")}</p>
        ) : (
          <ul>
            {distinct(wouldChange).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </section>

      <section class="result-section" aria-labelledby="result-unknowns">
        <h2 id="result-unknowns">{needsAnswers ? t.text("result.mustAsk") : t.text("result.unknowns")}</h2>
        {questions.length === 0 ? (
          <p>{t.text("result.noUnknowns")}</p>
        ) : (
          <>
            <p class="field__hint">{t.text("result.askHint")}</p>
            <ul class="ask-list">
              {questions.map((question) => (
                <li key={question.path}>
                  <button type="button" class="link-button" onClick={() => ask(question.path)}>
                    {question.text}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {explanation && explanation.medications.length > 0 ? (
        <section class="result-section" aria-labelledby="result-medications">
          <h2 id="result-medications">{t.text("result.medications")}</h2>
          <ul>
            {distinct(explanation.medications).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {local && local.corrections.length > 0 ? (
        <section class="result-section" aria-labelledby="result-corrections">
          <h2 id="result-corrections">{t.text("result.corrections")}</h2>
          <ul>
            {distinct(local.corrections).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => go({ view: "decision", clientId, assessmentId })}
        >
          {t.text("result.decide")}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => go({ view: "determination-print", clientId, assessmentId })}
        >
          {t.text("result.print")}
        </button>
        <button type="button" class="secondary" onClick={() => go({ view: "client", clientId })}>
          {t.text("result.back")}
        </button>
      </div>
    </section>
  );
}

function Ratings({
  explanation,
  t,
}: {
  readonly explanation: NonNullable<StoredAssessmentView["explanation"]>;
  readonly t: Translator<AssessmentMessageKey>;
}) {
  return (
    <section class="result-section" aria-labelledby="result-ratings">
      <h2 id="result-ratings">{t.text("result.ratings")}</h2>
      <ol class="result-ratings">
        {explanation.ratings.map((rating) => (
          <li key={rating.dimension}>
            <h3>
              {rating.dimension}: {t.text("result.rating", { rating: rating.rating })}
            </h3>
            {rating.facts.length === 0 ? (
              <p class="quiet">{t.text("result.noFacts")}</p>
            ) : (
              <ul>
                {distinct(rating.facts).map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
