import type { Assessment } from "@stepwise/engine";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  acknowledgeEveryUrgentItem,
  alcoholAssessment,
  type Organization,
  organizationWithStaff,
} from "./testing/records-fixtures.js";

/**
 * Three weeks into live-in care: withdrawal is over (CIWA-Ar 1), no use since admission, goals met,
 * and the person can stay abstinent at home. The answers do not say where the person is now; the
 * open episode does.
 */
const readyToStepDown: Assessment = {
  ...alcoholAssessment,
  asOf: "2026-03-02",
  useDisorder: "moderate",
  substances: [
    {
      substance: "alcohol",
      frequency: "not-in-past-3-months",
      amount: "light",
      lastUseDaysAgo: 21,
      useDisorder: "moderate",
    },
  ],
  withdrawal: {
    over: true,
    signsNow: "none",
    seizureOrConfusionNow: false,
    history: { seizures: false, delirium: false },
  },
  overdose: { signsNow: false, pastYear: false, ever: false },
  mentalHealth: { ...alcoholAssessment.mentalHealth, dangerToSelfOrOthers: false },
  history: {
    canStayAbstinentAtHome: true,
    cravings: "none",
    copingSkills: "good",
    treatments: [],
    returnsToUseAfterTreatment: 0,
  },
  currentTreatment: { goalsMet: true },
};

describe.each(storageTargets(inject("postgresUrl")))("reassessments on $dialect", (target) => {
  describe.skipIf(!target.available)("a reassessment carries its transition", () => {
    let clinic: TestClinic;
    let staff: Organization;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      staff = await organizationWithStaff(clinic, "Reassessment Clinic");
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("stores a step-down with its plan when a reassessment finds the needs have eased, and compares the two", async () => {
      const clinician = staff.clinician;
      const client = await expectStatus(
        clinician.request("POST", "/api/clients", { name: "Sam Ortiz" }),
        201,
      );
      const clientId = client.json().id as string;
      const first = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/assessments`, {
          answers: { ...alcoholAssessment, asOf: "2026-02-09" },
        }),
        201,
      );
      expect(first.json().transition).toBeNull();
      expect(first.json().recommendedLevel).toBe("residential");
      const decision = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/decisions`, {
          assessmentId: first.json().id,
          chosenLevel: "residential",
          safetyAcknowledgements: acknowledgeEveryUrgentItem(first.json(), "withdrawal-care-arranged"),
        }),
        201,
      );
      await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/episodes`, {
          level: "residential",
          admittedOn: "2026-02-09",
          decisionId: decision.json().id,
        }),
        201,
      );

      clinic.clock.advanceMinutes(5);
      const second = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/assessments`, {
          answers: readyToStepDown,
          scaleAnswers: [
            {
              instrument: "ciwa-ar",
              answers: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0, 10: 0 },
            },
          ],
        }),
        201,
      );
      expect(second.json().previousAssessmentId).toBe(first.json().id);
      expect(second.json().transition).toMatchObject({
        kind: "step-down",
        from: "residential",
        to: second.json().recommendedLevel,
        stepDownPlan: {
          nextLevel: second.json().recommendedLevel,
          firstAppointmentWithinDays: 7,
          firstAppointmentBy: "2026-03-09",
        },
        continuingCarePlan: { months: { minimum: 3, maximum: 12 } },
      });
      const read = await expectStatus(clinician.request("GET", `/api/assessments/${second.json().id}`), 200);
      expect(read.json().transition).toEqual(second.json().transition);

      const compared = await expectStatus(
        staff.reviewer.request("GET", `/api/clients/${clientId}/assessments/compare`),
        200,
      );
      expect(compared.json()).toMatchObject({
        from: { id: first.json().id, recommendedLevel: "residential" },
        to: { id: second.json().id },
        level: { from: "residential", change: "less-care" },
        scales: [{ instrument: "ciwa-ar", from: null, to: 1, change: null }],
      });
      const withdrawal = compared
        .json()
        .dimensions.find((entry: { dimension: string }) => entry.dimension === "withdrawal");
      expect(withdrawal.to).toBeLessThan(withdrawal.from);
      const explicit = await expectStatus(
        clinician.request(
          "GET",
          `/api/clients/${clientId}/assessments/compare?from=${second.json().id}&to=${first.json().id}`,
        ),
        200,
      );
      expect(explicit.json().level.change).toBe("more-care");
      const unknown = await clinician.request(
        "GET",
        `/api/clients/${clientId}/assessments/compare?from=6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c009`,
      );
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors[0].field).toBe("from");
      const extra = await clinician.request("GET", `/api/clients/${clientId}/assessments/compare?since=1`);
      expect(extra.statusCode).toBe(400);
    });

    it("gives a first assessment no transition, and an assessment during an open episode a transition from its level", async () => {
      const clinician = staff.clinician;
      const client = await expectStatus(clinician.request("POST", "/api/clients", { name: "Lee Park" }), 201);
      const clientId = client.json().id as string;
      await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/episodes`, {
          level: "outpatient",
          admittedOn: "2026-02-01",
          emergencyReason: "Admitted before this clinic used Stepwise.",
        }),
        201,
      );
      const during = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/assessments`, { answers: alcoholAssessment }),
        201,
      );
      expect(during.json().previousAssessmentId).toBeNull();
      expect(during.json().transition).toMatchObject({
        kind: "step-up",
        from: "outpatient",
        to: "residential",
      });
    });
  });
});
