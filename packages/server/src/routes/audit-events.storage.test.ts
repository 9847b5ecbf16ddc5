import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import {
  alcoholAssessment,
  type Organization,
  organizationWithStaff,
} from "../records/testing/records-fixtures.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";

describe.each(storageTargets(inject("postgresUrl")))("the audit log an admin reads on $dialect", (target) => {
  describe.skipIf(!target.available)("paging, filters, names, CSV", () => {
    let clinic: TestClinic;
    let staff: Organization;
    let other: Organization;
    let clientId: string;
    let otherClientId: string;
    let assessmentId: string;
    let recordsStart: string;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      staff = await organizationWithStaff(clinic, "Audit Reading Clinic");
      other = await organizationWithStaff(clinic, "Other Audit Clinic");
      clinic.clock.advanceMinutes(2);
      recordsStart = clinic.clock.now().toISOString();
      const client = await expectStatus(
        staff.clinician.request("POST", "/api/clients", { name: "Pat Lee" }),
        201,
      );
      clientId = client.json().id;
      const assessment = await expectStatus(
        staff.clinician.request("POST", `/api/clients/${clientId}/assessments`, {
          answers: alcoholAssessment,
        }),
        201,
      );
      assessmentId = assessment.json().id;
      const otherClient = await expectStatus(
        staff.clinician.request("POST", "/api/clients", { name: "Kim Roe" }),
        201,
      );
      otherClientId = otherClient.json().id;
      await expectStatus(staff.reviewer.request("GET", `/api/clients/${clientId}/assessments`), 200);
      await expectStatus(other.clinician.request("POST", "/api/clients", { name: "Not Ours" }), 201);
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("pages newest first with a cursor, every event once, with the actor's name", async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? "?limit=3" : `?limit=3&cursor=${cursor}`;
        const page = await expectStatus(staff.admin.request("GET", `/api/audit-events${query}`), 200);
        seen.push(...page.json().events.map((event: { id: number }) => event.id));
        cursor = page.json().nextCursor;
      } while (cursor !== null);
      expect(seen).toEqual([...seen].sort((a, b) => b - a));
      expect(new Set(seen).size).toBe(seen.length);
      const all = await expectStatus(staff.admin.request("GET", "/api/audit-events?limit=1000"), 200);
      const created = all.json().events.find((event: { action: string }) => event.action === "client.create");
      expect(created.actorName).toEqual(expect.stringContaining("clinician"));
      // Another organization's events never show.
      expect(
        all
          .json()
          .events.every(
            (event: { organizationId: string | null }) =>
              event.organizationId === all.json().events[0].organizationId,
          ),
      ).toBe(true);
    });

    it("filters by client (its records included), person, action family and time, and refuses unknown parameters", async () => {
      const all = await expectStatus(staff.admin.request("GET", "/api/audit-events?limit=1000"), 200);
      const byClient = await expectStatus(
        staff.admin.request("GET", `/api/audit-events?clientId=${clientId}`),
        200,
      );
      const records = new Set(byClient.json().events.map((event: { recordId: string }) => event.recordId));
      expect(records).toEqual(new Set([clientId, assessmentId]));
      // The reviewer's list read wrote one line per assessment returned.
      expect(
        byClient
          .json()
          .events.filter((event: { action: string; detail: string }) => event.action === "assessment.read")
          .map((event: { recordId: string; detail: string }) => [event.recordId, event.detail]),
      ).toEqual([[assessmentId, "listed"]]);
      expect(byClient.json().events.map((event: { recordId: string }) => event.recordId)).not.toContain(
        otherClientId,
      );

      const reviewerId = byClient
        .json()
        .events.find((event: { action: string }) => event.action === "assessment.list").actorUserId as string;
      const byUser = await expectStatus(
        staff.admin.request("GET", `/api/audit-events?userId=${reviewerId}`),
        200,
      );
      expect(byUser.json().events.length).toBeGreaterThan(0);
      expect(
        byUser.json().events.every((event: { actorUserId: string }) => event.actorUserId === reviewerId),
      ).toBe(true);

      const family = await expectStatus(staff.admin.request("GET", "/api/audit-events?action=client.*"), 200);
      const actions = new Set(family.json().events.map((event: { action: string }) => event.action));
      expect([...actions].every((action) => (action as string).startsWith("client."))).toBe(true);
      expect(actions.has("client.create")).toBe(true);
      const exact = await expectStatus(
        staff.admin.request("GET", "/api/audit-events?action=assessment.create"),
        200,
      );
      expect(exact.json().events.map((event: { recordId: string }) => event.recordId)).toEqual([
        assessmentId,
      ]);

      // The whole day, by date; then by time: staff signed in before the records were made.
      const day = await expectStatus(
        staff.admin.request("GET", "/api/audit-events?from=2026-03-02&to=2026-03-02&limit=1000"),
        200,
      );
      const dayIds = new Set(day.json().events.map((event: { id: number }) => event.id));
      expect(all.json().events.every((event: { id: number }) => dayIds.has(event.id))).toBe(true);
      const before = await expectStatus(
        staff.admin.request("GET", `/api/audit-events?to=${recordsStart}&limit=1000`),
        200,
      );
      const beforeActions = before.json().events.map((event: { action: string }) => event.action);
      expect(beforeActions).toContain("sign-in");
      expect(beforeActions).not.toContain("assessment.create");
      const after = await expectStatus(
        staff.admin.request("GET", `/api/audit-events?from=${recordsStart}&limit=1000`),
        200,
      );
      const afterActions = after.json().events.map((event: { action: string }) => event.action);
      expect(afterActions).toContain("assessment.create");
      expect(afterActions).not.toContain("sign-in");

      for (const [query, field] of [
        ["since=2026-01-01", "since"],
        ["from=yesterday", "from"],
        ["cursor=!!", "cursor"],
        ["limit=5000", "limit"],
        ["from=2026-03-05&to=2026-03-01", "to"],
      ] as const) {
        const refused = await staff.admin.request("GET", `/api/audit-events?${query}`);
        expect(refused.statusCode, query).toBe(400);
        expect(refused.headers["content-type"]).toContain("application/problem+json");
        expect(JSON.stringify(refused.json().errors), query).toContain(field);
      }
      expect((await staff.clinician.request("GET", "/api/audit-events")).statusCode).toBe(403);
    });

    it("names the client of each event and lists client names, without reading any client's record", async () => {
      const readsBefore = await expectStatus(
        staff.admin.request("GET", "/api/audit-events?action=client.read&limit=1000"),
        200,
      );
      const byClient = await expectStatus(
        staff.admin.request("GET", `/api/audit-events?clientId=${clientId}&limit=1000`),
        200,
      );
      const events = byClient.json().events as { recordId: string; clientName: string | null }[];
      expect(events.find((event) => event.recordId === clientId)?.clientName).toBe("Pat Lee");
      expect(events.find((event) => event.recordId === assessmentId)?.clientName).toBe("Pat Lee");
      const all = await expectStatus(staff.admin.request("GET", "/api/audit-events?limit=1000"), 200);
      const signIn = all.json().events.find((event: { action: string }) => event.action === "sign-in");
      expect(signIn.clientName).toBeNull();

      const names = await expectStatus(staff.admin.request("GET", "/api/audit-events/client-names"), 200);
      expect(names.json().clients).toEqual([
        { id: otherClientId, name: "Kim Roe" },
        { id: clientId, name: "Pat Lee" },
      ]);
      const readsAfter = await expectStatus(
        staff.admin.request("GET", "/api/audit-events?action=client.read&limit=1000"),
        200,
      );
      expect(readsAfter.json().events.length).toBe(readsBefore.json().events.length);
      const lookup = await expectStatus(
        staff.admin.request("GET", "/api/audit-events?action=audit-log.read&limit=3"),
        200,
      );
      // One line for the whole lookup (the log's own reads in between are lines of their own).
      expect(lookup.json().events.map((event: { detail: string }) => event.detail)).toContain("client names");
      expect((await staff.clinician.request("GET", "/api/audit-events/client-names")).statusCode).toBe(403);
      const refused = await staff.admin.request("GET", "/api/audit-events/client-names?limit=5");
      expect(refused.statusCode).toBe(400);
    });

    it("exports CSV with the same filters, and records the export", async () => {
      const csv = await expectStatus(
        staff.admin.request("GET", `/api/audit-events/export?clientId=${clientId}&limit=2`),
        200,
      );
      expect(csv.headers["content-type"]).toContain("text/csv");
      expect(csv.headers["content-disposition"]).toContain("attachment");
      const lines = csv.body.trim().split("\r\n");
      expect(lines[0]).toBe(
        "id,occurredAt,action,outcome,actorUserId,actorName,clientName,recordType,recordId,ip,requestId,detail",
      );
      expect(lines).toHaveLength(3);
      expect(String(csv.headers.link)).toMatch(/cursor=.*rel="next"/);
      const log = await expectStatus(staff.admin.request("GET", "/api/audit-events?action=audit-log.*"), 200);
      expect(log.json().events.map((event: { action: string }) => event.action)).toContain(
        "audit-log.export",
      );
    });
  });
});
