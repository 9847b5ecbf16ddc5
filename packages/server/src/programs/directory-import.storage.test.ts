import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateToLatest } from "../database/connection.js";
import { type OpenedDatabase, storageTargets } from "../database/storage-targets.js";
import { startDirectoryImport } from "./directory-import.js";
import { fixtureListing, synthesisedRows } from "./testing/synthetic-listing.js";

const at = new Date("2026-03-02T10:00:00Z");

describe.each(storageTargets(inject("postgresUrl")))("directory import on $dialect", (target) => {
  describe.skipIf(!target.available)("upsert by frid", () => {
    let opened: OpenedDatabase;
    beforeAll(async () => {
      opened = await target.open();
      await migrateToLatest(opened.database);
    });
    afterAll(async () => {
      await opened?.dispose();
    });

    async function importRows(rows: readonly unknown[]) {
      const run = startDirectoryImport(opened.database.kysely, at);
      await run.add(rows);
      return run.finish();
    }

    it("stores every row of the fixture, substance use and mental health alike", async () => {
      const summary = await importRows(fixtureListing().rows);
      expect(summary).toMatchObject({ added: 30, updated: 0, unchanged: 0, refused: [], unmapped: [] });
      expect(summary.substanceUseFacilities).toBe(14);
      const stored = await opened.database.kysely
        .selectFrom("directory_facilities")
        .select(({ fn }) => fn.countAll<number>().as("count"))
        .executeTakeFirstOrThrow();
      expect(Number(stored.count)).toBe(30);
    });

    it("changes nothing when the same listing is imported again", async () => {
      const before = await importRows([]);
      const summary = await importRows(fixtureListing().rows);
      expect(summary).toMatchObject({ added: 0, updated: 0, unchanged: 30 });
      expect(summary.directoryVersion).toBe(before.directoryVersion);
    });

    it("updates a changed row, refuses a broken one and reports values it cannot map", async () => {
      const [first, ...others] = fixtureListing().rows;
      const moved = {
        ...first,
        phone: "434-555-0100",
        services: [{ f2: "SET", f3: "Floating clinic; Outpatient" }],
      };
      const summary = await importRows([moved, ...others, { frid: "no-place", name1: "X", services: [] }]);
      expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 29 });
      expect(summary.refused).toEqual([
        { position: 31, frid: "no-place", reason: expect.stringMatching(/^latitude/) },
      ]);
      expect(summary.unmapped).toEqual([{ category: "SET", value: "Floating clinic", rows: 1 }]);
      const stored = await opened.database.kysely
        .selectFrom("directory_facilities")
        .select(["phone", "imported_at"])
        .where("frid", "=", String(first?.frid))
        .executeTakeFirstOrThrow();
      expect(stored.phone).toBe("434-555-0100");
    });

    // bench/programs.mjs imports 25,000 and times it; here the count and idempotence on many batches.
    it("imports 5,000 synthesised rows, then finds them all unchanged", async () => {
      const rows = synthesisedRows(5_000);
      const first = await importRows(rows);
      expect(first).toMatchObject({ added: 5_000, refused: [] });
      const again = await importRows(rows);
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5_000 });
    });

    it("keeps rows in order across calls and batches: a later row with the same frid wins", async () => {
      const rows = synthesisedRows(3_200).map((row, index) => ({ ...row, frid: `ordered-${index}` }));
      const repeated = { ...rows[10], phone: "434-555-0199" };
      const run = startDirectoryImport(opened.database.kysely, at);
      // In chunks, as `stepwise programs import` hands them over; the repeat lands in a later batch.
      for (let start = 0; start < rows.length; start += 1_000)
        await run.add(rows.slice(start, start + 1_000));
      await run.add([repeated]);
      const summary = await run.finish();
      expect(summary).toMatchObject({ added: 3_200, updated: 1, unchanged: 0, refused: [] });
      const stored = await opened.database.kysely
        .selectFrom("directory_facilities")
        .select("phone")
        .where("frid", "=", "ordered-10")
        .executeTakeFirstOrThrow();
      expect(stored.phone).toBe("434-555-0199");
    });

    it("fails the import when a write fails, instead of losing it", async () => {
      const run = startDirectoryImport(opened.database.kysely, at);
      await opened.database.kysely.schema
        .alterTable("directory_facilities")
        .renameTo("directory_elsewhere")
        .execute();
      try {
        await expect(
          (async () => {
            await run.add(synthesisedRows(2_000).map((row, index) => ({ ...row, frid: `lost-${index}` })));
            await run.finish();
          })(),
        ).rejects.toThrow();
      } finally {
        await opened.database.kysely.schema
          .alterTable("directory_elsewhere")
          .renameTo("directory_facilities")
          .execute();
      }
    });
  });
});
