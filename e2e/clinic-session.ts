/**
 * What every clinic browser test needs: its own server and data folder, an admin made by the CLI, and
 * staff who sign in with a second factor (docs/security.md), plus a way to set up records through the
 * same API the screens use.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { totpCodeAt } from "../packages/server/src/accounts/totp.js";
import { launchChromium, watchForeignRequests } from "./browser.js";
import { startServer } from "./global-setup.js";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface ClinicServer {
  readonly url: string;
  /** The admin's one-time set-up link path (`/clinic/#link=…`). */
  readonly adminLinkPath: string;
  readonly stop: () => Promise<void>;
}

/** A fresh server whose organisation has one admin, made by `stepwise users add`. */
export async function startClinicServer(
  options: {
    organization?: string;
    adminEmail?: string;
    adminName?: string;
    environment?: Record<string, string>;
  } = {},
): Promise<ClinicServer> {
  const dataDirectory = mkdtempSync(join(tmpdir(), "stepwise-clinic-e2e-"));
  const printed = execFileSync(
    process.execPath,
    [
      join(root, "packages/cli/bin/stepwise.mjs"),
      "users",
      "add",
      "--org",
      options.organization ?? "Lakeside Recovery",
      "--email",
      options.adminEmail ?? "alex@lakeside.example",
      "--role",
      "admin",
      "--name",
      options.adminName ?? "Alex Rivera",
    ],
    { cwd: root, env: { ...process.env, STEPWISE_DATA_DIR: dataDirectory, PORT: "8080" }, encoding: "utf8" },
  );
  const adminLinkPath = /\/clinic\/#link=[\w-]+/.exec(printed)?.[0] ?? "";
  const server = await startServer({ STEPWISE_DATA_DIR: dataDirectory, ...options.environment });
  return {
    url: server.url,
    adminLinkPath,
    stop: async () => {
      server.process.kill("SIGTERM");
      await new Promise((resolve) => server.process.once("exit", resolve));
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

export interface SignedInPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly recoveryCodes: readonly string[];
}

/** Opens a set-up link, chooses the password, enrols the authenticator and lands in the workspace. */
export async function firstSignIn(
  browser: Browser,
  serverUrl: string,
  linkPath: string,
  credentials: { email: string; password: string },
  contextOptions: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<SignedInPage> {
  const context = await browser.newContext({
    locale: contextOptions.locale ?? "en-US",
    viewport: contextOptions.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${serverUrl}${linkPath}`);
  await page.locator("#new-password, input[type=password]").first().waitFor();
  const passwords = page.locator("input[type=password]");
  await passwords.nth(0).fill(credentials.password);
  await passwords.nth(1).fill(credentials.password);
  await passwords.nth(1).press("Enter");
  const current = page.locator("input[autocomplete=current-password]");
  await current.waitFor();
  await current.fill(credentials.password);
  await current.press("Enter");
  const secretKey = page.locator("code.secret-key");
  await secretKey.waitFor();
  const secret = (await secretKey.getAttribute("data-secret")) ?? "";
  const code = page.locator("input[autocomplete=one-time-code], input[inputmode=numeric]").first();
  await code.fill(totpCodeAt(secret, new Date()));
  await code.press("Enter");
  const codes = page.locator(".recovery-codes code");
  await codes.first().waitFor();
  const recoveryCodes = await codes.allTextContents();
  await page.locator(".recovery-codes ~ button, button.primary").last().click();
  await page.locator("[data-signed-in]").first().waitFor();
  return { page, context, recoveryCodes };
}

/**
 * Calls the API from inside a signed-in page, as the screens do (session cookie + CSRF token), to set
 * up records a test needs before it drives the screens.
 */
export async function callApiAs<Result = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<Result> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch("/api/session", { cache: "no-store" })).json()) as {
        csrfToken?: string;
      };
      const headers: Record<string, string> = { accept: "application/json" };
      if (body !== undefined) headers["content-type"] = "application/json";
      if (method !== "GET" && session.csrfToken !== undefined) headers["x-csrf-token"] = session.csrfToken;
      const response = await fetch(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
      return (text === "" ? undefined : JSON.parse(text)) as Result;
    },
    { method, path, body },
  ) as Promise<Result>;
}

/** Adds a staff member through the API and returns their set-up link path. */
export async function addStaff(
  adminPage: Page,
  person: { email: string; displayName: string; role: "admin" | "clinician" | "reviewer" },
): Promise<string> {
  const result = await callApiAs<{ setupLink: string }>(adminPage, "POST", "/api/users", person);
  return result.setupLink;
}

/** Adds a client assigned to whoever is signed in on `page`, so their caseload shows it. */
export async function addOwnClient(
  page: Page,
  client: { name: string; birthDate: string; recordNumber?: string; zipCode?: string },
): Promise<{ id: string }> {
  const session = await callApiAs<{ user: { id: string } }>(page, "GET", "/api/session");
  return callApiAs<{ id: string }>(page, "POST", "/api/clients", {
    ...client,
    assignedClinicianId: session.user.id,
  });
}

export interface AdminClinic {
  readonly server: ClinicServer;
  readonly browser: Browser;
  /** The admin's page, signed in, in English at 1280 px. */
  readonly page: Page;
  /** Requests the page made to any origin but the server's (there should be none). */
  readonly foreign: Request[];
}

/** A fresh server and Chromium with the organisation's admin signed in (what most clinic test files start with). */
export async function openClinicAsAdmin(chromiumPath: string, password: string): Promise<AdminClinic> {
  const server = await startClinicServer();
  const browser = await launchChromium(chromiumPath);
  const { page } = await firstSignIn(browser, server.url, server.adminLinkPath, {
    email: "alex@lakeside.example",
    password,
  });
  const foreign = await watchForeignRequests(page, server.url);
  return { server, browser, page, foreign };
}
