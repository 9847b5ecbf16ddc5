import type { Assessment, Language, PlacementResult, ScaleResultInput, UrgentItem } from "@stepwise/engine";
import type { AssessmentBody } from "./assessment-mapping.js";
import type { Engine } from "./engine-loader.js";
import type { UrgentView } from "./UrgentPanel.js";

/**
 * The result of the answers so far, worked out on this device only to show urgent items at once
 * (docs/design.md "Safety first"); what is stored is the server's own result for the saved answers.
 * Scales are scored here the way the server scores them (assessment-routes.ts withScoredScales).
 */
export function liveResult(engine: Engine, body: AssessmentBody): PlacementResult | null {
  try {
    const scored: ScaleResultInput[] = body.scaleAnswers.map((scale) => {
      const result = engine.scoreInstrument(scale.instrument, scale.answers);
      return {
        instrument: result.instrument,
        total: result.total,
        answeredTotal: result.answeredTotal,
        band: result.band,
        flags: result.flags,
        missingItems: result.missingItems,
        itemScores: result.itemScores,
      };
    });
    const answers: Assessment = scored.length === 0 ? body.answers : { ...body.answers, scales: scored };
    const checked = engine.validateAssessment(answers);
    if (!checked.ok) return null;
    return engine.assess(checked.assessment, { wouldChange: false });
  } catch {
    return null;
  }
}

/** Urgent items in words, about the client (the clinician's voice). */
export function urgentViews(engine: Engine, items: readonly UrgentItem[], language: Language): UrgentView[] {
  const say = (text: { en: string; es: string }) => engine.renderText(text, language, "third-person");
  return items.map((item) => {
    const finding = engine.FINDING_TEXTS[item.ruleId];
    return {
      tier: item.tier,
      actions: item.actions,
      tierText: say(engine.URGENT_TIER_NAMES[item.tier]),
      text: finding === undefined ? item.ruleId : say(finding),
      actionTexts: item.actions.map((action) => say(engine.URGENT_ACTION_TEXTS[action])),
    };
  });
}
