import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { organizationProgramBody, organizationWithStaff } from "../records/testing/records-fixtures.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";

interface Found {
  programs: {
    id: string;
    source: string;
    lacks: { code: string; text: string }[];
    waitlistDays: number | null;
  }[];
}

describe.each(storageTargets(inject("postgresUrl")))("organization programs on $dialect", (target) => {
  describe.skipIf(!target.available)("the organization's own list", () => {
    let clinic: TestClinic;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("keeps a program with openings and waitlist, updates it with If-Match, and finds it for that organization only", async () => {
      const north = await organizationWithStaff(clinic, "North Programs Clinic");
      const south = await organizationWithStaff(clinic, "South Programs Clinic");
      const created = await expectStatus(
        north.clinician.request("POST", "/api/organization-programs", organizationProgramBody),
        201,
      );
      const id = created.json().id as string;
      expect(created.json()).toMatchObject({
        name: "Matrix Recovery IOP",
        openings: 0,
        waitlistDays: 5,
        version: 1,
      });

      const listed = await expectStatus(north.reviewer.request("GET", "/api/organization-programs"), 200);
      expect(listed.json().programs.map((program: { id: string }) => program.id)).toEqual([id]);
      await expectStatus(south.clinician.request("GET", `/api/organization-programs/${id}`), 404);
      await expectStatus(
        north.reviewer.request("PUT", `/api/organization-programs/${id}`, organizationProgramBody),
        403,
      );

      const search = "/api/programs?near=22902&level=intensive-outpatient&language=es";
      const own = (await expectStatus(north.clinician.request("GET", search), 200)).json() as Found;
      expect(own.programs[0]).toMatchObject({ id, source: "organization", waitlistDays: 5 });
      expect(own.programs[0]?.lacks.map((reason) => reason.code)).toEqual(
        expect.arrayContaining(["openings", "waitlist"]),
      );
      const others = (await expectStatus(south.clinician.request("GET", search), 200)).json() as Found;
      expect(others.programs.map((program) => program.id)).not.toContain(id);
      const anyone = (await expectStatus(clinic.client().request("GET", search), 200)).json() as Found;
      expect(anyone.programs.map((program) => program.id)).not.toContain(id);

      const update = {
        ...organizationProgramBody,
        openings: 3,
        waitlistDays: 0,
        availabilityUpdatedOn: "2026-03-05",
      };
      await expectStatus(north.clinician.request("PUT", `/api/organization-programs/${id}`, update), 428);
      const updated = await expectStatus(
        north.clinician.request("PUT", `/api/organization-programs/${id}`, update, { "if-match": '"v1"' }),
        200,
      );
      expect(updated.json()).toMatchObject({
        openings: 3,
        waitlistDays: 0,
        availabilityUpdatedOn: "2026-03-05",
        version: 2,
      });
      await expectStatus(
        north.clinician.request("PUT", `/api/organization-programs/${id}`, update, { "if-match": '"v1"' }),
        412,
      );
      const after = (await expectStatus(north.clinician.request("GET", search), 200)).json() as Found;
      expect(after.programs[0]?.lacks.map((reason) => reason.code)).not.toContain("waitlist");
    });

    it("retires a program with If-Match: gone from the list and from search, and only for its own organization", async () => {
      const west = await organizationWithStaff(clinic, "West Programs Clinic");
      const other = await organizationWithStaff(clinic, "Other Programs Clinic");
      const created = await expectStatus(
        west.admin.request("POST", "/api/organization-programs", organizationProgramBody),
        201,
      );
      const url = `/api/organization-programs/${created.json().id as string}`;
      await expectStatus(west.admin.request("DELETE", url), 428);
      await expectStatus(west.reviewer.request("DELETE", url, undefined, { "if-match": '"v1"' }), 403);
      await expectStatus(other.admin.request("DELETE", url, undefined, { "if-match": '"v1"' }), 404);
      await expectStatus(west.admin.request("DELETE", url, undefined, { "if-match": '"v7"' }), 412);

      const search = "/api/programs?near=22902&level=intensive-outpatient&language=es";
      const before = (await expectStatus(west.clinician.request("GET", search), 200)).json() as Found;
      expect(before.programs.map((program) => program.id)).toContain(created.json().id);
      await expectStatus(west.admin.request("DELETE", url, undefined, { "if-match": '"v1"' }), 204);
      const listed = await expectStatus(west.admin.request("GET", "/api/organization-programs"), 200);
      expect(listed.json().programs).toEqual([]);
      const after = (await expectStatus(west.clinician.request("GET", search), 200)).json() as Found;
      expect(after.programs.map((program) => program.id)).not.toContain(created.json().id);
      await expectStatus(west.admin.request("DELETE", url, undefined, { "if-match": '"v1"' }), 404);
    });

    it("refuses a ZIP code it cannot place, naming zip", async () => {
      const east = await organizationWithStaff(clinic, "East Programs Clinic");
      const response = await east.admin.request("POST", "/api/organization-programs", {
        ...organizationProgramBody,
        zip: "00000",
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe("zip");
    });
  });
});
