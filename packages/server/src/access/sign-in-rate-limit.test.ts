import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { migrateToLatest, openDatabase } from "../database/connection.js";

describe("sign-in rate limit per client address (ASVS 5.0 2.4.1, 6.3.1)", () => {
  it("answers 429 with a problem document once an address has used its attempts for the minute", async () => {
    const database = openDatabase({
      kind: "sqlite",
      file: join(mkdtempSync(join(tmpdir(), "stepwise-rate-")), "rate.sqlite"),
    });
    await migrateToLatest(database);
    const app = await buildApp({ database, signInAttemptsPerMinute: 3 });
    const attempt = (address: string) =>
      app.inject({
        method: "POST",
        url: "/api/session",
        remoteAddress: address,
        payload: { email: "nobody@clinic.example", password: "a wrong password for sure" },
      });
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await attempt("10.0.0.1")).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt("10.0.0.1");
    expect(limited.headers["content-type"]).toContain("application/problem+json");
    expect(limited.json()).toMatchObject({
      status: 429,
      detail: expect.stringMatching(/^Too many attempts from this address\. Wait \d+ seconds/),
    });
    expect((await attempt("10.0.0.2")).statusCode).toBe(401);
    await app.close();
    await database.close();
  });
});
