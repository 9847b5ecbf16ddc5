import { CompiledQuery, type KyselyPlugin, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  acknowledgeEveryUrgentItem,
  alcoholAssessment,
  type Organization,
  organizationWithStaff,
} from "./testing/records-fixtures.js";

/** Tables that grow with an organization's clients: a read must reach their rows through an index. */
const GROWING = [
  "clients",
  "client_name_words",
  "assessments",
  "level_of_care_decisions",
  "care_episodes",
  "care_episode_events",
  "consents",
  "disclosures",
  "audit_events",
];

interface Captured {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/**
 * The everyday reads of the clinic (a client search with its caseload summaries, a client's timeline,
 * the audit query for one client) must cost the same with 100,000 clients as with 1,000
 * (bench/README.md, "Records at scale"). That holds when every SELECT they send reaches the rows of a
 * growing table through an index; a scan of the table reads every organization's rows on each request.
 * Each SELECT is checked with the database's own planner: SQLite's EXPLAIN QUERY PLAN must not SCAN a
 * growing table nor SEARCH one by the organization alone (every row of the organization), here without
 * statistics as the app runs it (it never runs ANALYZE); PostgreSQL, told to avoid sequential scans
 * (enable_seqscan off, so its choice on these tiny tables does not hide a missing index), must not fall
 * back to one.
 */
describe.each(storageTargets(inject("postgresUrl")))("the everyday reads on $dialect", (target) => {
  describe.skipIf(!target.available)("keyed by index", () => {
    let clinic: TestClinic;
    let staff: Organization;
    let clientId: string;
    let capturing = false;
    const captured: Captured[] = [];

    beforeAll(async () => {
      const opened = await target.open();
      const capture: KyselyPlugin = {
        transformQuery(args) {
          if (capturing) {
            const compiled = opened.database.kysely.getExecutor().compileQuery(args.node, args.queryId);
            captured.push({ sql: compiled.sql, parameters: compiled.parameters });
          }
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      clinic = await openTestClinic(target, {
        opened: {
          ...opened,
          database: { ...opened.database, kysely: opened.database.kysely.withPlugin(capture) },
        },
      });
      staff = await organizationWithStaff(clinic, "Keyed Reads Clinic");
      const created = await expectStatus(
        staff.clinician.request("POST", "/api/clients", { name: "Rosa Delgado" }),
        201,
      );
      clientId = created.json().id as string;
      const assessment = await expectStatus(
        staff.clinician.request("POST", `/api/clients/${clientId}/assessments`, {
          answers: alcoholAssessment,
        }),
        201,
      );
      await expectStatus(
        staff.clinician.request("POST", `/api/clients/${clientId}/decisions`, {
          assessmentId: assessment.json().id,
          chosenLevel: assessment.json().recommendedLevel,
          safetyAcknowledgements: acknowledgeEveryUrgentItem(assessment.json()),
        }),
        201,
      );
    });
    afterAll(async () => {
      await clinic?.close();
    });

    /** The plan of one captured SELECT, one line per step. */
    async function planOf(query: Captured): Promise<string[]> {
      const db = clinic.opened.database.kysely;
      if (target.dialect === "sqlite") {
        const plan = await db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
        );
        return plan.rows.map((row) => row.detail);
      }
      return db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const plan = await trx.executeQuery<{ "QUERY PLAN": string }>(
          CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
        );
        return plan.rows.map((row) => row["QUERY PLAN"]);
      });
    }

    /** The steps of the plans of every SELECT a request sends that read a whole growing table. */
    async function scansOf(send: () => Promise<unknown>): Promise<string[]> {
      captured.length = 0;
      capturing = true;
      try {
        await send();
      } finally {
        capturing = false;
      }
      const selects = captured.filter((query) => /^\s*(select|with)\b/i.test(query.sql));
      expect(selects.length).toBeGreaterThan(0);
      const scans: string[] = [];
      for (const query of selects) {
        for (const step of await planOf(query)) {
          const scanned =
            target.dialect === "sqlite"
              ? (/^SCAN (\w+)/.exec(step.trim()) ??
                  /^SEARCH (\w+) USING (?:COVERING )?INDEX \w+ \(organization_id=\?\)$/.exec(
                    step.trim(),
                  ))?.[1]
              : /Seq Scan on (\w+)/.exec(step)?.[1];
          if (scanned !== undefined && GROWING.includes(scanned))
            scans.push(`${step.trim()} in: ${query.sql}`);
        }
      }
      return scans;
    }

    it("finds a client by name, with the caseload summary of each found, without reading a whole table", async () => {
      const scans = await scansOf(() =>
        expectStatus(staff.clinician.request("GET", "/api/clients?q=delg&limit=20"), 200),
      );
      expect(scans).toEqual([]);
    });

    it("shows a client's timeline of assessments without reading a whole table", async () => {
      const scans = await scansOf(() =>
        expectStatus(staff.clinician.request("GET", `/api/clients/${clientId}/assessments?limit=20`), 200),
      );
      expect(scans).toEqual([]);
    });

    it("records an assessment reading only the client's newest assessments, in index order", async () => {
      const scans = await scansOf(() =>
        expectStatus(
          staff.clinician.request("POST", `/api/clients/${clientId}/assessments`, {
            answers: alcoholAssessment,
          }),
          201,
        ),
      );
      expect(scans).toEqual([]);
      // The assessment before is found by walking the client's index from the newest (migration 0620), not
      // by sorting every assessment the client has; SQLite's plan says which (PostgreSQL's cost-based
      // choice on a handful of rows says nothing about a long history, so it is not asked).
      if (target.dialect === "sqlite") {
        const history = captured.filter((query) =>
          /from "assessments"[\s\S]*order by "assessments"."as_of" desc/i.test(query.sql),
        );
        expect(history.length).toBeGreaterThan(0);
        for (const query of history)
          expect(await planOf(query)).not.toContainEqual(expect.stringMatching(/TEMP B-TREE FOR ORDER BY/));
      }
    });

    it("answers the audit query for one client without reading a whole table", async () => {
      const scans = await scansOf(() =>
        expectStatus(staff.admin.request("GET", `/api/audit-events?clientId=${clientId}&limit=50`), 200),
      );
      expect(scans).toEqual([]);
    });
  });
});
