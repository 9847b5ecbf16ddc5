import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CachingSqliteDatabase, cachingStatements } from "./sqlite-statement-cache.js";

interface ProbeSchema {
  readings: { id: number; client: string; score: number };
}

describe("SQLite statement cache", () => {
  let folder: string;
  let handle: SQLite.Database;
  let cache: CachingSqliteDatabase;
  let db: Kysely<ProbeSchema>;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), "stepwise-statement-cache-"));
    handle = new SQLite(join(folder, "probe.sqlite"));
    handle.pragma("journal_mode = WAL");
    cache = cachingStatements(handle, 3);
    db = new Kysely<ProbeSchema>({ dialect: new SqliteDialect({ database: cache }) });
    await sql`create table readings (id integer primary key, client text not null, score integer not null)`.execute(
      db,
    );
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it("prepares a query once and runs it again with new values, giving each run's own rows", async () => {
    for (let index = 1; index <= 5; index += 1) {
      await db
        .insertInto("readings")
        .values({ id: index, client: `client-${index % 2}`, score: index * 10 })
        .execute();
    }
    const before = cache.statistics;
    const even = await db.selectFrom("readings").selectAll().where("client", "=", "client-0").execute();
    const odd = await db.selectFrom("readings").selectAll().where("client", "=", "client-1").execute();
    expect(even.map((row) => row.score)).toEqual([20, 40]);
    expect(odd.map((row) => row.score)).toEqual([10, 30, 50]);
    // Five inserts of one shape: one statement prepared, four reused; the two selects share one.
    expect(before.reused).toBeGreaterThanOrEqual(4);
    expect(cache.statistics.prepared - before.prepared).toBe(1);
    expect(cache.statistics.reused - before.reused).toBe(1);
  });

  it("keeps transactions working when begin, commit and rollback are reused", async () => {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("readings").values({ id: 1, client: "a", score: 1 }).execute();
    });
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto("readings").values({ id: 2, client: "a", score: 2 }).execute();
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("readings").values({ id: 3, client: "a", score: 3 }).execute();
    });
    const rows = await db.selectFrom("readings").select("id").orderBy("id").execute();
    expect(rows.map((row) => row.id)).toEqual([1, 3]);
  });

  it("holds at most its capacity of statements, dropping the one prepared longest ago", async () => {
    const texts = ["select 1 as n", "select 2 as n", "select 3 as n", "select 4 as n"];
    for (const text of texts) cache.prepare(text);
    expect(cache.statistics.cached).toBe(3);
    const prepared = cache.statistics.prepared;
    cache.prepare("select 2 as n"); // still cached
    cache.prepare("select 4 as n"); // still cached
    cache.prepare("select 1 as n"); // was dropped: prepared again
    expect(cache.statistics.prepared - prepared).toBe(1);
    expect(cache.statistics.cached).toBe(3);
  });

  it("gives a statement that is still iterating a fresh twin instead of disturbing it", () => {
    handle.exec("insert into readings values (1, 'a', 1), (2, 'a', 2), (3, 'a', 3)");
    const text = "select score from readings order by id";
    const seen: unknown[] = [];
    for (const row of cache.prepare(text).iterate([])) {
      seen.push(row);
      expect(cache.prepare(text).all([])).toHaveLength(3);
    }
    expect(seen).toEqual([{ score: 1 }, { score: 2 }, { score: 3 }]);
  });

  it("sees a column added after the statement was prepared (SQLite re-prepares on schema change)", async () => {
    await db.insertInto("readings").values({ id: 1, client: "a", score: 7 }).execute();
    const query = () => db.selectFrom("readings").selectAll().execute();
    expect(await query()).toEqual([{ id: 1, client: "a", score: 7 }]);
    await sql`alter table readings add column note text`.execute(db);
    expect(await query()).toEqual([{ id: 1, client: "a", score: 7, note: null }]);
  });
});
