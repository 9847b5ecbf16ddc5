import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  acknowledgeEveryUrgentItem,
  alcoholAssessment,
  type Organization,
  organizationWithStaff,
  phq9Answers,
} from "./testing/records-fixtures.js";

describe.each(storageTargets(inject("postgresUrl")))("clinical records on $dialect", (target) => {
  describe.skipIf(!target.available)("a clinician's whole path with one client", () => {
    let clinic: TestClinic;
    let riverside: Organization;
    let hillcrest: Organization;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      riverside = await organizationWithStaff(clinic, "Riverside Recovery");
      hillcrest = await organizationWithStaff(clinic, "Hillcrest Health");
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("creates a client, assesses, overrides with a reason, admits, steps down, discharges, consents and discloses — unseen by another organization", async () => {
      const clinician = riverside.clinician;
      const created = await expectStatus(
        clinician.request("POST", "/api/clients", {
          name: "Jordan Lee",
          birthDate: "1985-06-14",
          recordNumber: "R-1001",
        }),
        201,
      );
      const clientId = created.json().id as string;
      expect(created.headers.etag).toBe('"v1"');

      // Record an assessment with a scale scored on the server.
      const assessed = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/assessments`, {
          answers: alcoholAssessment,
          scaleAnswers: [phq9Answers],
        }),
        201,
      );
      const assessment = assessed.json();
      expect(assessment.rulesetVersion).toEqual(expect.any(String));
      expect(assessment.result.level).toBe(assessment.recommendedLevel);
      expect(assessment.answers.scales).toEqual([expect.objectContaining({ instrument: "phq-9", total: 2 })]);
      const recommended = assessment.recommendedLevel as string;
      const lower = recommended === "outpatient" ? "early-intervention" : "outpatient";

      // An override without a reason is refused, naming the field.
      const refused = await clinician.request("POST", `/api/clients/${clientId}/decisions`, {
        assessmentId: assessment.id,
        chosenLevel: lower,
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.headers["content-type"]).toContain("application/problem+json");
      expect(refused.json().errors).toEqual(
        expect.arrayContaining([{ field: "reason", message: expect.stringContaining(recommended) }]),
      );
      const otherWithoutWords = await clinician.request("POST", `/api/clients/${clientId}/decisions`, {
        assessmentId: assessment.id,
        chosenLevel: lower,
        reason: "other",
        safetyAcknowledgements: acknowledgeEveryUrgentItem(assessment),
      });
      expect(otherWithoutWords.json().errors[0].field).toBe("reasonText");

      const decided = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/decisions`, {
          assessmentId: assessment.id,
          chosenLevel: lower,
          availableLevels: [lower, "intensive-outpatient"],
          reason: "waitlist",
          reasonText: "Residential beds are full this week.",
          safetyAcknowledgements: acknowledgeEveryUrgentItem(assessment),
        }),
        201,
      );
      expect(decided.json()).toMatchObject({
        recommendedLevel: recommended,
        chosenLevel: lower,
        differs: true,
        reason: "waitlist",
      });

      // Admit at the chosen level, step down on a second decision, discharge.
      const admitted = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/episodes`, {
          level: lower,
          admittedOn: "2026-03-01",
          decisionId: decided.json().id,
        }),
        201,
      );
      const episodeId = admitted.json().id as string;
      const secondAdmission = await clinician.request("POST", `/api/clients/${clientId}/episodes`, {
        level: lower,
        admittedOn: "2026-03-02",
        decisionId: decided.json().id,
      });
      expect(secondAdmission.statusCode).toBe(409);
      const stepDownDecision = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/decisions`, {
          assessmentId: assessment.id,
          chosenLevel: "early-intervention",
          reason: "provider-judgment",
          reasonText: "Withdrawal is over and the client is stable; check-ins agreed.",
          safetyAcknowledgements: acknowledgeEveryUrgentItem(assessment),
        }),
        201,
      );
      const noTag = await clinician.request("POST", `/api/episodes/${episodeId}/transfers`, {
        toLevel: "early-intervention",
        on: "2026-03-02",
        decisionId: stepDownDecision.json().id,
      });
      expect(noTag.statusCode).toBe(428);
      const steppedDown = await expectStatus(
        clinician.request(
          "POST",
          `/api/episodes/${episodeId}/transfers`,
          { toLevel: "early-intervention", on: "2026-03-02", decisionId: stepDownDecision.json().id },
          { "if-match": String(admitted.headers.etag) },
        ),
        200,
      );
      expect(steppedDown.json().events.map((event: { direction: string | null }) => event.direction)).toEqual(
        [null, "step-down"],
      );
      const backdated = await clinician.request(
        "POST",
        `/api/episodes/${episodeId}/discharge`,
        { on: "2026-03-01", reason: "to-continuing-care" },
        { "if-match": String(steppedDown.headers.etag) },
      );
      expect(backdated.statusCode).toBe(422);
      expect(backdated.json().errors).toEqual([
        { field: "on", message: expect.stringContaining("2026-03-02") },
      ]);
      const stale = await clinician.request(
        "POST",
        `/api/episodes/${episodeId}/discharge`,
        { on: "2026-03-03", reason: "to-continuing-care" },
        { "if-match": String(admitted.headers.etag) },
      );
      expect(stale.statusCode).toBe(412);
      const discharged = await expectStatus(
        clinician.request(
          "POST",
          `/api/episodes/${episodeId}/discharge`,
          { on: "2026-03-03", reason: "to-continuing-care" },
          { "if-match": String(steppedDown.headers.etag) },
        ),
        200,
      );
      expect(discharged.json()).toMatchObject({
        status: "closed",
        currentLevel: "early-intervention",
        dischargedOn: "2026-03-03",
      });
      expect(discharged.json().events.map((event: { kind: string }) => event.kind)).toEqual([
        "admission",
        "transfer",
        "discharge",
      ]);

      // Consent, a refused disclosure, a disclosure, and the accounting of disclosures.
      const consent = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/consents`, {
          recipientName: "Dr. Sam Okafor, Riverside Primary Care",
          information: ["identifiers", "decisions", "episodes"],
          purpose: "treatment",
          signedOn: "2026-03-02",
          expiresOn: "2027-03-01",
          signedBy: "Jordan Lee",
        }),
        201,
      );
      const consentId = consent.json().id as string;
      const notCovered = await clinician.request("POST", `/api/clients/${clientId}/disclosures`, {
        consentId,
        information: ["assessments"],
        purpose: "treatment",
      });
      expect(notCovered.statusCode).toBe(403);
      expect(notCovered.json().errors[0].field).toBe("information");
      const disclosed = await expectStatus(
        clinician.request("POST", `/api/clients/${clientId}/disclosures`, {
          consentId,
          information: ["identifiers", "episodes"],
          purpose: "treatment",
        }),
        201,
      );
      expect(disclosed.json().notice).toContain("42 CFR part 2 prohibits unauthorized use or disclosure");
      expect(disclosed.json().records.client.name).toBe("Jordan Lee");
      expect(disclosed.json().records.episodes).toHaveLength(1);
      expect(disclosed.json().records.decisions).toBeUndefined();

      const revoked = await expectStatus(
        clinician.request(
          "POST",
          `/api/consents/${consentId}/revocation`,
          { reason: "Changed doctors." },
          {
            "if-match": String(consent.headers.etag),
          },
        ),
        200,
      );
      expect(revoked.json().status).toBe("revoked");
      const afterRevocation = await clinician.request("POST", `/api/clients/${clientId}/disclosures`, {
        consentId,
        information: ["identifiers"],
        purpose: "treatment",
      });
      expect(afterRevocation.statusCode).toBe(403);
      expect(afterRevocation.json().errors[0].field).toBe("consentId");

      const accounting = await expectStatus(
        riverside.reviewer.request("GET", `/api/clients/${clientId}/disclosures`),
        200,
      );
      expect(accounting.json().items).toEqual([
        expect.objectContaining({
          recipientName: "Dr. Sam Okafor, Riverside Primary Care",
          information: ["identifiers", "episodes"],
          purpose: "treatment",
        }),
      ]);

      // The other organization's clinician sees none of it.
      const theirs = await expectStatus(hillcrest.clinician.request("GET", "/api/clients"), 200);
      expect(theirs.json().items).toEqual([]);
      for (const url of [
        `/api/clients/${clientId}`,
        `/api/clients/${clientId}/assessments`,
        `/api/assessments/${assessment.id}`,
        `/api/decisions/${decided.json().id}`,
        `/api/episodes/${episodeId}`,
        `/api/consents/${consentId}`,
        `/api/clients/${clientId}/disclosures`,
      ]) {
        expect((await hillcrest.clinician.request("GET", url)).statusCode, url).toBe(404);
      }
    });

    it("keeps an assessment as it was and stores a correction as a new version linked to it", async () => {
      const clinician = riverside.clinician;
      const client = await expectStatus(
        clinician.request("POST", "/api/clients", { name: "Casey Moreno" }),
        201,
      );
      const first = await expectStatus(
        clinician.request("POST", `/api/clients/${client.json().id}/assessments`, {
          answers: alcoholAssessment,
        }),
        201,
      );
      const corrected = { ...alcoholAssessment, age: 42 };
      const missingTag = await clinician.request("POST", `/api/assessments/${first.json().id}/corrections`, {
        answers: corrected,
        correctionNote: "Age was entered wrong.",
      });
      expect(missingTag.statusCode).toBe(428);
      const second = await expectStatus(
        clinician.request(
          "POST",
          `/api/assessments/${first.json().id}/corrections`,
          { answers: corrected, correctionNote: "Age was entered wrong." },
          { "if-match": String(first.headers.etag) },
        ),
        201,
      );
      expect(second.json().supersedesId).toBe(first.json().id);
      const again = await clinician.request(
        "POST",
        `/api/assessments/${first.json().id}/corrections`,
        { answers: corrected, correctionNote: "A second try." },
        { "if-match": String(first.headers.etag) },
      );
      expect(again.statusCode).toBe(412);

      const original = await expectStatus(
        clinician.request("GET", `/api/assessments/${first.json().id}`),
        200,
      );
      expect(original.json().answers.age).toBe(41);
      expect(original.json().supersededById).toBe(second.json().id);
      const decisionOnOld = await clinician.request("POST", `/api/clients/${client.json().id}/decisions`, {
        assessmentId: first.json().id,
        chosenLevel: first.json().recommendedLevel,
        safetyAcknowledgements: acknowledgeEveryUrgentItem(first.json()),
      });
      expect(decisionOnOld.statusCode).toBe(409);
      // The database itself refuses to edit a stored assessment.
      await expect(
        clinic.opened.database.kysely
          .updateTable("assessments")
          .set({ as_of: "2020-01-01" })
          .where("id", "=", first.json().id)
          .execute(),
      ).rejects.toThrow(/never changed/);
    });

    it("pages a list with an opaque cursor in a stable order, and refuses a made-up cursor", async () => {
      const clinician = hillcrest.clinician;
      const names = ["Ana", "Ben", "Chen", "Dara", "Eli"];
      for (const name of names) await expectStatus(clinician.request("POST", "/api/clients", { name }), 201);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? "?limit=2" : `?limit=2&cursor=${cursor}`;
        const page = await expectStatus(clinician.request("GET", `/api/clients${query}`), 200);
        seen.push(...page.json().items.map((item: { name: string }) => item.name));
        cursor = page.json().nextCursor;
      } while (cursor !== null);
      expect([...seen].sort()).toEqual(names);
      const bad = await clinician.request("GET", "/api/clients?cursor=not-a-cursor");
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe("cursor");
      const tooMany = await clinician.request("GET", "/api/clients?limit=5000");
      expect(tooMany.json().errors[0].field).toBe("limit");
    });

    it("pages any list size with any limit: every client once, in (time, id) order, even while clients are added", async () => {
      const staff = await organizationWithStaff(clinic, "Paging Partners");
      const clinician = staff.clinician;
      // Some clients share a creation time, so the id must break the tie.
      for (const [index, name] of ["Ava", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy"].entries()) {
        if (index % 3 === 0) clinic.clock.advanceSeconds(1);
        await expectStatus(clinician.request("POST", "/api/clients", { name }), 201);
      }
      let added = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 0, max: 4 }),
          async (limit, addAfterPage) => {
            const before = await expectStatus(clinician.request("GET", "/api/clients?limit=200"), 200);
            const expected = (before.json().items as { id: string; createdAt: string }[]).map(
              (item) => item.id,
            );
            const seen: string[] = [];
            let cursor: string | null = null;
            let page = 0;
            do {
              const query: string = cursor === null ? `?limit=${limit}` : `?limit=${limit}&cursor=${cursor}`;
              const response = await expectStatus(clinician.request("GET", `/api/clients${query}`), 200);
              seen.push(...response.json().items.map((item: { id: string }) => item.id));
              cursor = response.json().nextCursor;
              page += 1;
              if (page === addAfterPage) {
                clinic.clock.advanceSeconds(1);
                added += 1;
                await expectStatus(clinician.request("POST", "/api/clients", { name: `Late ${added}` }), 201);
              }
            } while (cursor !== null);
            // Every client that existed is seen once, in order; one added meanwhile comes last, if at all.
            expect(seen.slice(0, expected.length)).toEqual(expected);
            expect(new Set(seen).size).toBe(seen.length);
            expect(seen.length - expected.length).toBeLessThanOrEqual(1);
          },
        ),
        { numRuns: 15 },
      );
    });

    it("answers 304 to a read whose ETag the client holds, and 412 to a stale update", async () => {
      const clinician = riverside.clinician;
      const created = await expectStatus(
        clinician.request("POST", "/api/clients", { name: "Morgan Blake" }),
        201,
      );
      const url = `/api/clients/${created.json().id}`;
      const cached = await clinician.request("GET", url, undefined, { "if-none-match": '"v1"' });
      expect(cached.statusCode).toBe(304);
      await expectStatus(clinician.request("PATCH", url, { name: "Morgan B." }, { "if-match": '"v1"' }), 200);
      const stale = await clinician.request("PATCH", url, { name: "M. Blake" }, { "if-match": '"v1"' });
      expect(stale.statusCode).toBe(412);
      expect((await clinician.request("GET", url)).json().name).toBe("Morgan B.");
    });

    it("lets a reviewer read but not write, and records every read and write in the audit log", async () => {
      const created = await expectStatus(
        riverside.clinician.request("POST", "/api/clients", { name: "Riley Park" }),
        201,
      );
      const clientId = created.json().id as string;
      expect((await riverside.reviewer.request("POST", "/api/clients", { name: "Nope" })).statusCode).toBe(
        403,
      );
      await expectStatus(riverside.reviewer.request("GET", `/api/clients/${clientId}`), 200);
      const events = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select(["action", "outcome"])
        .where("record_id", "=", clientId)
        .orderBy("id")
        .execute();
      expect(events).toEqual([
        { action: "client.create", outcome: "success" },
        { action: "client.read", outcome: "success" },
      ]);
    });
  });
});
