import type { Assessment, InstrumentId, PlacementResult } from "@stepwise/engine";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { ApiProblem, callApi } from "../clinic-api.js";
import { FormMessage, ScreenHeading, useProblemText } from "../form-parts.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { clearDraft, loadDraft, saveDraft } from "./assessment-draft.js";
import { FORM_SECTIONS, formKey, inputIdFor } from "./assessment-fields.js";
import {
  assessmentToForm,
  type BodyLayout,
  type FormValues,
  formKeyForApiField,
  formKeyForUnknown,
  formToAssessment,
} from "./assessment-mapping.js";
import { assessmentCatalog } from "./assessment-messages.js";
import { type Engine, useEngine } from "./engine-loader.js";
import { FormSectionView } from "./FormSection.js";
import { takeQuestionFocus } from "./focus-request.js";
import { formLabels } from "./form-labels.js";
import { liveResult, urgentViews } from "./live-result.js";
import { PAWSS_ITEMS, scorePawss } from "./pawss.js";
import { UrgentPanel } from "./UrgentPanel.js";
import "./assessment.css";
import { localCalendarDate } from "../../local-calendar-date.js";

interface ClientRecord {
  readonly name: string;
}
interface StoredAssessment {
  readonly id: string;
  readonly asOf: string;
  readonly answers: Record<string, unknown>;
}

/** A complete PAWSS fills the PAWSS total field, so the engine reads the items' own total. */
function withChange(values: FormValues, key: string, value: string): FormValues {
  const next: Record<string, string> = { ...values, [key]: value };
  if (value === "") delete next[key];
  if (key.startsWith("pawss:")) {
    const answers: Record<string, string> = {};
    for (const item of PAWSS_ITEMS) {
      const answer = next[formKey.pawss(item.id)];
      if (answer) answers[item.id] = answer;
    }
    const { total } = scorePawss(answers);
    if (total !== null) next["withdrawal.pawssScore"] = String(total);
  }
  return next;
}

/** The scale whose items hold a form key, so its items can be shown before focusing one. */
function scaleOfKey(key: string): InstrumentId | undefined {
  return key.startsWith("scale:") ? (key.split(":")[1] as InstrumentId) : undefined;
}

interface Loaded {
  readonly values: FormValues;
  readonly note: "draft" | "previous" | null;
  readonly previousDate: string | null;
  readonly focus: string | undefined;
}

/**
 * The intake assessment (and a reassessment, prefilled from the last one): every field of the assessment
 * model, safety first, then the six dimensions. Urgent answers show their urgent item at once, worked out
 * on this device; the saved result is the server's.
 */
export function AssessmentFormView({
  clientId,
  previousAssessmentId,
}: {
  readonly clientId: string;
  readonly previousAssessmentId?: string | undefined;
}) {
  const t = useCatalog(assessmentCatalog);
  const { go } = useClinicNavigation();
  const problemText = useProblemText();
  const { engine, failed } = useEngine();
  const [client, setClient] = useState<ClientRecord | undefined>(undefined);
  const [previous, setPrevious] = useState<StoredAssessment | null | undefined>(
    previousAssessmentId === undefined ? null : undefined,
  );
  const [loadError, setLoadError] = useState<unknown>(undefined);

  useEffect(() => {
    callApi<ClientRecord>("GET", `/api/clients/${clientId}`).then(setClient, setLoadError);
    if (previousAssessmentId !== undefined) {
      callApi<StoredAssessment>("GET", `/api/assessments/${previousAssessmentId}`).then(
        setPrevious,
        setLoadError,
      );
    }
  }, [clientId, previousAssessmentId]);

  if (loadError !== undefined) return <FormMessage kind="error" text={problemText(loadError)} />;
  if (failed) return <FormMessage kind="error" text={problemText(undefined)} />;
  if (engine === undefined || client === undefined || previous === undefined) {
    return <p role="status">{t.text("form.loading")}</p>;
  }
  const draft = loadDraft(clientId);
  const loaded: Loaded =
    draft !== null
      ? { values: draft.values, note: "draft", previousDate: null, focus: takeQuestionFocus() }
      : previous !== null
        ? {
            values: {
              ...assessmentToForm(
                previous.answers as unknown as Assessment,
                Object.values(engine.INSTRUMENTS),
              ),
              asOf: localCalendarDate(),
            },
            note: "previous",
            previousDate: previous.asOf,
            focus: takeQuestionFocus(),
          }
        : {
            values: { asOf: localCalendarDate() },
            note: null,
            previousDate: null,
            focus: takeQuestionFocus(),
          };
  return (
    <AssessmentForm
      engine={engine}
      clientId={clientId}
      clientName={client.name}
      previousAssessmentId={previousAssessmentId}
      loaded={loaded}
      go={go}
    />
  );
}

function AssessmentForm(props: {
  readonly engine: Engine;
  readonly clientId: string;
  readonly clientName: string;
  readonly previousAssessmentId: string | undefined;
  readonly loaded: Loaded;
  readonly go: ReturnType<typeof useClinicNavigation>["go"];
}) {
  const { engine, clientId } = props;
  // What the form started from, fixed when it opened (a later render must not restore the draft again).
  const [loaded] = useState(props.loaded);
  const t = useCatalog(assessmentCatalog);
  const problemText = useProblemText();
  const labels = useMemo(() => formLabels(engine, t.language), [engine, t.language]);
  const focusKey = loaded.focus === undefined ? undefined : formKeyForUnknown(loaded.focus, loaded.values);
  const [values, setValues] = useState<FormValues>(loaded.values);
  const [expanded, setExpanded] = useState<ReadonlySet<InstrumentId>>(() => {
    const open = new Set<InstrumentId>();
    for (const key of Object.keys(loaded.values)) {
      const scale = scaleOfKey(key);
      if (scale !== undefined) open.add(scale);
    }
    const focusScale = focusKey === undefined ? undefined : scaleOfKey(focusKey);
    if (focusScale !== undefined) open.add(focusScale);
    return open;
  });
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [focusTarget, setFocusTarget] = useState<string | undefined>(focusKey);
  const lastUrgent = useRef<PlacementResult["urgent"]>([]);

  // A draft is kept from the first change on: opening the form and leaving it keeps nothing.
  const changed = useRef(false);
  useEffect(() => {
    if (!changed.current) return;
    saveDraft(clientId, { values, previousAssessmentId: props.previousAssessmentId ?? null });
  }, [clientId, values, props.previousAssessmentId]);

  // Focus the question a result pointed at, or the first field an error names, once it is on screen.
  useEffect(() => {
    if (focusTarget === undefined) return;
    const element = document.getElementById(inputIdFor(focusTarget));
    if (element !== null) {
      element.focus();
      element.scrollIntoView({ block: "center" });
    }
    setFocusTarget(undefined);
  }, [focusTarget]);

  const body = useMemo(() => formToAssessment(values, localCalendarDate()), [values]);
  const live = useMemo(() => liveResult(engine, body), [engine, body]);
  if (live !== null) lastUrgent.current = live.urgent;
  const urgent = urgentViews(engine, lastUrgent.current, t.language);

  const change = (key: string, value: string) => {
    changed.current = true;
    setValues((current) => withChange(current, key, value));
    if (errors[key] !== undefined) {
      const { [key]: _fixed, ...rest } = errors;
      setErrors(rest);
    }
  };
  const toggleScale = (instrument: InstrumentId) => {
    const next = new Set(expanded);
    if (next.has(instrument)) next.delete(instrument);
    else next.add(instrument);
    setExpanded(next);
  };

  const showErrors = (error: ApiProblem, layout: BodyLayout) => {
    const found: Record<string, string> = {};
    const unplaced: string[] = [];
    for (const problem of error.errors) {
      const key = formKeyForApiField(problem.field, layout);
      if (key === undefined) unplaced.push(problem.message);
      else found[key] ??= problem.message;
    }
    const keys = Object.keys(found);
    setErrors(found);
    setFormError(keys.length === 0 ? problemText(error) : [t.text("form.fixFields"), ...unplaced].join(" "));
    const scales = keys.map(scaleOfKey).filter((scale): scale is InstrumentId => scale !== undefined);
    if (scales.length > 0) setExpanded(new Set([...expanded, ...scales]));
    // The first field in the order of the form.
    const order = [...document.querySelectorAll("[id^='af-']")].map((element) => element.id);
    const first = keys.sort((a, b) => order.indexOf(inputIdFor(a)) - order.indexOf(inputIdFor(b)))[0];
    setFocusTarget(first);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setFormError(undefined);
    setErrors({});
    try {
      const saved = await callApi<{ id: string }>(
        "POST",
        `/api/clients/${clientId}/assessments?language=${t.language}`,
        {
          answers: body.answers,
          ...(body.scaleAnswers.length === 0 ? {} : { scaleAnswers: body.scaleAnswers }),
        },
      );
      clearDraft(clientId);
      props.go({ view: "assessment-result", clientId, assessmentId: saved.id });
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiProblem && error.errors.length > 0) showErrors(error, body.layout);
      else setFormError(problemText(error));
    }
  };

  const restart = () => {
    clearDraft(clientId);
    setValues({ asOf: localCalendarDate() });
    setErrors({});
    setExpanded(new Set());
  };

  return (
    <section class="panel panel--wide assessment-form">
      <ScreenHeading>
        {t.text(props.previousAssessmentId === undefined ? "form.title" : "form.reassessmentTitle")}:{" "}
        {props.clientName}
      </ScreenHeading>
      <div aria-live="polite">
        <UrgentPanel items={urgent} note={t.text("urgent.live")} t={t} />
      </div>
      {loaded.note === "previous" && loaded.previousDate !== null ? (
        <p class="form-message form-message--notice">
          {t.text("form.prefilled", { date: loaded.previousDate })}
        </p>
      ) : null}
      {loaded.note === "draft" ? (
        <p class="form-message form-message--notice">{t.text("form.draftRestored")}</p>
      ) : null}
      <p class="field__hint">{t.text("form.notAskedHint")}</p>
      <nav aria-label={t.text("form.sections")} class="section-nav">
        <ul>
          {FORM_SECTIONS.map((section) => (
            <li key={section.id}>
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  const heading = document.getElementById(`section-${section.id}`);
                  heading?.focus();
                  heading?.scrollIntoView({ block: "start" });
                }}
              >
                {t.text(`section.${section.id}` as Parameters<typeof t.text>[0])}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <form noValidate onSubmit={save}>
        {FORM_SECTIONS.map((section) => (
          <FormSectionView
            key={section.id}
            section={section}
            engine={engine}
            values={values}
            errors={errors}
            onChange={change}
            expandedScales={expanded}
            onToggleScale={toggleScale}
            labels={labels}
            t={t}
          />
        ))}
        <FormMessage kind="error" text={formError} />
        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>
            {t.text(saving ? "form.saving" : "form.save")}
          </button>
          <button type="button" class="secondary" onClick={restart}>
            {t.text("form.clearDraft")}
          </button>
          <button type="button" class="secondary" onClick={() => props.go({ view: "client", clientId })}>
            {t.text("form.back")}
          </button>
        </div>
      </form>
    </section>
  );
}
