import { type Assessment, INSTRUMENTS, validateAssessment } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { FORM_SECTIONS, formKey } from "./assessment-fields.js";
import {
  assessmentToForm,
  formKeyForApiField,
  formKeyForUnknown,
  formToAssessment,
} from "./assessment-mapping.js";

const TODAY = "2026-03-02";
const instruments = Object.values(INSTRUMENTS);

describe("the intake form's answers and the assessment model", () => {
  it("sends nothing for a question left 'not asked', and false for 'no'", () => {
    const { answers } = formToAssessment(
      { "mentalHealth.suicidalThoughts": "no", "environment.livesAlone": "yes" },
      TODAY,
    );
    expect(answers.mentalHealth).toEqual({ suicidalThoughts: false });
    expect(answers.environment).toEqual({ livesAlone: true });
    expect(answers.overdose).toBeUndefined();
    expect(answers.mentalHealth?.suicidalPlan).toBeUndefined();
  });

  it("reads 'no' back as 'no' and an absent or null answer as 'not asked'", () => {
    const values = assessmentToForm(
      {
        modelVersion: "1",
        asOf: TODAY,
        mentalHealth: { suicidalThoughts: false, suicidalPlan: null },
      },
      instruments,
    );
    expect(values["mentalHealth.suicidalThoughts"]).toBe("no");
    expect(values["mentalHealth.suicidalPlan"]).toBeUndefined();
    expect(values["overdose.signsNow"]).toBeUndefined();
  });

  it("keeps a list asked with none ticked apart from a list not asked", () => {
    expect(formToAssessment({ "medical.conditions": "none" }, TODAY).answers.medical).toEqual({
      conditions: [],
    });
    expect(formToAssessment({}, TODAY).answers.medical).toBeUndefined();
    const back = assessmentToForm(
      { modelVersion: "1", asOf: TODAY, medical: { conditions: [] } },
      instruments,
    );
    expect(back["medical.conditions"]).toBe("none");
  });

  it("makes a valid assessment of a full intake and gets the same answers back", () => {
    const values = {
      asOf: TODAY,
      age: "34",
      sex: "female",
      "overdose.signsNow": "no",
      "mentalHealth.suicidalThoughts": "yes",
      "medical.medications": "buprenorphine,naloxone",
      "withdrawal.pawssScore": "5",
      "environment.housing": "unstable",
      [formKey.substance("alcohol", "frequency")]: "daily",
      [formKey.substance("alcohol", "lastUseHoursAgo")]: "10",
      [formKey.substance("opioids", "specific")]: "fentanyl",
      [formKey.treatment("outpatient", "outcome")]: "not-enough",
      [formKey.treatment("outpatient", "months")]: "6",
      [formKey.treatment("residential", "outcome")]: "had",
      [formKey.waitlist("residential")]: "14",
      "choice.reasonText": "Wants to keep working",
    };
    const body = formToAssessment(values, TODAY);
    const checked = validateAssessment(body.answers);
    expect(checked.ok).toBe(true);
    expect(body.answers.substances).toEqual([
      { substance: "alcohol", frequency: "daily", lastUseHoursAgo: 10 },
      { substance: "opioids", specific: "fentanyl" },
    ]);
    expect(body.answers.history?.treatments).toEqual([
      { level: "outpatient", outcome: "not-enough", endedMonthsAgo: 6 },
      { level: "residential" },
    ]);
    expect(body.layout.substances).toEqual(["alcohol", "opioids"]);
    expect(assessmentToForm(body.answers, instruments)).toEqual(values);
  });

  it("sends each scale's item answers for the server to score, and reads them back from the item scores", () => {
    const body = formToAssessment(
      { [formKey.scaleItem("ciwa-ar", "ciwa-ar.1")]: "4", [formKey.scaleItem("ciwa-ar", "ciwa-ar.2")]: "3" },
      TODAY,
    );
    expect(body.scaleAnswers).toEqual([
      { instrument: "ciwa-ar", answers: { "ciwa-ar.1": "4", "ciwa-ar.2": "3" } },
    ]);
    const stored: Assessment = {
      modelVersion: "1",
      asOf: TODAY,
      scales: [{ instrument: "phq-9", total: null, flags: [], itemScores: { "phq-9.1": 2, "phq-9.9": 1 } }],
    };
    const back = assessmentToForm(stored, instruments);
    expect(back[formKey.scaleItem("phq-9", "phq-9.1")]).toBe("more-than-half-the-days");
    expect(back[formKey.scaleItem("phq-9", "phq-9.9")]).toBe("several-days");
  });

  it("sends a number it cannot read as typed, so the server names the field", () => {
    expect(formToAssessment({ age: "thirty" }, TODAY).answers.age).toBe("thirty");
  });

  it("finds the input an API error names", () => {
    const layout = {
      substances: ["alcohol", "opioids"] as const,
      treatments: ["outpatient"] as const,
      scales: ["cows"] as const,
    };
    const find = (field: string) => formKeyForApiField(field, layout);
    expect(find("answers.age")).toBe("age");
    expect(find("answers.mentalHealth.suicidalThoughts")).toBe("mentalHealth.suicidalThoughts");
    expect(find("answers.substances[1].lastUseDaysAgo")).toBe(formKey.substance("opioids", "lastUseDaysAgo"));
    expect(find("answers.history.treatments[0].endedMonthsAgo")).toBe(
      formKey.treatment("outpatient", "months"),
    );
    expect(find("answers.medical.conditions[2]")).toBe("medical.conditions");
    expect(find("answers.access.waitlistDays.residential")).toBe(formKey.waitlist("residential"));
    expect(find("scaleAnswers[0].answers.cows.3")).toBe(formKey.scaleItem("cows", "cows.3"));
    expect(find("answers.asOf")).toBe("asOf");
    expect(find("something.else")).toBeUndefined();
  });

  it("points an unknown from a result at its question", () => {
    expect(formKeyForUnknown("withdrawal.history.seizures", {})).toBe("withdrawal.history.seizures");
    expect(formKeyForUnknown("scales.phq-9.item-9", {})).toBe(formKey.scaleItem("phq-9", "phq-9.9"));
    expect(
      formKeyForUnknown("substances.lastUse", { [formKey.substance("opioids", "frequency")]: "daily" }),
    ).toBe(formKey.substance("opioids", "lastUseDaysAgo"));
    expect(formKeyForUnknown("history.treatments", {})).toBe(formKey.noTreatment);
  });

  it("asks every field of the model once", () => {
    const keys = FORM_SECTIONS.flatMap((section) => section.fields.map((field) => field.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(FORM_SECTIONS[0]?.id).toBe("safety");
  });
});
