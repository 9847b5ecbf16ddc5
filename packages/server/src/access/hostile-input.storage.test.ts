import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { openTestClinic, TEST_HOST, TEST_ORIGIN, type TestClinic } from "../testing/test-clinic.js";

/** The security probes that are cheap enough for every run: methods outside the API, control characters. */
describe.each(storageTargets(inject("postgresUrl")))("hostile input on $dialect", (target) => {
  describe.skipIf(!target.available)("probes", () => {
    let clinic: TestClinic;
    const lines: string[] = [];
    beforeAll(async () => {
      const webRoot = mkdtempSync(join(tmpdir(), "stepwise-web-"));
      writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Stepwise</title>");
      clinic = await openTestClinic(target, {
        webRoot,
        logger: {
          level: "info",
          stream: new Writable({
            write(chunk, _encoding, done) {
              lines.push(String(chunk));
              done();
            },
          }),
        },
      });
    });
    afterAll(async () => {
      await clinic?.close();
    });

    const send = (
      method: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE",
      url: string,
      address = "10.1.1.1",
    ) =>
      clinic.app.inject({
        method,
        url,
        remoteAddress: address,
        headers: { host: TEST_HOST, origin: TEST_ORIGIN },
      });

    it("serves the app to GET and HEAD outside the API, and answers other methods 405 problem+json", async () => {
      const page = await send("GET", "/clinic/some/screen");
      expect(page.headers["content-type"]).toContain("text/html");
      expect(page.body).toContain("<title>Stepwise</title>");
      expect(page.headers["content-security-policy"]).toBeDefined();
      expect((await send("HEAD", "/anything")).headers["content-type"]).toContain("text/html");
      for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
        for (const url of ["/", "/anything", "/clinic/x", "/index.html?x=1"]) {
          const response = await send(method, url);
          expect(response.statusCode, `${method} ${url}`).toBe(405);
          expect(response.headers["content-type"]).toContain("application/problem+json");
          expect(response.headers.allow).toBe("GET, HEAD");
          expect(response.json()).toMatchObject({ status: 405, title: "Method Not Allowed" });
        }
      }
      for (const url of ["/api/nothing", "/cds-services/nothing"]) {
        const response = await send("POST", url);
        expect(response.statusCode, url).toBe(404);
        expect(response.headers["content-type"]).toContain("application/problem+json");
      }
      // Under /fhir an error is a FHIR OperationOutcome (docs/fhir.md).
      const fhir = await send("POST", "/fhir/Nothing");
      expect(fhir.statusCode).toBe(404);
      expect(fhir.headers["content-type"]).toContain("application/fhir+json");
      expect(fhir.json()).toMatchObject({ resourceType: "OperationOutcome" });
    });

    it("writes at most one log line pair per client per minute for requests to unknown addresses", async () => {
      lines.length = 0;
      for (let index = 0; index < 200; index += 1) await send("POST", `/probe-${index}`, "10.9.9.9");
      const logged = lines.filter(
        (line) => line.includes('"statusCode":405') || line.includes("incoming request"),
      );
      expect(logged.length).toBeLessThanOrEqual(2);
      expect(lines.filter((line) => line.includes('"level":50'))).toEqual([]);
    });

    it("refuses NUL and control characters in account fields with 400 naming the field", async () => {
      const admin = await clinic.signedInAccount({
        organization: "Probe Clinic",
        email: "admin@probe.example",
        role: "admin",
      });
      const cases: Array<{
        url: string;
        body: Record<string, unknown>;
        field: string;
        client: "anonymous" | "admin";
      }> = [
        {
          url: "/api/session",
          body: { email: "a\u0000b@probe.example", password: "a long enough password" },
          field: "email",
          client: "anonymous",
        },
        {
          url: "/api/session",
          body: { email: "a@probe.example", password: "a long\u0000enough password" },
          field: "password",
          client: "anonymous",
        },
        {
          url: "/api/users",
          body: { email: "new\u0000@probe.example", displayName: "New", role: "clinician" },
          field: "email",
          client: "admin",
        },
        {
          url: "/api/users",
          body: { email: "new@probe.example", displayName: "New\u0000Person", role: "clinician" },
          field: "displayName",
          client: "admin",
        },
        {
          url: "/api/users",
          body: { email: "new@probe.example", displayName: "New\u001b[2J", role: "clinician" },
          field: "displayName",
          client: "admin",
        },
        {
          url: "/api/password-links/use",
          body: { token: "x".repeat(30), password: "pass\u0007word long enough" },
          field: "password",
          client: "anonymous",
        },
      ];
      for (const probe of cases) {
        const client = probe.client === "admin" ? admin.client : clinic.client();
        const response = await client.request("POST", probe.url, probe.body);
        expect(response.statusCode, `${probe.url} ${probe.field}`).toBe(400);
        expect(response.headers["content-type"]).toContain("application/problem+json");
        expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(probe.field);
      }
      const stored = await clinic.opened.database.kysely.selectFrom("users").select("email").execute();
      expect(stored.map((row) => row.email)).not.toContain("new@probe.example");
    });
  });
});
