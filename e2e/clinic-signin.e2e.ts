import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { totpCodeAt } from "../packages/server/src/accounts/totp.js";
import { axeViolations, launchChromium, watchForeignRequests } from "./browser.js";
import { startServer } from "./global-setup.js";

const chromiumPath = inject("chromiumPath");
const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * The clinic's sign-in end to end (docs/security.md): an admin created by `stepwise users add` signs in with a second factor in
 * real Chromium, adds a clinician, the clinician signs in, and every step is in the audit log.
 * The server is our own (not the shared one) so the CLI and the server share a fresh data folder.
 */
describe.skipIf(chromiumPath === null)("clinic sign-in, in real Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let dataDirectory: string;
  let adminLinkPath: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dataDirectory = mkdtempSync(join(tmpdir(), "stepwise-clinic-e2e-"));
    const printed = execFileSync(
      process.execPath,
      [
        join(root, "packages/cli/bin/stepwise.mjs"),
        "users",
        "add",
        "--org",
        "Lakeside Recovery",
        "--email",
        "alex@lakeside.example",
        "--role",
        "admin",
        "--name",
        "Alex Rivera",
      ],
      {
        cwd: root,
        env: { ...process.env, STEPWISE_DATA_DIR: dataDirectory, PORT: "8080" },
        encoding: "utf8",
      },
    );
    adminLinkPath = /\/clinic\/#link=[\w-]+/.exec(printed)?.[0] ?? "";
    server = await startServer({ STEPWISE_DATA_DIR: dataDirectory });
    browser = await launchChromium(chromiumPath ?? "");
  });
  afterAll(async () => {
    await browser?.close();
    server?.process.kill("SIGTERM");
    if (server !== undefined) await new Promise((resolve) => server.process.once("exit", resolve));
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  async function newPage(): Promise<{
    page: Page;
    foreign: Awaited<ReturnType<typeof watchForeignRequests>>;
  }> {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1024, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return { page, foreign: await watchForeignRequests(page, server.url) };
  }

  /** Waits for a screen; axe checks it the first time it appears (axe takes seconds per run here). */
  const checked = new Set<string>();
  async function heading(page: Page, text: string): Promise<void> {
    await page.getByRole("heading", { level: 1, name: text }).waitFor();
    if (checked.has(text)) return;
    checked.add(text);
    expect(await axeViolations(page), text).toEqual([]);
  }

  /** Link → password → sign-in → authenticator set-up → recovery codes → workspace; returns the codes. */
  async function firstSignIn(
    page: Page,
    linkPath: string,
    email: string,
    password: string,
  ): Promise<string[]> {
    await page.goto(`${server.url}${linkPath}`);
    await heading(page, "Choose your password");
    expect(page.url()).not.toContain("#link=");
    await page.getByLabel("New password", { exact: true }).fill(password);
    await page.getByLabel("Type the new password again").fill(password);
    await page.getByRole("button", { name: "Save password" }).click();
    await heading(page, "Sign in to the clinic");
    expect(await page.getByRole("status").textContent()).toContain("Your password is saved");
    expect(await page.getByLabel("Email address").inputValue()).toBe(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.keyboard.press("Enter");
    await heading(page, "Set up your authenticator app");
    await page.getByRole("img", { name: "QR code to add Stepwise to your authenticator app" }).waitFor();
    const secret = (await page.locator("code.secret-key").getAttribute("data-secret")) ?? "";
    await page.getByLabel("6-digit code from the app").fill(totpCodeAt(secret, new Date()));
    await page.getByRole("button", { name: "Finish set-up" }).click();
    await heading(page, "Save your recovery codes");
    const codes = await page.locator(".recovery-codes code").allTextContents();
    expect(codes).toHaveLength(10);
    await page.getByRole("button", { name: "I saved my codes" }).click();
    await heading(page, "Caseload");
    return codes;
  }

  it("lets the CLI-made admin sign in with TOTP, add a clinician who signs in, with every step audited", async () => {
    expect(adminLinkPath).not.toBe("");
    const admin = await newPage();
    const adminCodes = await firstSignIn(
      admin.page,
      adminLinkPath,
      "alex@lakeside.example",
      "harbor lights over calm water",
    );
    await admin.page.getByRole("button", { name: "Your account: Alex Rivera" }).click();
    await heading(admin.page, "Your account");
    const identity = await admin.page.locator("dl.identity").innerText();
    expect(identity).toContain("Alex Rivera");
    expect(identity).toContain("Lakeside Recovery");
    expect(identity).toContain("Administrator");
    const cookies = await admin.page.context().cookies();
    // The session, and the device cookie that gives this browser its own guess budget next time.
    expect(
      cookies.map((cookie) => [cookie.name, cookie.httpOnly, cookie.secure, cookie.sameSite]).sort(),
    ).toEqual([
      ["__Host-stepwise-device", true, true, "Strict"],
      ["__Host-stepwise-session", true, true, "Strict"],
    ]);

    await admin.page
      .getByRole("navigation", { name: "Workspace" })
      .getByRole("button", { name: "People", exact: true })
      .click();
    await heading(admin.page, "People");
    await admin.page.getByLabel("Email address").fill("casey@lakeside.example");
    await admin.page.getByLabel("Full name").fill("Casey Morgan");
    await admin.page.getByLabel("Role").selectOption("clinician");
    await admin.page.getByRole("button", { name: "Add person" }).click();
    const linkField = admin.page.getByLabel("One-time set-up link");
    await linkField.waitFor();
    expect(await axeViolations(admin.page)).toEqual([]);
    const clinicianLink = new URL(await linkField.inputValue());
    expect(await admin.page.locator("table.people").innerText()).toContain("Casey Morgan");

    const clinician = await newPage();
    const clinicianCodes = await firstSignIn(
      clinician.page,
      `${clinicianLink.pathname}${clinicianLink.hash}`,
      "casey@lakeside.example",
      "seven maple leaves in autumn",
    );
    await clinician.page.getByRole("button", { name: "Your account: Casey Morgan" }).click();
    expect(await clinician.page.locator("dl.identity").innerText()).toContain("Clinician");
    expect(await clinician.page.getByRole("button", { name: "People", exact: true }).count()).toBe(0);
    expect(await clinician.page.getByRole("heading", { name: "People in your program" }).count()).toBe(0);

    // The clinician forgets the password: the admin makes a reset link; it still asks for the second factor.
    await admin.page.reload();
    await admin.page.getByRole("button", { name: "People", exact: true }).click();
    await admin.page.getByRole("button", { name: "Make a reset link for casey@lakeside.example" }).click();
    const resetField = admin.page.getByLabel("One-time reset link");
    await resetField.waitFor();
    expect(await axeViolations(admin.page)).toEqual([]);
    const resetLink = new URL(await resetField.inputValue());
    await clinician.page.goto(`${server.url}${resetLink.pathname}${resetLink.hash}`);
    await heading(clinician.page, "Choose a new password");
    await clinician.page.getByLabel("New password", { exact: true }).fill("river stones under clear water");
    await clinician.page.getByLabel("Type the new password again").fill("river stones under clear water");
    await clinician.page.getByRole("button", { name: "Save password" }).click();
    await heading(clinician.page, "Sign in to the clinic");
    await clinician.page.getByLabel("Password", { exact: true }).fill("river stones under clear water");
    await clinician.page.keyboard.press("Enter");
    await heading(clinician.page, "Enter your code");
    await clinician.page.getByRole("button", { name: "Use a recovery code instead" }).click();
    await clinician.page.getByLabel("Recovery code").fill(clinicianCodes[0] ?? "");
    await clinician.page.keyboard.press("Enter");
    await heading(clinician.page, "Caseload");

    // The admin signs out and back in with the keyboard only, through the recovery-code path.
    await admin.page.getByRole("button", { name: "Sign out" }).click();
    await heading(admin.page, "Sign in to the clinic");
    await admin.page.keyboard.press("Tab");
    await admin.page.keyboard.type("alex@lakeside.example");
    await admin.page.keyboard.press("Tab");
    await admin.page.keyboard.type("harbor lights over calm water");
    await admin.page.keyboard.press("Enter");
    await heading(admin.page, "Enter your code");
    await admin.page.keyboard.press("Tab");
    await admin.page.keyboard.press("Tab");
    await admin.page.keyboard.press("Tab");
    expect(await admin.page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Use a recovery code instead",
    );
    await admin.page.keyboard.press("Enter");
    await heading(admin.page, "Use a recovery code");
    await admin.page.keyboard.press("Tab");
    await admin.page.keyboard.type(adminCodes[0] ?? "");
    await admin.page.keyboard.press("Enter");
    await heading(admin.page, "Caseload");
    expect(await admin.page.getByRole("status").first().textContent()).toContain("9 recovery codes left");

    await admin.page.getByRole("button", { name: "Ver esta página en español" }).click();
    await admin.page.getByRole("heading", { level: 1, name: "Casos" }).waitFor();
    expect(await admin.page.locator("html").getAttribute("lang")).toBe("es");
    expect(await axeViolations(admin.page)).toEqual([]);

    const trail = await admin.page.evaluate(async () => {
      const response = await fetch("/api/audit-events?limit=100");
      const body = (await response.json()) as {
        events: Array<{
          action: string;
          outcome: string;
          actorUserId: string | null;
          detail: string | null;
          ip: string | null;
        }>;
      };
      return body.events.reverse();
    });
    // The caseload's own reads (client.list) are recorded too; this checks the sign-in steps.
    const steps = trail
      .filter((event) => event.action !== "client.list")
      .map((event) => `${event.action}:${event.outcome}${event.detail === null ? "" : ` (${event.detail})`}`);
    expect(steps).toEqual([
      "user.created:success (admin, by the stepwise users command)",
      "password.set:success (set-up link)",
      "sign-in.password:success",
      "second-factor.enrolled:success",
      "sign-in:success (authenticator set up)",
      "user.created:success (clinician)",
      "password.set:success (set-up link)",
      "sign-in.password:success",
      "second-factor.enrolled:success",
      "sign-in:success (authenticator set up)",
      "password-link.issued:success (password only)",
      "password.set:success (reset link)",
      "sign-in.password:success",
      "sign-in:success (recovery code)",
      "sign-out:success",
      "sign-in.password:success",
      "sign-in:success (recovery code)",
      // This read is itself an event, written after the page it answers with (routes/audit-events.ts).
    ]);
    expect(
      trail
        .filter((event) => event.action !== "user.created" || event.actorUserId !== null)
        .every((event) => event.ip === "127.0.0.1"),
    ).toBe(true);
    expect([...admin.foreign, ...clinician.foreign].map((request) => request.url())).toEqual([]);
  }, 480_000);
});
