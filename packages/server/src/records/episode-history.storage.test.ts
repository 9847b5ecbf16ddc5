import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  acknowledgeEveryUrgentItem,
  alcoholAssessment,
  type Organization,
  organizationWithStaff,
} from "./testing/records-fixtures.js";

// The test clock starts at 2026-03-02T09:00Z, so "tomorrow" is 2026-03-03.
describe.each(storageTargets(inject("postgresUrl")))("an honest episode history on $dialect", (target) => {
  describe.skipIf(!target.available)("dates, decisions, corrections and voids", () => {
    let clinic: TestClinic;
    let staff: Organization;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      staff = await organizationWithStaff(clinic, "Honest History Clinic");
    });
    afterAll(async () => {
      await clinic?.close();
    });

    /** A client with an assessment and a decision for each level named. */
    async function clientWithDecisions(levels: readonly string[], birthDate: string | null = "1985-06-14") {
      const client = await expectStatus(
        staff.clinician.request("POST", "/api/clients", { name: "Robin Ayala", birthDate }),
        201,
      );
      const clientId = client.json().id as string;
      const assessment = await expectStatus(
        staff.clinician.request("POST", `/api/clients/${clientId}/assessments`, {
          answers: alcoholAssessment,
        }),
        201,
      );
      const decisions: Record<string, string> = {};
      for (const level of levels) {
        const decided = await expectStatus(
          staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
            assessmentId: assessment.json().id,
            chosenLevel: level,
            ...(level === assessment.json().recommendedLevel
              ? {}
              : { reason: "provider-judgment", reasonText: "Clinical judgment after review." }),
            safetyAcknowledgements: acknowledgeEveryUrgentItem(assessment.json()),
          }),
          201,
        );
        decisions[level] = decided.json().id as string;
      }
      return { clientId, decisions };
    }

    it("refuses impossible dates: future birth dates and events, age over 120, an event before birth or before the last event", async () => {
      const unborn = await staff.clinician.request("POST", "/api/clients", {
        name: "Not Yet",
        birthDate: "2030-01-01",
      });
      expect(unborn.statusCode).toBe(422);
      expect(unborn.json().errors[0].field).toBe("birthDate");
      const tooOld = await staff.clinician.request("POST", "/api/clients", {
        name: "Very Old",
        birthDate: "1899-01-01",
      });
      expect(tooOld.json().errors[0].field).toBe("birthDate");

      const { clientId, decisions } = await clientWithDecisions(["outpatient"], "2026-02-01");
      const futureAssessment = await staff.clinician.request("POST", `/api/clients/${clientId}/assessments`, {
        answers: { ...alcoholAssessment, asOf: "2031-01-01" },
      });
      expect(futureAssessment.statusCode).toBe(422);
      expect(futureAssessment.json().errors[0].field).toBe("answers.asOf");
      const beforeBirth = await staff.clinician.request("POST", `/api/clients/${clientId}/episodes`, {
        level: "outpatient",
        admittedOn: "2026-01-15",
        decisionId: decisions.outpatient,
      });
      expect(beforeBirth.statusCode).toBe(422);
      expect(beforeBirth.json().errors[0]).toEqual({
        field: "admittedOn",
        message: expect.stringContaining("2026-02-01"),
      });
      const dayAfterTomorrow = await staff.clinician.request("POST", `/api/clients/${clientId}/episodes`, {
        level: "outpatient",
        admittedOn: "2026-03-04",
        decisionId: decisions.outpatient,
      });
      expect(dayAfterTomorrow.statusCode).toBe(422);
      expect(dayAfterTomorrow.json().errors[0].field).toBe("admittedOn");
      // Tomorrow is within the documented skew of one day.
      await expectStatus(
        staff.clinician.request("POST", `/api/clients/${clientId}/episodes`, {
          level: "outpatient",
          admittedOn: "2026-03-03",
          decisionId: decisions.outpatient,
        }),
        201,
      );
    });

    it("refuses a move without a decision for the new level, takes an emergency reason, and never moves on a future date", async () => {
      const { clientId, decisions } = await clientWithDecisions(["outpatient", "partial-hospitalization"]);
      const admitted = await expectStatus(
        staff.clinician.request("POST", `/api/clients/${clientId}/episodes`, {
          level: "outpatient",
          admittedOn: "2026-02-20",
          decisionId: decisions.outpatient,
        }),
        201,
      );
      const url = `/api/episodes/${admitted.json().id}/transfers`;
      const etag = { "if-match": String(admitted.headers.etag) };
      const noDecision = await staff.clinician.request(
        "POST",
        url,
        { toLevel: "residential", on: "2026-03-01" },
        etag,
      );
      expect(noDecision.statusCode).toBe(422);
      expect(noDecision.json().errors[0].field).toBe("decisionId");
      const wrongDecision = await staff.clinician.request(
        "POST",
        url,
        { toLevel: "partial-hospitalization", on: "2026-03-01", decisionId: decisions.outpatient },
        etag,
      );
      expect(wrongDecision.statusCode).toBe(422);
      expect(wrongDecision.json().errors[0]).toEqual({
        field: "decisionId",
        message: expect.stringContaining("outpatient"),
      });
      const tomorrowPlus = await staff.clinician.request(
        "POST",
        url,
        {
          toLevel: "partial-hospitalization",
          on: "2026-03-09",
          decisionId: decisions["partial-hospitalization"],
        },
        etag,
      );
      expect(tomorrowPlus.statusCode).toBe(422);
      expect(tomorrowPlus.json().errors[0].field).toBe("on");
      const unchanged = await expectStatus(
        staff.clinician.request("GET", `/api/episodes/${admitted.json().id}`),
        200,
      );
      expect(unchanged.json().currentLevel).toBe("outpatient");

      const emergency = await expectStatus(
        staff.clinician.request(
          "POST",
          url,
          {
            toLevel: "medically-managed-inpatient",
            on: "2026-03-01",
            emergencyReason: "Seizure in group; sent by ambulance to the hospital.",
          },
          etag,
        ),
        200,
      );
      expect(emergency.json()).toMatchObject({ currentLevel: "medically-managed-inpatient" });
      expect(emergency.json().events[1]).toMatchObject({
        direction: "step-up",
        decisionId: null,
        emergencyReason: "Seizure in group; sent by ambulance to the hospital.",
      });
    });

    it("corrects and voids events with a reason, keeps the originals visible, and derives the current level again", async () => {
      const { clientId, decisions } = await clientWithDecisions([
        "outpatient",
        "intensive-outpatient",
        "partial-hospitalization",
      ]);
      const admitted = await expectStatus(
        staff.clinician.request("POST", `/api/clients/${clientId}/episodes`, {
          level: "outpatient",
          admittedOn: "2026-02-10",
          decisionId: decisions.outpatient,
        }),
        201,
      );
      const episodeUrl = `/api/episodes/${admitted.json().id}`;
      const moved = await expectStatus(
        staff.clinician.request(
          "POST",
          `${episodeUrl}/transfers`,
          {
            toLevel: "partial-hospitalization",
            on: "2026-02-20",
            decisionId: decisions["partial-hospitalization"],
          },
          { "if-match": String(admitted.headers.etag) },
        ),
        200,
      );
      const transferId = moved.json().events[1].id as string;

      // The move was to intensive outpatient, on another day: correct it.
      const noReason = await staff.clinician.request(
        "POST",
        `${episodeUrl}/events/${transferId}/corrections`,
        { toLevel: "intensive-outpatient", decisionId: decisions["intensive-outpatient"] },
        { "if-match": String(moved.headers.etag) },
      );
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0].field).toBe("reason");
      const backwards = await staff.clinician.request(
        "POST",
        `${episodeUrl}/events/${transferId}/corrections`,
        { reason: "Wrong date.", on: "2026-02-01" },
        { "if-match": String(moved.headers.etag) },
      );
      expect(backwards.statusCode).toBe(422);
      expect(backwards.json().errors[0].field).toBe("on");
      const corrected = await expectStatus(
        staff.clinician.request(
          "POST",
          `${episodeUrl}/events/${transferId}/corrections`,
          {
            reason: "Entered the wrong program; the client moved to IOP.",
            toLevel: "intensive-outpatient",
            decisionId: decisions["intensive-outpatient"],
            on: "2026-02-21",
          },
          { "if-match": String(moved.headers.etag) },
        ),
        200,
      );
      expect(corrected.json().currentLevel).toBe("intensive-outpatient");
      expect(corrected.json().events[1]).toMatchObject({
        status: "corrected",
        toLevel: "intensive-outpatient",
        on: "2026-02-21",
        original: { toLevel: "partial-hospitalization", on: "2026-02-20" },
        amendments: [
          expect.objectContaining({
            kind: "correction",
            reason: "Entered the wrong program; the client moved to IOP.",
          }),
        ],
      });

      // A discharge entered on the wrong client: void it, and the episode is open again.
      const discharged = await expectStatus(
        staff.clinician.request(
          "POST",
          `${episodeUrl}/discharge`,
          { on: "2026-03-01", reason: "plan-completed" },
          { "if-match": String(corrected.headers.etag) },
        ),
        200,
      );
      const dischargeId = discharged.json().events[2].id as string;
      const voided = await expectStatus(
        staff.clinician.request(
          "POST",
          `${episodeUrl}/events/${dischargeId}/void`,
          { reason: "Discharge recorded on the wrong client." },
          { "if-match": String(discharged.headers.etag) },
        ),
        200,
      );
      expect(voided.json()).toMatchObject({
        status: "open",
        currentLevel: "intensive-outpatient",
        dischargedOn: null,
      });
      expect(voided.json().events.map((event: { status: string }) => event.status)).toEqual([
        "in-effect",
        "corrected",
        "voided",
      ]);
      // Voiding the move leaves the client at the admission's level; the admission alone cannot be voided while others stand.
      const admissionId = voided.json().events[0].id as string;
      const admissionVoid = await staff.clinician.request(
        "POST",
        `${episodeUrl}/events/${admissionId}/void`,
        { reason: "Trying." },
        { "if-match": String(voided.headers.etag) },
      );
      expect(admissionVoid.statusCode).toBe(422);
      const moveVoided = await expectStatus(
        staff.clinician.request(
          "POST",
          `${episodeUrl}/events/${transferId}/void`,
          { reason: "The move did not happen." },
          { "if-match": String(voided.headers.etag) },
        ),
        200,
      );
      expect(moveVoided.json().currentLevel).toBe("outpatient");
      const again = await staff.clinician.request(
        "POST",
        `${episodeUrl}/events/${transferId}/void`,
        { reason: "Twice." },
        { "if-match": String(moveVoided.headers.etag) },
      );
      expect(again.statusCode).toBe(409);

      // Nothing was rewritten: every event and amendment row is still there, and the database refuses edits.
      const rows = await clinic.opened.database.kysely
        .selectFrom("care_episode_events")
        .select(["kind", "to_level", "occurred_on"])
        .where("episode_id", "=", admitted.json().id)
        .orderBy("sequence")
        .execute();
      expect(rows).toEqual([
        { kind: "admission", to_level: "outpatient", occurred_on: "2026-02-10" },
        { kind: "transfer", to_level: "partial-hospitalization", occurred_on: "2026-02-20" },
        { kind: "discharge", to_level: null, occurred_on: "2026-03-01" },
      ]);
      await expect(
        clinic.opened.database.kysely
          .deleteFrom("care_episode_event_amendments")
          .where("episode_id", "=", admitted.json().id)
          .execute(),
      ).rejects.toThrow(/never changed/);
      const audit = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select("action")
        .where("record_id", "=", admitted.json().id)
        .where("action", "like", "episode.event-%")
        .execute();
      expect(audit.map((row) => row.action).sort()).toEqual([
        "episode.event-correct",
        "episode.event-void",
        "episode.event-void",
      ]);
    });
  });
});
