import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { createProbeNotesTable, registerProbeNoteRoutes } from "../testing/probe-notes.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";

/** Two organizations, both directions, 404 not 403, server-side stamping (docs/design/engineering.md §3.6). */
describe.each(storageTargets(inject("postgresUrl")))("organization isolation on $dialect", (target) => {
  describe.skipIf(!target.available)("protected records", () => {
    let clinic: TestClinic;
    beforeAll(async () => {
      clinic = await openTestClinic(target, {
        prepare: (database) => createProbeNotesTable(database.kysely as never),
        routes: (app, database) => registerProbeNoteRoutes(app, database.kysely as never),
      });
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("answers 404 for another organization's record, in both directions, and audits every read", async () => {
      const harbor = await clinic.signedInAccount({
        organization: "Harbor",
        email: "h@harbor.example",
        role: "clinician",
      });
      const ridge = await clinic.signedInAccount({
        organization: "Ridge",
        email: "r@ridge.example",
        role: "clinician",
      });
      const harborNote = (
        await expectStatus(harbor.client.request("POST", "/api/probe-notes", { body: "harbor" }), 201)
      ).json().id;
      const ridgeNote = (
        await expectStatus(ridge.client.request("POST", "/api/probe-notes", { body: "ridge" }), 201)
      ).json().id;

      expect((await harbor.client.request("GET", `/api/probe-notes/${harborNote}`)).statusCode).toBe(200);
      const crossOne = await harbor.client.request("GET", `/api/probe-notes/${ridgeNote}`);
      const crossTwo = await ridge.client.request("GET", `/api/probe-notes/${harborNote}`);
      const missing = await harbor.client.request("GET", "/api/probe-notes/no-such-note");
      expect([crossOne.statusCode, crossTwo.statusCode, missing.statusCode]).toEqual([404, 404, 404]);
      expect(crossOne.json()).toMatchObject({ status: 404, detail: "There is no such note." });
      expect(crossOne.body.replace(ridgeNote, "")).toBe(missing.body.replace("no-such-note", ""));

      const trail = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select(["action", "outcome", "actor_user_id", "record_id", "organization_id"])
        .where("record_type", "=", "probe-note")
        .orderBy("id")
        .execute();
      expect(
        trail.map(
          (row) =>
            `${row.action}:${row.outcome}:${row.record_id === harborNote ? "harbor" : row.record_id === ridgeNote ? "ridge" : "none"}`,
        ),
      ).toEqual([
        "probe-note.create:success:harbor",
        "probe-note.create:success:ridge",
        "probe-note.read:success:harbor",
        "probe-note.read:not-found:ridge",
        "probe-note.read:not-found:harbor",
        "probe-note.read:not-found:none",
      ]);
      expect(trail[3]?.actor_user_id).toBe(harbor.userId);
    });

    it("stamps the caller's organization and ignores one sent by the client", async () => {
      const harbor = await clinic.signedInAccount({
        organization: "Harbor",
        email: "h2@harbor.example",
        role: "clinician",
      });
      const ridge = await clinic.signedInAccount({
        organization: "Ridge",
        email: "r2@ridge.example",
        role: "admin",
      });
      const ridgeOrg = (await ridge.client.request("GET", "/api/session")).json().organization.id;
      const created = await expectStatus(
        harbor.client.request("POST", "/api/probe-notes", {
          body: "naughty",
          organization_id: ridgeOrg,
          organizationId: ridgeOrg,
        }),
        201,
      );
      const id = created.json().id;
      expect((await ridge.client.request("GET", `/api/probe-notes/${id}`)).statusCode).toBe(404);
      const own = await expectStatus(harbor.client.request("GET", `/api/probe-notes/${id}`), 200);
      expect(own.json().organizationId).not.toBe(ridgeOrg);
    });

    it("lets a reviewer read but not write", async () => {
      const clinician = await clinic.signedInAccount({
        organization: "Harbor",
        email: "h3@harbor.example",
        role: "clinician",
      });
      const reviewer = await clinic.signedInAccount({
        organization: "Harbor",
        email: "rev@harbor.example",
        role: "reviewer",
      });
      const id = (
        await expectStatus(clinician.client.request("POST", "/api/probe-notes", { body: "x" }), 201)
      ).json().id;
      expect((await reviewer.client.request("GET", `/api/probe-notes/${id}`)).statusCode).toBe(200);
      expect((await reviewer.client.request("POST", "/api/probe-notes", { body: "y" })).statusCode).toBe(403);
    });
  });
});
