import { randomUUID } from "node:crypto";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateToLatest } from "../database/connection.js";
import type { DatabaseSchema } from "../database/schema.js";
import { type OpenedDatabase, storageTargets } from "../database/storage-targets.js";
import { writeTransactionsFor } from "./write-transactions.js";

describe.each(storageTargets(inject("postgresUrl")))("write transactions on $dialect", (target) => {
  describe.skipIf(!target.available)("many writes at once", () => {
    let opened: OpenedDatabase;
    beforeAll(async () => {
      opened = await target.open();
      await migrateToLatest(opened.database);
    });
    afterAll(async () => {
      await opened?.dispose();
    });

    it("commits each write whole or not at all: a failing write takes back only its own changes", async () => {
      const db = opened.database.kysely;
      const writes = writeTransactionsFor(db);
      const now = new Date().toISOString();
      await db
        .insertInto("organizations")
        .values({ id: randomUUID(), name: "Taken", created_at: now })
        .execute();
      const names = Array.from({ length: 30 }, (_unused, index) => `Clinic ${index}`);
      const outcomes = await Promise.allSettled(
        names.map((name, index) =>
          writes.run(async (trx) => {
            await trx
              .insertInto("organizations")
              .values({ id: randomUUID(), name, created_at: now })
              .execute();
            // Every seventh write then breaks a unique rule, after its first insert succeeded.
            if (index % 7 === 3) {
              await trx
                .insertInto("organizations")
                .values({ id: randomUUID(), name: "Taken", created_at: now })
                .execute();
            }
            return name;
          }),
        ),
      );
      const failed = names.filter((_name, index) => index % 7 === 3);
      expect(outcomes.filter((outcome) => outcome.status === "rejected")).toHaveLength(failed.length);
      expect(
        outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : [])).sort(),
      ).toEqual(names.filter((name) => !failed.includes(name)).sort());
      const stored = await db
        .selectFrom("organizations")
        .select("name")
        .where("name", "like", "Clinic %")
        .execute();
      expect(stored.map((row) => row.name).sort()).toEqual(
        names.filter((name) => !failed.includes(name)).sort(),
      );
    });

    // Group commit is SQLite's (PostgreSQL commits each write on its own connection), so this test exists
    // only there rather than showing as skipped on PostgreSQL.
    const onSqlite = target.dialect === "sqlite" ? it : () => undefined;
    onSqlite(
      "lets writes that arrive in separate event-loop turns share one commit (one fsync, not one each)",
      async () => {
        // A second connection to the same file whose log counts COMMITs; each request's handler reaches
        // `run` in its own callback, as here.
        let commits = 0;
        const db = new Kysely<DatabaseSchema>({
          dialect: new SqliteDialect({ database: new SQLite(opened.sqliteFile ?? "") }),
          log: (event) => {
            if (event.query.sql === "commit") commits += 1;
          },
        });
        const writes = writeTransactionsFor(db);
        const names = Array.from({ length: 10 }, (_unused, index) => `Grouped ${index} ${randomUUID()}`);
        const settled = await Promise.all(
          names.map(
            (name) =>
              new Promise<string>((resolve, reject) => {
                setImmediate(() => {
                  writes
                    .run(async (trx) => {
                      await trx
                        .insertInto("organizations")
                        .values({ id: randomUUID(), name, created_at: "2026-01-01" })
                        .execute();
                      return name;
                    })
                    .then(resolve, reject);
                });
              }),
          ),
        );
        await db.destroy();
        expect(settled).toEqual(names);
        expect(commits).toBe(1);
      },
    );

    it("inserts a record and its audit line both or neither", async () => {
      const db = opened.database.kysely;
      const writes = writeTransactionsFor(db);
      const audit = (recordId: string) => ({
        occurred_at: "2026-01-01T00:00:00.000Z",
        action: "organization.create",
        outcome: "success" as const,
        record_type: "organization",
        record_id: recordId,
      });
      const auditLines = (recordId: string) =>
        db.selectFrom("audit_events").select("action").where("record_id", "=", recordId).execute();
      const organization = (id: string) => ({ id, name: `Audited ${id}`, created_at: "2026-01-01" });

      const kept = randomUUID();
      await writes.insertAudited("organizations", organization(kept), audit(kept));
      expect(await auditLines(kept)).toEqual([{ action: "organization.create" }]);

      // The record fails (its id is taken): no audit line.
      await expect(
        writes.insertAudited("organizations", organization(kept), audit(`${kept}-again`)),
      ).rejects.toThrow();
      expect(await auditLines(`${kept}-again`)).toEqual([]);

      // The audit line fails (no action): no record.
      const unaudited = randomUUID();
      await expect(
        writes.insertAudited("organizations", organization(unaudited), {
          ...audit(unaudited),
          action: null as unknown as string,
        }),
      ).rejects.toThrow();
      const stored = await db.selectFrom("organizations").select("id").where("id", "=", unaudited).execute();
      expect(stored).toEqual([]);
    });

    it("settles a write only once it is committed and visible to a new reader", async () => {
      const db = opened.database.kysely;
      const writes = writeTransactionsFor(db);
      const id = randomUUID();
      await writes.run(async (trx) => {
        await trx
          .insertInto("organizations")
          .values({ id, name: `Visible ${id}`, created_at: "2026-01-01" })
          .execute();
      });
      // Another connection sees only committed rows.
      if (opened.sqliteFile !== undefined) {
        const reader = new SQLite(opened.sqliteFile, { readonly: true });
        const seen = reader.prepare("select id from organizations where id = ?").get(id) as
          | { id: string }
          | undefined;
        reader.close();
        expect(seen?.id).toBe(id);
      } else {
        const reader = new pg.Client({ connectionString: opened.postgres?.url });
        await reader.connect();
        const seen = await reader.query(
          `select id from ${opened.postgres?.schema}.organizations where id = $1`,
          [id],
        );
        await reader.end();
        expect(seen.rows[0]?.id).toBe(id);
      }
    });
  });
});
