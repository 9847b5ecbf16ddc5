import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { totpCodeAt } from "./accounts/totp.js";
import { requestLogSerializers } from "./app.js";
import { storageTargets } from "./database/storage-targets.js";
import { createProbeNotesTable, registerProbeNoteRoutes } from "./testing/probe-notes.js";
import { expectStatus, openTestClinic, type TestClinic } from "./testing/test-clinic.js";

/**
 * No health information and no secret reaches the logs (HIPAA 164.312(b); ASVS 5.0 16.2.5). Every
 * value a person types here carries a unique marker; the server logs at `trace`, the most talkative
 * level, and no line may contain a marker, a password, a TOTP secret, a recovery code or a token.
 */
describe.each(storageTargets(inject("postgresUrl")))("logs on $dialect", (target) => {
  describe.skipIf(!target.available)("privacy", () => {
    const lines: string[] = [];
    let clinic: TestClinic;
    const marker = `MRK${Math.random().toString(36).slice(2, 10)}`;
    beforeAll(async () => {
      clinic = await openTestClinic(target, {
        logger: {
          level: "trace",
          serializers: requestLogSerializers,
          stream: { write: (line: string) => void lines.push(line) },
        },
        prepare: (database) => createProbeNotesTable(database.kysely as never),
        routes: (app, database) => registerProbeNoteRoutes(app, database.kysely as never),
      });
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("writes structured lines with request ids, and none holds a marker or a secret", async () => {
      const secrets: string[] = [];
      const adminPassword = `${marker} admin passphrase words`;
      const admin = await clinic.signedInAccount({
        organization: `Org ${marker}`,
        email: `admin.${marker}@clinic.example`,
        role: "admin",
        password: adminPassword,
      });
      secrets.push(
        adminPassword,
        admin.totpSecret ?? "",
        ...admin.recoveryCodes,
        admin.client.csrfToken ?? "",
      );
      secrets.push((admin.client.cookie ?? "").split("=")[1] ?? "");

      const created = await expectStatus(
        admin.client.request("POST", "/api/users", {
          email: `clin.${marker}@clinic.example`,
          displayName: `Clinician ${marker}`,
          role: "clinician",
        }),
        201,
      );
      const linkToken = String(created.json().setupLink).split("#link=")[1] ?? "";
      secrets.push(linkToken);
      const clinicianPassword = `${marker} clinician secret words`;
      const clinician = clinic.client();
      await expectStatus(
        clinician.request("POST", "/api/password-links/use", {
          token: linkToken,
          password: clinicianPassword,
        }),
        200,
      );
      await clinician.request("POST", "/api/session", {
        email: `clin.${marker}@clinic.example`,
        password: `${marker} wrong`,
      });
      await expectStatus(
        clinician.request("POST", "/api/session", {
          email: `clin.${marker}@clinic.example`,
          password: clinicianPassword,
        }),
        200,
      );
      const started = await expectStatus(clinician.request("POST", "/api/session/totp-enrolment/start"), 200);
      const secret = started.json().secret as string;
      secrets.push(secret, clinicianPassword);
      await expectStatus(
        clinician.request("POST", "/api/session/totp-enrolment", {
          code: totpCodeAt(secret, clinic.clock.now()),
        }),
        200,
      );

      const note = await expectStatus(
        clinician.request("POST", "/api/probe-notes", { body: `Drinks daily ${marker}` }),
        201,
      );
      await expectStatus(clinician.request("GET", `/api/probe-notes/${note.json().id}`), 200);
      await clinician.request("GET", `/api/probe-notes/${marker}`);
      await clinician.request("POST", "/api/probe-notes", { wrong: `${marker}` });
      await clinician.request("GET", `/api/not-a-route/${marker}?q=${marker}`);
      await clinician.request("POST", "/api/session", `{"email": "${marker}`, {
        "content-type": "application/json",
      });
      await clinician.request("POST", "/api/session/password", {
        currentPassword: `${marker} guess`,
        newPassword: `${marker} new words here`,
      });

      // A service account's key: created, used, refused when wrong.
      const account = await expectStatus(
        admin.client.request("POST", "/api/service-accounts", {
          name: `Feed ${marker}`,
          scopes: ["records.read"],
          recipientName: `Recipient ${marker}`,
        }),
        201,
      );
      const key = account.json().key as string;
      secrets.push(key);
      await clinic.app.inject({
        method: "POST",
        url: `/api/clients/${note.json().id}/disclosures`,
        headers: { host: "clinic.test", authorization: `Bearer ${key}` },
        payload: { consentId: note.json().id, information: ["identifiers"], purpose: "treatment" },
      });
      await clinic.app.inject({
        method: "GET",
        url: "/api/clients",
        headers: { host: "clinic.test", authorization: `Bearer ${key.slice(0, -1)}x` },
      });

      expect(lines.length).toBeGreaterThan(30);
      const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const requestLines = parsed.filter((line) => typeof line.reqId === "string");
      expect(requestLines.length).toBeGreaterThan(20);
      expect(parsed.some((line) => line.msg === "password accepted")).toBe(true);
      const leaks = lines.filter(
        (line) => line.includes(marker) || secrets.some((value) => value.length > 0 && line.includes(value)),
      );
      expect(leaks).toEqual([]);
    });
  });
});
