import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  acknowledgeEveryUrgentItem,
  alcoholAssessment,
  type Organization,
  organizationWithStaff,
} from "./testing/records-fixtures.js";

interface Row {
  readonly name: string;
  readonly caseload: Record<string, unknown>;
}

describe.each(storageTargets(inject("postgresUrl")))("the caseload list on $dialect", (target) => {
  describe.skipIf(!target.available)("summaries and overdue first", () => {
    let clinic: TestClinic;
    let staff: Organization;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      staff = await organizationWithStaff(clinic, "Caseload Clinic");
      const clinician = staff.clinician;
      const create = async (name: string) =>
        (await expectStatus(clinician.request("POST", "/api/clients", { name }), 201)).json().id as string;
      await create("Ada Nobody");
      const waitingId = await create("Ben Waiting");
      await expectStatus(
        clinician.request("POST", `/api/clients/${waitingId}/assessments`, { answers: alcoholAssessment }),
        201,
      );
      for (const [name, level, admittedOn] of [
        ["Cy Later", "outpatient", "2026-03-01"],
        ["Di Overdue", "residential", "2026-02-01"],
      ] as const) {
        const id = await create(name);
        const assessment = await expectStatus(
          clinician.request("POST", `/api/clients/${id}/assessments`, { answers: alcoholAssessment }),
          201,
        );
        const decision = await expectStatus(
          clinician.request("POST", `/api/clients/${id}/decisions`, {
            assessmentId: assessment.json().id,
            chosenLevel: level,
            reason: "client-preference",
            reasonText: "Chosen with the client.",
            safetyAcknowledgements: acknowledgeEveryUrgentItem(assessment.json()),
          }),
          201,
        );
        await expectStatus(
          clinician.request("POST", `/api/clients/${id}/episodes`, {
            level,
            admittedOn,
            decisionId: decision.json().id,
          }),
          201,
        );
      }
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("gives each client its open episode, level now, reassessment date, latest assessment and urgent items still open", async () => {
      const page = await expectStatus(staff.reviewer.request("GET", "/api/clients?limit=10"), 200);
      const byName = new Map((page.json().items as Row[]).map((row) => [row.name, row.caseload]));
      expect(byName.get("Ada Nobody")).toEqual({
        openEpisodeId: null,
        currentLevel: null,
        reassessmentDueOn: null,
        lastAssessmentId: null,
        lastAssessmentOn: null,
        urgentItemsOpen: 0,
      });
      // No decision yet: the assessment's urgent items are still open.
      expect(byName.get("Ben Waiting")).toMatchObject({
        openEpisodeId: null,
        lastAssessmentOn: "2026-03-02",
      });
      expect(byName.get("Ben Waiting")?.urgentItemsOpen).toBeGreaterThan(0);
      expect(byName.get("Di Overdue")).toMatchObject({
        currentLevel: "residential",
        reassessmentDueOn: "2026-02-15",
        urgentItemsOpen: 0,
        openEpisodeId: expect.any(String),
      });
    });

    it("puts the earliest reassessment first, clients without an open episode last, page after page", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? "" : `&cursor=${cursor}`;
        const page = await expectStatus(
          staff.clinician.request("GET", `/api/clients?sort=reassessment-due&limit=1${query}`),
          200,
        );
        seen.push(...(page.json().items as Row[]).map((row) => row.name));
        cursor = page.json().nextCursor;
      } while (cursor !== null);
      expect(seen.slice(0, 2)).toEqual(["Di Overdue", "Cy Later"]);
      expect(seen.slice(2).sort()).toEqual(["Ada Nobody", "Ben Waiting"]);
      const bad = await staff.clinician.request("GET", "/api/clients?sort=due");
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe("sort");
    });
  });
});
