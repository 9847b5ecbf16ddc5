import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateToLatest } from "../database/connection.js";
import { type OpenedDatabase, storageTargets } from "../database/storage-targets.js";
import { appendAuditEvent, auditEventsOf } from "./audit-log.js";

describe.each(storageTargets(inject("postgresUrl")))("audit log on $dialect", (target) => {
  describe.skipIf(!target.available)("append-only", () => {
    let opened: OpenedDatabase;
    beforeAll(async () => {
      opened = await target.open();
      await migrateToLatest(opened.database);
    });
    afterAll(async () => {
      await opened?.dispose();
    });

    it("keeps what was appended, in order, per organization", async () => {
      const at = new Date("2026-03-02T10:00:00Z");
      await appendAuditEvent(opened.database.kysely, at, {
        action: "sign-in",
        outcome: "success",
        actorUserId: "u-1",
        organizationId: "org-a",
        ip: "10.0.0.7",
        requestId: "r-1",
      });
      await appendAuditEvent(opened.database.kysely, at, {
        action: "record.read",
        outcome: "success",
        actorUserId: "u-1",
        organizationId: "org-a",
        recordType: "assessment",
        recordId: "a-9",
      });
      await appendAuditEvent(opened.database.kysely, at, {
        action: "sign-in",
        outcome: "failure",
        organizationId: "org-b",
      });
      const events = await auditEventsOf(opened.database.kysely, "org-a", 10);
      expect(events.map((event) => event.action)).toEqual(["record.read", "sign-in"]);
      expect(events[1]).toMatchObject({
        actorUserId: "u-1",
        ip: "10.0.0.7",
        requestId: "r-1",
        occurredAt: at.toISOString(),
      });
      expect(events[0]?.id).toBeGreaterThan(events[1]?.id ?? Number.POSITIVE_INFINITY);
    });

    it("rejects UPDATE of an audit row through a database trigger", async () => {
      await expect(
        sql`update audit_events set action = 'nothing happened'`.execute(opened.database.kysely),
      ).rejects.toThrow(/append-only/);
      await expect(
        opened.database.kysely
          .updateTable("audit_events")
          .set({ outcome: "denied" })
          .where("action", "=", "sign-in")
          .execute(),
      ).rejects.toThrow(/append-only/);
    });

    it("rejects DELETE of an audit row through a database trigger", async () => {
      await expect(sql`delete from audit_events`.execute(opened.database.kysely)).rejects.toThrow(
        /append-only/,
      );
      const count = await opened.database.kysely
        .selectFrom("audit_events")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(3);
      const unchanged = await auditEventsOf(opened.database.kysely, "org-a", 10);
      expect(unchanged.map((event) => `${event.action}:${event.outcome}`)).toEqual([
        "record.read:success",
        "sign-in:success",
      ]);
    });

    if (target.dialect === "postgres") {
      it("rejects TRUNCATE of the audit table on PostgreSQL", async () => {
        await expect(sql`truncate audit_events`.execute(opened.database.kysely)).rejects.toThrow(
          /append-only/,
        );
      });
    }

    it("rolls the audit line back with the change it describes when the transaction fails", async () => {
      await expect(
        opened.database.kysely.transaction().execute(async (trx) => {
          await appendAuditEvent(trx, new Date(), {
            action: "user.created",
            outcome: "success",
            organizationId: "org-c",
          });
          throw new Error("the change failed");
        }),
      ).rejects.toThrow("the change failed");
      expect(await auditEventsOf(opened.database.kysely, "org-c", 10)).toEqual([]);
    });
  });
});
