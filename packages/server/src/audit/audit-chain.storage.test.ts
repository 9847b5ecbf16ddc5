import { createHmac } from "node:crypto";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { APPEND_ONLY_TABLES } from "../database/append-only-tables.js";
import { migrateToLatest } from "../database/connection.js";
import { type OpenedDatabase, storageTargets } from "../database/storage-targets.js";
import { chainOf, GENESIS, verifyAuditChains } from "./audit-chain.js";
import { auditKeyFromText, useAuditKey } from "./audit-key.js";
import { appendAuditEvent, appendAuditEvents } from "./audit-log.js";

const key = auditKeyFromText("the audit key kept outside the database, 32+ characters");

describe.each(storageTargets(inject("postgresUrl")))("audit chain on $dialect", (target) => {
  describe.skipIf(!target.available)("tamper evidence", () => {
    let opened: OpenedDatabase;
    beforeAll(async () => {
      useAuditKey(key);
      opened = await target.open();
      await migrateToLatest(opened.database);
      const at = new Date("2026-03-02T10:00:00Z");
      for (let index = 0; index < 6; index += 1) {
        await appendAuditEvent(opened.database.kysely, at, {
          action: index % 2 === 0 ? "record.read" : "sign-in",
          outcome: "success",
          actorUserId: `u-${index}`,
          organizationId: index < 4 ? "org-a" : "org-b",
          recordType: "assessment",
          recordId: `a-${index}`,
        });
      }
      await appendAuditEvent(opened.database.kysely, at, { action: "sign-in.password", outcome: "failure" });
    });
    afterAll(async () => {
      await opened?.dispose();
    });

    const db = () => opened.database.kysely;
    const rowsOf = (organizationId: string) =>
      db()
        .selectFrom("audit_events")
        .selectAll()
        .where("organization_id", "=", organizationId)
        .orderBy("chain_sequence")
        .execute();

    /** Raw SQL as someone with write access to the database, around the application and its triggers. */
    async function asIntruder(statements: string[]): Promise<void> {
      if (opened.sqliteFile !== undefined) {
        const raw = new SQLite(opened.sqliteFile);
        try {
          for (const statement of statements) raw.exec(statement);
        } finally {
          raw.close();
        }
      } else {
        for (const statement of statements) await sql.raw(statement).execute(db());
      }
    }
    const withoutTriggers = (statements: string[]) =>
      opened.sqliteFile !== undefined
        ? [
            "drop trigger if exists audit_events_reject_update",
            "drop trigger if exists audit_events_reject_delete",
            ...statements,
          ]
        : [
            "alter table audit_events disable trigger user",
            ...statements,
            "alter table audit_events enable trigger user",
          ];

    it("links each organization's events into a chain that verifies with the key", async () => {
      const report = await verifyAuditChains(db(), key);
      expect(report.broken).toBeNull();
      expect(report.rows).toBe(7);
      expect(report.chains).toBe(3);
      expect((await rowsOf("org-a")).map((row) => Number(row.chain_sequence))).toEqual([1, 2, 3, 4]);
      expect((await rowsOf("org-b")).map((row) => Number(row.chain_sequence))).toEqual([1, 2]);
    });

    it("does not verify with another key", async () => {
      const report = await verifyAuditChains(
        db(),
        auditKeyFromText("a different key of at least 32 characters"),
      );
      expect(report.broken?.sequence).toBe(1);
    });

    if (target.dialect === "sqlite") {
      it("refuses INSERT OR REPLACE and UPSERT on every append-only table, even without recursive triggers", async () => {
        const raw = new SQLite(opened.sqliteFile ?? "");
        try {
          const first = raw.prepare("select id from audit_events order by id limit 1").get() as {
            id: number;
          };
          expect(() =>
            raw.exec(
              `insert or replace into audit_events (id, occurred_at, action, outcome) values (${first.id}, '2026-01-01', 'nothing happened', 'success')`,
            ),
          ).toThrow(/append-only/);
          expect(() =>
            raw.exec(
              `insert into audit_events (id, occurred_at, action, outcome) values (${first.id}, '2026-01-01', 'x', 'success') on conflict (id) do update set action = 'nothing happened'`,
            ),
          ).toThrow(/append-only/);
          const triggers = raw
            .prepare("select name from sqlite_master where type = 'trigger' and name like '%_reject_replace'")
            .all() as Array<{ name: string }>;
          expect(triggers.map((trigger) => trigger.name).sort()).toEqual(
            APPEND_ONLY_TABLES.map((table) => `${table}_reject_replace`).sort(),
          );
        } finally {
          raw.close();
        }
        expect((await verifyAuditChains(db(), key)).broken).toBeNull();
      });
    }

    it("finds the first broken link when someone with write access but without the key rewrites a row and re-seals the rest", async () => {
      const rows = await rowsOf("org-a");
      const target = rows[1];
      if (target === undefined) throw new Error("expected rows");
      // The intruder recomputes every later link, but can only guess the key.
      const guessedKey = Buffer.from("the intruder's best guess at the key", "utf8");
      let previous = rows[0]?.chain_hmac ?? GENESIS;
      const statements: string[] = [];
      for (const row of rows.slice(1)) {
        const rewritten = row.id === target.id ? { ...row, action: "nothing happened" } : row;
        const content = JSON.stringify([
          chainOf(rewritten.organization_id),
          Number(rewritten.chain_sequence),
          rewritten.occurred_at,
          rewritten.action,
          rewritten.outcome,
          rewritten.actor_user_id,
          rewritten.organization_id,
          rewritten.record_type,
          rewritten.record_id,
          rewritten.ip,
          rewritten.request_id,
          rewritten.detail,
          previous,
        ]);
        const hmac = createHmac("sha256", guessedKey).update(content).digest("hex");
        statements.push(
          `update audit_events set action = '${rewritten.action}', chain_hmac = '${hmac}' where id = ${row.id}`,
        );
        previous = hmac;
      }
      await asIntruder(withoutTriggers(statements));
      const report = await verifyAuditChains(db(), key);
      expect(report.broken).toMatchObject({ chain: "org-a", rowId: Number(target.id), sequence: 2 });
    });

    it("reports a removed row and a row written around the application", async () => {
      const rows = await rowsOf("org-b");
      await asIntruder(withoutTriggers([`delete from audit_events where id = ${rows[0]?.id}`]));
      expect((await verifyAuditChains(db(), key, { chain: "org-b" })).broken).toMatchObject({
        chain: "org-b",
        rowId: Number(rows[1]?.id),
        reason: expect.stringContaining("removed"),
      });
      await asIntruder([
        "insert into audit_events (occurred_at, action, outcome) values ('2026-03-02T11:00:00.000Z', 'sign-in', 'success')",
      ]);
      expect((await verifyAuditChains(db(), key, { chain: "" })).broken).toMatchObject({
        chain: "",
        reason: expect.stringContaining("no seal"),
      });
    });
  });

  describe.skipIf(!target.available)("lines written together", () => {
    let opened: OpenedDatabase;
    beforeAll(async () => {
      useAuditKey(key);
      opened = await target.open();
      await migrateToLatest(opened.database);
    });
    afterAll(async () => {
      await opened?.dispose();
    });

    it("appends a list read's lines in the order given, each linked to the one before, among single lines", async () => {
      const db = opened.database.kysely;
      const at = new Date("2026-03-02T10:00:00Z");
      const line = (action: string, organizationId: string, recordId: string) => ({
        action,
        outcome: "success" as const,
        organizationId,
        recordType: "assessment",
        recordId,
      });
      await appendAuditEvent(db, at, line("client.read", "org-a", "c-1"));
      await appendAuditEvents(db, at, [
        line("assessment.list", "org-a", "c-1"),
        line("assessment.read", "org-a", "a-1"),
        line("assessment.read", "org-b", "b-1"),
        line("assessment.read", "org-a", "a-2"),
      ]);
      await appendAuditEvent(db, at, line("client.read", "org-a", "c-2"));
      await appendAuditEvents(db, at, []);
      const rows = await db
        .selectFrom("audit_events")
        .select(["chain", "chain_sequence", "action", "record_id"])
        .orderBy("chain")
        .orderBy("chain_sequence")
        .execute();
      expect(rows.map((row) => [row.chain, Number(row.chain_sequence), row.record_id])).toEqual([
        ["org-a", 1, "c-1"],
        ["org-a", 2, "c-1"],
        ["org-a", 3, "a-1"],
        ["org-a", 4, "a-2"],
        ["org-a", 5, "c-2"],
        ["org-b", 1, "b-1"],
      ]);
      const report = await verifyAuditChains(db, key);
      expect(report.broken).toBeNull();
      expect(report.rows).toBe(6);
    });
  });
});
