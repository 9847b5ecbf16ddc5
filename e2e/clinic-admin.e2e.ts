import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchChromium, noSidewaysScroll } from "./browser.js";
import { type ClinicServer, callApiAs, firstSignIn, startClinicServer } from "./clinic-session.js";

const chromiumPath = inject("chromiumPath");

/** Step 10 of the clinic's day: an admin manages people and examines the audit log. */
describe.skipIf(chromiumPath === null)("clinic admin: people and the audit log, in real Chromium", () => {
  let browser: Browser;
  let server: ClinicServer;

  beforeAll(async () => {
    server = await startClinicServer();
    browser = await launchChromium(chromiumPath ?? "");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("adds, renames, changes the role of, turns off and on a person; filters the audit log by name and downloads it", async () => {
    const { page, context } = await firstSignIn(browser, server.url, server.adminLinkPath, {
      email: "alex@lakeside.example",
      password: "harbor lights over calm water",
    });
    const nav = page.getByRole("navigation", { name: "Workspace" });
    await nav.getByRole("button", { name: "People", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");

    await page.getByLabel("Email address").fill("jo@lakeside.example");
    await page.getByLabel("Full name").fill("Jo Lane");
    await page.getByLabel("Role").selectOption("reviewer");
    await page.getByRole("button", { name: "Add person" }).click();
    await page.getByLabel("One-time set-up link").waitFor();
    const table = page.locator("table.people");
    await table.getByText("Jo Lane").waitFor();

    // The last admin cannot step down.
    await page.getByRole("button", { name: "Change the account of Alex Rivera" }).click();
    await page.locator("#change-role").selectOption("clinician");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("last active administrator").waitFor();
    await page.getByRole("button", { name: "Cancel", exact: true }).click();

    // Rename and change the role.
    await page.getByRole("button", { name: "Change the account of Jo Lane" }).click();
    await page.locator("#change-name").fill("Jo Lane-Ortiz");
    await page.locator("#change-role").selectOption("clinician");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved the changes for Jo Lane-Ortiz.").waitFor();
    expect(await table.locator("tr", { hasText: "Jo Lane-Ortiz" }).innerText()).toContain("Clinician");
    expect(await axeViolations(page)).toEqual([]);

    // Turn off, then on again; a reset link.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Turn off the account of jo@lakeside.example" }).click();
    await page.getByText("The account of jo@lakeside.example is turned off.").waitFor();
    await page.getByRole("button", { name: "Turn on again the account of jo@lakeside.example" }).click();
    await page.getByText("The account of jo@lakeside.example is on again.").waitFor();
    await page.getByRole("button", { name: "Make a reset link for jo@lakeside.example" }).click();
    await page.getByLabel("One-time reset link").waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);

    // The audit log: names, not ids; filters by person, client, action and dates; paging; CSV.
    const client = await callApiAs<{ id: string }>(page, "POST", "/api/clients", { name: "Omar Audit" });
    await callApiAs(page, "GET", `/api/clients/${client.id}`);
    await nav.getByRole("button", { name: "Audit log" }).click();
    await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
    const events = page.getByRole("table", { name: "Audit events, newest first" });
    await events.waitFor();
    expect(await events.innerText()).toContain("Alex Rivera");
    expect(await events.innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await page.getByLabel("Client").selectOption({ label: "Omar Audit" });
    // Naming the clients in the log reads no client's record: the one read is the one made above.
    const reads = await callApiAs<{ events: unknown[] }>(
      page,
      "GET",
      `/api/audit-events?clientId=${client.id}&action=client.read`,
    );
    expect(reads.events).toHaveLength(1);
    await page.getByLabel("Person").selectOption({ label: "Alex Rivera" });
    await page.getByLabel("Action").fill("client.*");
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel("From (date)").fill(today);
    await page.getByLabel("To (date)").fill(today);
    await page.getByRole("button", { name: "Show events" }).click();
    // Wait for the filtered page: every row about Omar Audit.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll("table.audit tbody tr")];
      return rows.length > 0 && rows.every((row) => row.textContent?.includes("Omar Audit"));
    });
    const rows = await events.locator("tbody tr").allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toContain("client.");
      expect(row).toContain("Omar Audit");
    }
    const csvLink = page.getByRole("link", { name: "Download these events as CSV" });
    const href = (await csvLink.getAttribute("href")) ?? "";
    expect(href).toContain("action=client.*");
    const csv = await page.evaluate(async (path) => (await fetch(path)).text(), href);
    expect(csv.split("\n")[0]).toContain("action");
    expect(csv).toContain("client.create");
    expect(await axeViolations(page)).toEqual([]);

    // Paging: more events than a page (50) when unfiltered.
    for (let index = 0; index < 60; index += 1) await callApiAs(page, "GET", `/api/clients/${client.id}`);
    await page.getByLabel("Client").selectOption({ label: "Any client" });
    await page.getByLabel("Person").selectOption({ label: "Anyone" });
    await page.getByLabel("Action").fill("");
    await page.getByLabel("From (date)").fill("");
    await page.getByLabel("To (date)").fill("");
    await page.getByRole("button", { name: "Show events" }).click();
    await page.getByText("Events shown: 50.").waitFor();
    await page.getByRole("button", { name: "Show older events" }).click();
    await page.getByText(/^Events shown: (5[1-9]|[6-9]\d|1\d\d)\.$/).waitFor();

    // A bad action names the field.
    await page.getByLabel("Action").fill("not valid!");
    await page.getByRole("button", { name: "Show events" }).click();
    await page.locator("#audit-action-error").waitFor();

    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await page.getByRole("heading", { level: 1, name: "Registro de auditoría" }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await noSidewaysScroll(page)).toBe(true);
    await page
      .getByRole("navigation", { name: "Espacio de trabajo" })
      .getByRole("button", { name: "Personas", exact: true })
      .click();
    await page.getByRole("heading", { level: 1, name: "Personas" }).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 110_000);
});
