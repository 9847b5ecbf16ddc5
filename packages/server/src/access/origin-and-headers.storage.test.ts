import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { openTestClinic, TEST_HOST, type TestClinic } from "../testing/test-clinic.js";

const PUBLIC_URL = "https://stepwise.clinic.example";

describe.each(storageTargets(inject("postgresUrl")))(
  "origin, HSTS and low-level errors on $dialect",
  (target) => {
    describe.skipIf(!target.available)("checks", () => {
      let local: TestClinic;
      let behindTls: TestClinic;
      beforeAll(async () => {
        local = await openTestClinic(target);
        behindTls = await openTestClinic(target, { publicUrl: PUBLIC_URL });
      });
      afterAll(async () => {
        await local?.close();
        await behindTls?.close();
      });

      const signInFrom = (clinic: TestClinic, origin: string) =>
        clinic.app.inject({
          method: "POST",
          url: "/api/session",
          headers: { host: TEST_HOST, origin },
          payload: { email: "nobody@origin.example", password: "a wrong password for sure" },
        });

      it("without a public address, accepts only the request's own scheme, host and port as Origin", async () => {
        expect((await signInFrom(local, `http://${TEST_HOST}`)).statusCode).toBe(401);
        for (const origin of [
          `https://${TEST_HOST}`,
          `http://${TEST_HOST}:8443`,
          "http://attacker.example",
          "null",
        ]) {
          expect((await signInFrom(local, origin)).statusCode, origin).toBe(403);
        }
      });

      it("with STEPWISE_PUBLIC_URL, accepts exactly its origin, and sends HSTS when it is https", async () => {
        expect((await signInFrom(behindTls, PUBLIC_URL)).statusCode).toBe(401);
        for (const origin of [`http://${TEST_HOST}`, "http://stepwise.clinic.example", `${PUBLIC_URL}:444`]) {
          expect((await signInFrom(behindTls, origin)).statusCode, origin).toBe(403);
        }
        const page = await behindTls.app.inject({
          method: "GET",
          url: "/api/session",
          headers: { host: TEST_HOST },
        });
        expect(page.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
        const plain = await local.app.inject({
          method: "GET",
          url: "/api/session",
          headers: { host: TEST_HOST },
        });
        expect(plain.headers["strict-transport-security"]).toBeUndefined();
      });

      it("answers a request Node itself refuses (headers too large) with a problem document and the security headers", async () => {
        const address = await behindTls.app.listen({ port: 0, host: "127.0.0.1" });
        const { port } = new URL(address);
        const answer = await new Promise<string>((resolve, reject) => {
          const socket = connect(Number(port), "127.0.0.1", () => {
            socket.write(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
          });
          let text = "";
          socket.on("data", (chunk) => {
            text += chunk.toString();
          });
          socket.on("end", () => resolve(text));
          socket.on("error", reject);
        });
        expect(answer).toMatch(/^HTTP\/1\.1 431 /);
        expect(answer).toContain("content-type: application/problem+json");
        expect(answer).toContain("content-security-policy: default-src 'self'");
        expect(answer).toContain("strict-transport-security: max-age=31536000");
      });

      it("asks a reviewer, who can read records, to set up a second factor", async () => {
        const { linkToken } = await local.addAccount({
          organization: "Origin Clinic",
          email: "reviewer@origin.example",
          role: "reviewer",
        });
        const browser = local.client();
        await browser.request("POST", "/api/password-links/use", {
          token: linkToken,
          password: "quiet river stone lantern",
        });
        const signIn = await browser.request("POST", "/api/session", {
          email: "reviewer@origin.example",
          password: "quiet river stone lantern",
        });
        expect(signIn.json().stage).toBe("enrolment");
        expect((await browser.request("GET", "/api/clients")).statusCode).toBe(401);
      });
    });
  },
);
