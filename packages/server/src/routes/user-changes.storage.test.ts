import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { type Organization, organizationWithStaff } from "../records/testing/records-fixtures.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";

interface Person {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: string;
  readonly status: string;
}

describe.each(storageTargets(inject("postgresUrl")))("an admin changes accounts on $dialect", (target) => {
  describe.skipIf(!target.available)("rename, role, turn on again, names for everyone", () => {
    let clinic: TestClinic;
    let staff: Organization;
    let other: Organization;
    let people: Person[];
    const personWith = (role: string) => {
      const found = people.find((person) => person.role === role);
      if (found === undefined) throw new Error(`no ${role}`);
      return found;
    };
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      staff = await organizationWithStaff(clinic, "Account Changes Clinic");
      other = await organizationWithStaff(clinic, "Other Changes Clinic");
      people = (await expectStatus(staff.admin.request("GET", "/api/users"), 200)).json().users;
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("renames a person and changes their role, each change in the audit log", async () => {
      const reviewer = personWith("reviewer");
      const renamed = await expectStatus(
        staff.admin.request("PATCH", `/api/users/${reviewer.id}`, {
          displayName: "Rae Vega",
          role: "clinician",
        }),
        200,
      );
      expect(renamed.json()).toMatchObject({ displayName: "Rae Vega", role: "clinician", status: "active" });
      const audit = await expectStatus(
        staff.admin.request("GET", `/api/audit-events?action=user.updated`),
        200,
      );
      expect(audit.json().events[0]).toMatchObject({
        recordId: reviewer.id,
        detail: "name, role reviewer → clinician",
      });
      const empty = await staff.admin.request("PATCH", `/api/users/${reviewer.id}`, {});
      expect(empty.statusCode).toBe(400);
      const badRole = await staff.admin.request("PATCH", `/api/users/${reviewer.id}`, { role: "owner" });
      expect(badRole.statusCode).toBe(400);
      expect(badRole.json().errors[0].field).toBe("role");
    });

    it("keeps the last active administrator, and lets another admin step down", async () => {
      const admin = personWith("admin");
      const refused = await staff.admin.request("PATCH", `/api/users/${admin.id}`, { role: "clinician" });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors).toEqual([{ field: "role", message: expect.any(String) }]);
      const clinician = personWith("clinician");
      await expectStatus(staff.admin.request("PATCH", `/api/users/${clinician.id}`, { role: "admin" }), 200);
      await expectStatus(staff.admin.request("PATCH", `/api/users/${admin.id}`, { role: "clinician" }), 200);
      // The change takes effect on the next request: the former admin can no longer list accounts.
      expect((await staff.admin.request("GET", "/api/users")).statusCode).toBe(403);
    });

    it("turns an account off and on again, audited", async () => {
      const target = personWith("reviewer");
      const newAdmin = staff.clinician;
      await expectStatus(newAdmin.request("POST", `/api/users/${target.id}/disable`), 200);
      const enabled = await expectStatus(newAdmin.request("POST", `/api/users/${target.id}/enable`), 200);
      expect(enabled.json()).toMatchObject({ id: target.id, status: "active" });
      const audit = await expectStatus(newAdmin.request("GET", "/api/audit-events?action=user.*"), 200);
      expect(audit.json().events.map((event: { action: string }) => event.action)).toContain("user.enabled");
    });

    it("gives clinicians the staff's names without email addresses, and nobody another organization's", async () => {
      const names = await expectStatus(staff.admin.request("GET", "/api/users/names"), 200);
      expect(names.json().people).toHaveLength(3);
      expect(JSON.stringify(names.json())).not.toContain("@");
      const foreign = personWith("clinician");
      expect(
        (await other.admin.request("PATCH", `/api/users/${foreign.id}`, { displayName: "X" })).statusCode,
      ).toBe(404);
      expect((await other.admin.request("POST", `/api/users/${foreign.id}/enable`)).statusCode).toBe(404);
    });
  });
});
