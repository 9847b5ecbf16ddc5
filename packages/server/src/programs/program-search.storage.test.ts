import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import { startDirectoryImport } from "./directory-import.js";
import { searchView } from "./program-routes.js";
import { fixtureListing } from "./testing/synthetic-listing.js";

interface SearchAnswer {
  near: { resolvedBy: string; label: string | null };
  programs: {
    id: string;
    name: string;
    distanceMiles: number;
    levels: string[];
    levelsToConfirm: string[];
    medications: string[];
    payment: string[];
    languages: string[];
    why: { code: string; text: string }[];
    lacks: { code: string; text: string }[];
    confirm: { code: string; text: string }[];
  }[];
  message: string | null;
}

const MH_FRIDS = new Set(
  fixtureListing()
    .rows.filter((row) => row.typeFacility === "MH")
    .map((row) => String(row.frid)),
);

describe.each(storageTargets(inject("postgresUrl")))("program search on $dialect", (target) => {
  describe.skipIf(!target.available)("GET /api/programs", () => {
    let clinic: TestClinic;
    let other: TestClinic;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      // A second server on the same database, as when several instances share one.
      other = await openTestClinic(target, { opened: clinic.opened });
      const run = startDirectoryImport(clinic.opened.database.kysely, new Date("2026-03-02T10:00:00Z"));
      await run.add(fixtureListing().rows);
      await run.finish();
    });
    afterAll(async () => {
      await other?.app.close();
      await clinic?.close();
    });

    async function search(query: string, server: TestClinic = clinic, headers: Record<string, string> = {}) {
      const response = await server.client().request("GET", `/api/programs?${query}`, undefined, headers);
      return { status: response.statusCode, body: response.json() as SearchAnswer, response };
    }

    it("answers without an account, nearest first, substance use facilities only", async () => {
      const { status, body } = await search("near=22902&radius=100&limit=20");
      expect(status).toBe(200);
      expect(body.near).toMatchObject({ resolvedBy: "zip", label: "Charlottesville, VA" });
      expect(body.programs).toHaveLength(14);
      const distances = body.programs.map((program) => program.distanceMiles);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(body.programs.filter((program) => MH_FRIDS.has(program.id))).toEqual([]);
      expect(body.programs[0]?.name).toBe("Region Ten Community Services Board");
    });

    it("gives the 10 nearest unless asked for more", async () => {
      const { body } = await search("near=22902&radius=100");
      expect(body.programs).toHaveLength(10);
      const more = await search("near=22902&radius=100&limit=20");
      expect(more.body.programs.slice(0, 10).map((program) => program.id)).toEqual(
        body.programs.map((program) => program.id),
      );
    });

    it("keeps to the radius", async () => {
      const near = await search("near=22902&radius=5");
      expect(near.body.programs.length).toBeGreaterThan(0);
      expect(near.body.programs.length).toBeLessThan(14);
      for (const program of near.body.programs) expect(program.distanceMiles).toBeLessThanOrEqual(5);
    });

    it("filters by level, medication, payment and language, saying why each matches and what it lacks", async () => {
      const iop = await search("near=22902&radius=100&level=intensive-outpatient");
      expect(iop.body.programs.length).toBeGreaterThan(0);
      for (const program of iop.body.programs) {
        expect(program.levels).toContain("intensive-outpatient");
        expect(program.why.map((reason) => reason.code)).toContain("level:intensive-outpatient");
        expect(program.why[0]?.text).toMatch(/^Offers/);
      }
      const bup = await search("near=38.03,-78.48&radius=100&medication=buprenorphine&payment=medicaid");
      expect(bup.body.programs.length).toBeGreaterThan(0);
      for (const program of bup.body.programs) {
        expect(program.medications).toContain("buprenorphine");
        expect(program.payment).toContain("medicaid");
      }
      const spanish = await search("near=22902&radius=100&limit=100&language=es");
      for (const program of spanish.body.programs) expect(program.languages).toContain("es");
      const all = await search("near=22902&radius=100&limit=100");
      expect(spanish.body.programs.length).toBeLessThan(all.body.programs.length);
      const someoneLacks = all.body.programs.some((program) => program.lacks.length > 0);
      expect(someoneLacks).toBe(true);
    });

    it("says so, with the helpline, when nothing matches", async () => {
      // Both hospital inpatient rows of the fixture are psychiatric: no substance use program offers it.
      const { status, body } = await search("near=22902&radius=100&level=medically-managed-inpatient");
      expect(status).toBe(200);
      expect(body.programs).toEqual([]);
      expect(body.message).toContain("1-800-662-4357");
      expect(body.message).toContain("call or text 988");
      const spanish = await search("near=22902&radius=100&level=medically-managed-inpatient&textLanguage=es");
      expect(spanish.body.message).toContain("envíe un texto al 988");
    });

    it("says why and what is lacking in the language asked for: textLanguage, else Accept-Language, else English", async () => {
      const query = "near=22902&radius=100&level=intensive-outpatient";
      const texts = (body: SearchAnswer) =>
        body.programs.flatMap((program) => [...program.why, ...program.lacks].map((reason) => reason.text));
      const english = await search(query);
      expect(english.body.programs[0]?.why[0]?.text).toMatch(/^Offers /);
      expect(texts(english.body).join(" ")).not.toMatch(/Ofrece|No menciona/);
      const spanish = await search(`${query}&textLanguage=es`);
      expect(spanish.body.programs[0]?.why[0]?.text).toMatch(/^Ofrece /);
      expect(texts(spanish.body).join(" ")).not.toMatch(/Offers|Does not list/);
      // Same programs and the same reason codes, only the words differ.
      expect(spanish.body.programs.map((program) => program.why.map((reason) => reason.code))).toEqual(
        english.body.programs.map((program) => program.why.map((reason) => reason.code)),
      );
      const header = await search(query, clinic, { "accept-language": "es-MX,es;q=0.9,en;q=0.5" });
      expect(header.body).toEqual(spanish.body);
      const overridden = await search(`${query}&textLanguage=en`, clinic, { "accept-language": "es" });
      expect(overridden.body).toEqual(english.body);
      const french = await search(query, clinic, { "accept-language": "fr-FR" });
      expect(french.body).toEqual(english.body);
      const refused = await search(`${query}&textLanguage=fr`);
      expect(refused.status).toBe(400);
      expect((refused.body as unknown as { errors: { field: string }[] }).errors[0]?.field).toBe(
        "textLanguage",
      );
    });

    it("writes each answer as JSON that is exactly its declared schema: every field, nothing more", async () => {
      const queries = [
        "near=22902&radius=100&limit=100",
        "near=22902&radius=100&level=intensive-outpatient&textLanguage=es",
        "near=22902&radius=100&level=residential&withdrawal=residential",
        "near=38.03,-78.48&radius=100&medication=buprenorphine&payment=medicaid",
        "near=22902&radius=100&language=es",
        "near=22902&radius=100&level=medically-managed-inpatient",
        "near=22999&radius=100",
        "near=Charlottesville%2C%20VA&radius=5&level=residential&medication=methadone",
      ];
      for (const query of queries) {
        const { status, response } = await search(query);
        expect(status).toBe(200);
        expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
        const written = JSON.parse(response.body) as unknown;
        // zod drops undeclared keys and refuses missing or mistyped ones: equal means exactly the schema.
        expect(searchView.parse(written)).toStrictEqual(written);
      }
      const busiest = JSON.parse((await search(queries[0] ?? "")).response.body) as SearchAnswer;
      expect(busiest.programs.length).toBeGreaterThan(5);
      expect(JSON.parse((await search(queries[7] ?? "")).response.body).programs).toEqual([]);
    });

    it("answers 400 naming near for a ZIP code that does not exist, or no place at all", async () => {
      for (const query of ["near=00000", "near=", "level=residential", "near=somewhere"]) {
        const { status, body, response } = await search(query);
        expect(status).toBe(400);
        expect(response.headers["content-type"]).toContain("application/problem+json");
        expect((body as unknown as { errors: { field: string }[] }).errors[0]?.field).toBe("near");
      }
    });

    it("reads a ZIP code it lacks as its area, and says so", async () => {
      const { status, body } = await search("near=22999&radius=100");
      expect(status).toBe(200);
      expect(body.near.resolvedBy).toBe("zip-area");
      expect(body.message).toContain("center of its area");
    });

    it("refuses bad filter values naming the field", async () => {
      for (const [query, field] of [
        ["near=22902&level=rehab", "level"],
        ["near=22902&radius=0", "radius"],
        ["near=22902&payment=cash", "payment"],
        ["near=22902&answers=x", "answers"],
      ] as const) {
        const { status, body } = await search(query);
        expect(status).toBe(400);
        expect((body as unknown as { errors: { field: string }[] }).errors[0]?.field).toBe(field);
      }
    });

    it("finds what a later import added, on every server sharing the database", async () => {
      const before = await search("near=22902&radius=100&level=intensive-outpatient", other);
      const template = fixtureListing().rows[0] ?? {};
      const run = startDirectoryImport(clinic.opened.database.kysely, new Date("2026-03-03T10:00:00Z"));
      await run.add([
        {
          ...template,
          frid: "new-iop-program",
          name1: "New Day IOP",
          latitude: "38.03",
          longitude: "-78.48",
          services: [
            { f2: "TC", f3: "Substance use treatment" },
            { f2: "SET", f3: "Intensive outpatient treatment" },
          ],
        },
      ]);
      await run.finish();
      const after = await search("near=22902&radius=100&level=intensive-outpatient", other);
      expect(after.body.programs).toHaveLength(before.body.programs.length + 1);
      expect(after.body.programs[0]?.id).toBe("new-iop-program");
    });
  });
});
