import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateToLatest } from "./connection.js";
import { type OpenedDatabase, storageTargets } from "./storage-targets.js";

describe.each(storageTargets(inject("postgresUrl")))("database on $dialect", (target) => {
  describe.skipIf(!target.available)("connection", () => {
    let opened: OpenedDatabase;
    beforeAll(async () => {
      opened = await target.open();
    });
    afterAll(async () => {
      await opened?.dispose();
    });

    it("answers a ping, so /api/health can report it reachable", async () => {
      expect(await opened.database.ping()).toBe(true);
    });

    it("runs every migration, and a second run applies nothing", async () => {
      await migrateToLatest(opened.database);
      expect(await migrateToLatest(opened.database)).toEqual([]);
    });

    if (target.dialect === "sqlite") {
      it("writes durably: WAL with synchronous=FULL", async () => {
        const handle = opened.database.sqlite;
        expect(handle?.pragma("journal_mode", { simple: true })).toBe("wal");
        expect(handle?.pragma("synchronous", { simple: true })).toBe(2);
      });
    }

    it("reports unreachable once closed, instead of throwing", async () => {
      const second = await target.open();
      await second.database.close();
      expect(await second.database.ping()).toBe(false);
      await second.dispose();
    });

    it("keeps data between queries", async () => {
      await sql`create table probe_values (value integer not null)`.execute(opened.database.kysely);
      await sql`insert into probe_values (value) values (42)`.execute(opened.database.kysely);
      const rows = await sql<{ value: number }>`select value from probe_values`.execute(
        opened.database.kysely,
      );
      expect(rows.rows.map((row) => Number(row.value))).toEqual([42]);
    });
  });
});
