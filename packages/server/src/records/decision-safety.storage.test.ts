import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  alcoholAssessment,
  crisisAssessment,
  type Organization,
  organizationWithStaff,
} from "./testing/records-fixtures.js";

describe.each(storageTargets(inject("postgresUrl")))(
  "decisions and the safety gate on $dialect",
  (target) => {
    describe.skipIf(!target.available)("a decision on an assessment with urgent items", () => {
      let clinic: TestClinic;
      let staff: Organization;
      beforeAll(async () => {
        clinic = await openTestClinic(target);
        staff = await organizationWithStaff(clinic, "Safety Gate Clinic");
      });
      afterAll(async () => {
        await clinic?.close();
      });

      async function assessed(answers: unknown) {
        const client = await expectStatus(
          staff.clinician.request("POST", "/api/clients", { name: "Dana Cruz" }),
          201,
        );
        const assessment = await expectStatus(
          staff.clinician.request("POST", `/api/clients/${client.json().id}/assessments`, { answers }),
          201,
        );
        return { clientId: client.json().id as string, assessment: assessment.json() };
      }

      it("refuses an outpatient choice for a person with a suicide plan until each urgent item is acknowledged and the override is explained in words", async () => {
        const { clientId, assessment } = await assessed(crisisAssessment);
        const urgent = assessment.result.urgent as { tier: string; ruleId: string }[];
        expect(urgent.map((item) => item.tier)).toContain("crisis");

        const refused = await staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
          assessmentId: assessment.id,
          chosenLevel: "outpatient",
          reason: "client-preference",
        });
        expect(refused.statusCode).toBe(422);
        expect(refused.headers["content-type"]).toContain("application/problem+json");
        const fields = refused.json().errors.map((error: { field: string }) => error.field);
        expect(fields).toContain("reasonText");
        expect(fields.filter((field: string) => field === "safetyAcknowledgements")).toHaveLength(
          urgent.length,
        );
        expect(
          refused
            .json()
            .errors.map((error: { message: string }) => error.message)
            .join(" "),
        ).toContain("safety-suicidal-intent-or-plan");

        // Choosing the recommended level does not answer the crisis either.
        const followed = await staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
          assessmentId: assessment.id,
          chosenLevel: assessment.recommendedLevel,
        });
        expect(followed.statusCode).toBe(422);
        expect(followed.json().errors[0].field).toBe("safetyAcknowledgements");

        // `other` needs words; an item the assessment does not list is refused.
        const partial = await staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
          assessmentId: assessment.id,
          chosenLevel: assessment.recommendedLevel,
          safetyAcknowledgements: [
            ...urgent.map((item) => ({ ruleId: item.ruleId, code: "other" })),
            { ruleId: "safety-overdose-now", code: "sent-to-emergency" },
          ],
        });
        expect(partial.statusCode).toBe(422);
        expect(partial.json().errors.map((error: { field: string }) => error.field)).toEqual([
          ...urgent.map((_item, index) => `safetyAcknowledgements[${index}].text`),
          `safetyAcknowledgements[${urgent.length}].ruleId`,
        ]);

        const accepted = await expectStatus(
          staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
            assessmentId: assessment.id,
            chosenLevel: "outpatient",
            reason: "client-preference",
            reasonText: "Declined hospital care after counselling; daily check-ins agreed.",
            safetyAcknowledgements: urgent.map((item) =>
              item.tier === "crisis"
                ? {
                    ruleId: item.ruleId,
                    code: "declined-after-counselling",
                    text: "Safety plan written with 988.",
                  }
                : { ruleId: item.ruleId, code: "medical-review-arranged" },
            ),
          }),
          201,
        );
        const stored = await expectStatus(
          staff.reviewer.request("GET", `/api/decisions/${accepted.json().id}`),
          200,
        );
        expect(stored.json()).toMatchObject({
          chosenLevel: "outpatient",
          reason: "client-preference",
          reasonText: "Declined hospital care after counselling; daily check-ins agreed.",
        });
        expect(stored.json().safetyAcknowledgements).toEqual(
          urgent.map((item) =>
            expect.objectContaining({
              ruleId: item.ruleId,
              tier: item.tier,
              code: item.tier === "crisis" ? "declined-after-counselling" : "medical-review-arranged",
            }),
          ),
        );
      });

      it("holds a decision on an assessment with an unasked question until it is answered in a new version or acknowledged", async () => {
        const unasked = {
          ...alcoholAssessment,
          mentalHealth: {
            ...alcoholAssessment.mentalHealth,
            suicidalThoughts: null,
            suicidalIntentOrPlan: null,
          },
        };
        const { clientId, assessment } = await assessed(unasked);
        const askNow = (assessment.result.urgent as { tier: string; ruleId: string }[]).find(
          (item) => item.tier === "ask-now",
        );
        expect(askNow).toBeDefined();
        const others = (assessment.result.urgent as { tier: string; ruleId: string }[])
          .filter((item) => item.tier !== "ask-now")
          .map((item) => ({ ruleId: item.ruleId, code: "withdrawal-care-arranged" }));
        const refused = await staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
          assessmentId: assessment.id,
          chosenLevel: assessment.recommendedLevel,
          safetyAcknowledgements: others,
        });
        expect(refused.statusCode).toBe(422);
        expect(refused.json().errors).toEqual([
          { field: "safetyAcknowledgements", message: expect.stringContaining(askNow?.ruleId ?? "?") },
        ]);

        // The answer, in a corrected version: the item is gone and the decision follows the new version.
        const read = await expectStatus(
          staff.clinician.request("GET", `/api/assessments/${assessment.id}`),
          200,
        );
        const corrected = await expectStatus(
          staff.clinician.request(
            "POST",
            `/api/assessments/${assessment.id}/corrections`,
            { answers: alcoholAssessment, correctionNote: "Asked about suicidal thoughts: none." },
            { "if-match": String(read.headers.etag) },
          ),
          201,
        );
        const stillUrgent = corrected.json().result.urgent as { tier: string; ruleId: string }[];
        expect(stillUrgent.map((item) => item.ruleId)).not.toContain(askNow?.ruleId);
        await expectStatus(
          staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
            assessmentId: corrected.json().id,
            chosenLevel: corrected.json().recommendedLevel,
            safetyAcknowledgements: stillUrgent.map((item) => ({
              ruleId: item.ruleId,
              code: "withdrawal-care-arranged",
            })),
          }),
          201,
        );
      });

      it("needs words for a level above the recommendation only when the reason is 'other'", async () => {
        const { clientId, assessment } = await assessed(alcoholAssessment);
        const acknowledgements = (assessment.result.urgent as { ruleId: string }[]).map((item) => ({
          ruleId: item.ruleId,
          code: "medical-review-arranged",
        }));
        await expectStatus(
          staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
            assessmentId: assessment.id,
            chosenLevel: "medically-managed-inpatient",
            reason: "provider-judgment",
            safetyAcknowledgements: acknowledgements,
          }),
          201,
        );
        const below = await staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
          assessmentId: assessment.id,
          chosenLevel: "early-intervention",
          reason: "waitlist",
          safetyAcknowledgements: acknowledgements,
        });
        expect(below.statusCode).toBe(422);
        expect(below.json().errors).toEqual([{ field: "reasonText", message: expect.any(String) }]);
      });
    });
  },
);
