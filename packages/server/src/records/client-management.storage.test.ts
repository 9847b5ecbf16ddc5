import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  acknowledgeEveryUrgentItem,
  alcoholAssessment,
  type Organization,
  organizationWithStaff,
} from "./testing/records-fixtures.js";

describe.each(storageTargets(inject("postgresUrl")))("managing clients on $dialect", (target) => {
  describe.skipIf(!target.available)("search, filters, assignment, inactivation and merges", () => {
    let clinic: TestClinic;
    let staff: Organization;
    let clinicianId: string;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      staff = await organizationWithStaff(clinic, "Client Desk Clinic");
      const me = await clinic.opened.database.kysely
        .selectFrom("users")
        .select("id")
        .where("email", "like", "clinician@client-desk-clinic%")
        .executeTakeFirstOrThrow();
      clinicianId = me.id;
    });
    afterAll(async () => {
      await clinic?.close();
    });

    const names = async (query: string) => {
      const page = await expectStatus(staff.reviewer.request("GET", `/api/clients?${query}`), 200);
      return (page.json().items as { name: string }[]).map((item) => item.name).sort();
    };

    it("finds clients by a prefix of any word of the name, the record number or the birth date, and filters them", async () => {
      const clinician = staff.clinician;
      const maria = await expectStatus(
        clinician.request("POST", "/api/clients", {
          name: "María José Ortega",
          birthDate: "1990-04-02",
          recordNumber: "MRN-77",
          zipCode: "94110",
          assignedClinicianId: clinicianId,
        }),
        201,
      );
      expect(maria.json()).toMatchObject({
        zipCode: "94110",
        assignedClinicianId: clinicianId,
        status: "active",
      });
      await expectStatus(
        clinician.request("POST", "/api/clients", { name: "Joseph Ortiz", birthDate: "1971-09-30" }),
        201,
      );
      await expectStatus(clinician.request("POST", "/api/clients", { name: "Anne Mortensen" }), 201);

      expect(await names("q=jos")).toEqual(["Joseph Ortiz", "María José Ortega"]);
      expect(await names("q=MARIA")).toEqual(["María José Ortega"]);
      expect(await names("q=ort%20jo")).toEqual(["Joseph Ortiz", "María José Ortega"]);
      // A prefix of a word, not any substring: "tens" is inside "Mortensen" but starts no word.
      expect(await names("q=tens")).toEqual([]);
      expect(await names("q=MRN-77")).toEqual(["María José Ortega"]);
      expect(await names("q=MRN-7")).toEqual([]);
      expect(await names("q=1971-09-30")).toEqual(["Joseph Ortiz"]);
      expect(await names(`assignedTo=${clinicianId}`)).toEqual(["María José Ortega"]);

      const badZip = await clinician.request("POST", "/api/clients", { name: "Zip Test", zipCode: "9411" });
      expect(badZip.json().errors[0].field).toBe("zipCode");
      const reviewerId = (
        await clinic.opened.database.kysely
          .selectFrom("users")
          .select("id")
          .where("email", "like", "reviewer@client-desk-clinic%")
          .executeTakeFirstOrThrow()
      ).id;
      const toReviewer = await clinician.request("POST", "/api/clients", {
        name: "Assign Test",
        assignedClinicianId: reviewerId,
      });
      expect(toReviewer.statusCode).toBe(422);
      expect(toReviewer.json().errors[0].field).toBe("assignedClinicianId");
      const unknownParameter = await staff.reviewer.request("GET", "/api/clients?sort=name");
      expect(unknownParameter.statusCode).toBe(400);

      // Level, open episode and reassessment due come from the episode.
      const assessment = await expectStatus(
        clinician.request("POST", `/api/clients/${maria.json().id}/assessments`, {
          answers: alcoholAssessment,
        }),
        201,
      );
      const decision = await expectStatus(
        clinician.request("POST", `/api/clients/${maria.json().id}/decisions`, {
          assessmentId: assessment.json().id,
          chosenLevel: "residential",
          safetyAcknowledgements: acknowledgeEveryUrgentItem(assessment.json()),
        }),
        201,
      );
      const episode = await expectStatus(
        clinician.request("POST", `/api/clients/${maria.json().id}/episodes`, {
          level: "residential",
          admittedOn: "2026-02-01",
          decisionId: decision.json().id,
        }),
        201,
      );
      // Residential care is reviewed every 14 days by default.
      expect(episode.json().reassessmentDueOn).toBe("2026-02-15");
      expect(await names("level=residential")).toEqual(["María José Ortega"]);
      expect(await names("level=outpatient")).toEqual([]);
      expect(await names("openEpisode=true")).toEqual(["María José Ortega"]);
      expect(await names("reassessmentDue=true")).toEqual(["María José Ortega"]);
      const later = await expectStatus(
        clinician.request(
          "PATCH",
          `/api/episodes/${episode.json().id}`,
          { reassessmentDueOn: "2026-03-20" },
          { "if-match": String(episode.headers.etag) },
        ),
        200,
      );
      expect(later.json().reassessmentDueOn).toBe("2026-03-20");
      expect(await names("reassessmentDue=true")).toEqual([]);
      expect(await names("openEpisode=false&q=jos")).toEqual(["Joseph Ortiz"]);
    });

    it("inactivates and merges with an audit trail, shows a duplicate's records under the survivor, and undoes a merge only until the survivor gets a new entry", async () => {
      const clinician = staff.clinician;
      const kept = await expectStatus(
        clinician.request("POST", "/api/clients", { name: "Terry Nguyen" }),
        201,
      );
      const duplicate = await expectStatus(
        clinician.request("POST", "/api/clients", { name: "Terry Nguyen" }),
        201,
      );
      const duplicateAssessment = await expectStatus(
        clinician.request("POST", `/api/clients/${duplicate.json().id}/assessments`, {
          answers: alcoholAssessment,
        }),
        201,
      );

      const merged = await expectStatus(
        clinician.request(
          "POST",
          `/api/clients/${kept.json().id}/merges`,
          { duplicateId: duplicate.json().id, reason: "Same person, same birth date and phone." },
          { "if-match": String(kept.headers.etag) },
        ),
        200,
      );
      const duplicateNow = await expectStatus(
        clinician.request("GET", `/api/clients/${duplicate.json().id}`),
        200,
      );
      expect(duplicateNow.json()).toMatchObject({ status: "merged", mergedIntoId: kept.json().id });
      expect(await names("q=terry")).toEqual(["Terry Nguyen"]);
      const keptAssessments = await expectStatus(
        clinician.request("GET", `/api/clients/${kept.json().id}/assessments`),
        200,
      );
      expect(keptAssessments.json().items.map((item: { id: string }) => item.id)).toEqual([
        duplicateAssessment.json().id,
      ]);
      const intoMerged = await clinician.request("POST", `/api/clients/${duplicate.json().id}/assessments`, {
        answers: alcoholAssessment,
      });
      expect(intoMerged.statusCode).toBe(409);

      const undone = await expectStatus(
        clinician.request(
          "POST",
          `/api/clients/${kept.json().id}/merge-undo`,
          { duplicateId: duplicate.json().id, reason: "Different people after all." },
          { "if-match": String(merged.headers.etag) },
        ),
        200,
      );
      expect(await names("q=terry")).toEqual(["Terry Nguyen", "Terry Nguyen"]);

      const again = await expectStatus(
        clinician.request(
          "POST",
          `/api/clients/${kept.json().id}/merges`,
          { duplicateId: duplicate.json().id, reason: "Same person after all." },
          { "if-match": String(undone.headers.etag) },
        ),
        200,
      );
      clinic.clock.advanceSeconds(5);
      await expectStatus(
        clinician.request("POST", `/api/clients/${kept.json().id}/assessments`, {
          answers: alcoholAssessment,
        }),
        201,
      );
      const tooLate = await clinician.request(
        "POST",
        `/api/clients/${kept.json().id}/merge-undo`,
        { duplicateId: duplicate.json().id, reason: "Trying again." },
        { "if-match": String(again.headers.etag) },
      );
      expect(tooLate.statusCode).toBe(409);
      expect(tooLate.json().errors[0].field).toBe("duplicateId");

      const inactive = await expectStatus(
        clinician.request("POST", "/api/clients", { name: "Quinn Inactive" }),
        201,
      );
      await expectStatus(
        clinician.request(
          "POST",
          `/api/clients/${inactive.json().id}/inactivation`,
          { reason: "Moved out of state." },
          { "if-match": String(inactive.headers.etag) },
        ),
        200,
      );
      expect(await names("q=quinn")).toEqual([]);
      expect(await names("q=quinn&status=inactive")).toEqual(["Quinn Inactive"]);

      const audit = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select(["action", "record_id", "detail"])
        .where("action", "in", ["client.merge", "client.merge-undo", "client.inactivate"])
        .orderBy("id")
        .execute();
      expect(
        audit.map(
          (row) =>
            `${row.action} ${row.record_id === kept.json().id ? "kept" : row.record_id === duplicate.json().id ? "duplicate" : "other"}`,
        ),
      ).toEqual([
        "client.merge kept",
        "client.merge duplicate",
        "client.merge-undo kept",
        "client.merge-undo duplicate",
        "client.merge kept",
        "client.merge duplicate",
        "client.inactivate other",
      ]);
      // Nothing was deleted: both clients are still rows.
      const rows = await clinic.opened.database.kysely
        .selectFrom("clients")
        .select("id")
        .where("id", "in", [kept.json().id, duplicate.json().id])
        .execute();
      expect(rows).toHaveLength(2);
    });
  });
});
