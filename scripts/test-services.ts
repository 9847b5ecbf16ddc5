/**
 * Vitest global setup: finds the services the storage and browser suites need and hands their
 * addresses to the tests (`inject("postgresUrl")`, `inject("chromiumPath")`). Outside CI a missing
 * service skips its suite with a loud line saying how to enable it; with CI=true it fails the run.
 */
import { existsSync } from "node:fs";
import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
    chromiumPath: string | null;
  }
}

export const DEFAULT_TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";

export function testDatabaseUrl(environment: NodeJS.ProcessEnv): string {
  return environment.TEST_DATABASE_URL || environment.DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function loud(message: string): void {
  const bar = "!".repeat(100);
  process.stderr.write(`\n${bar}\n!! ${message}\n${bar}\n\n`);
}

export default async function setup(project: TestProject): Promise<void> {
  const inCi = process.env.CI === "true";
  const url = testDatabaseUrl(process.env);
  const postgresUp = await postgresAnswers(url);
  if (!postgresUp) {
    const message = `PostgreSQL does not answer at ${url.replace(/:[^:@/]*@/, ":***@")}: the PostgreSQL storage tests are SKIPPED. Start PostgreSQL or set TEST_DATABASE_URL to enable them.`;
    if (inCi) throw new Error(`CI=true requires PostgreSQL. ${message}`);
    loud(message);
  }
  project.provide("postgresUrl", postgresUp ? url : null);

  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  const chromiumPresent = existsSync(chromium);
  if (!chromiumPresent) {
    const message = `Chromium is not at ${chromium}: the browser tests are SKIPPED. Install it (apt-get install chromium) or set CHROMIUM_PATH to enable them.`;
    if (inCi) throw new Error(`CI=true requires Chromium. ${message}`);
    loud(message);
  }
  project.provide("chromiumPath", chromiumPresent ? chromium : null);
}
