import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  acknowledgeEveryUrgentItem,
  alcoholAssessment,
} from "../packages/server/src/records/testing/records-fixtures.js";
import { axeViolations, launchChromium, noSidewaysScroll } from "./browser.js";
import { addStaff, type ClinicServer, callApiAs, firstSignIn, startClinicServer } from "./clinic-session.js";

const chromiumPath = inject("chromiumPath");

/**
 * Steps 1 and 2 of the clinic's day (docs/design.md): a clinician's caseload with search and filters,
 * overdue reassessments first, and registering a client with a warning about a likely duplicate.
 */
describe.skipIf(chromiumPath === null)("clinic caseload and registering a client, in real Chromium", () => {
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

  it("lists my clients with level, dates and urgent items, searches and filters, and registers a client after a duplicate warning", async () => {
    const admin = await firstSignIn(browser, server.url, server.adminLinkPath, {
      email: "alex@lakeside.example",
      password: "harbor lights over calm water",
    });
    const link = await addStaff(admin.page, {
      email: "casey@lakeside.example",
      displayName: "Casey Morgan",
      role: "clinician",
    });
    const clinician = await firstSignIn(browser, server.url, link, {
      email: "casey@lakeside.example",
      password: "seven maple leaves in autumn",
    });
    const page = clinician.page;
    const session = await callApiAs<{ user: { id: string } }>(page, "GET", "/api/session");
    const mine = session.user.id;
    const create = (body: Record<string, unknown>) =>
      callApiAs<{ id: string }>(page, "POST", "/api/clients", body);
    const noor = await create({
      name: "Noor Haddad",
      birthDate: "1985-06-01",
      recordNumber: "MRN-100",
      assignedClinicianId: mine,
    });
    const overdue = await create({
      name: "Diego Santos",
      birthDate: "1979-11-23",
      assignedClinicianId: mine,
    });
    await create({ name: "Someone Else", assignedClinicianId: null });
    // Diego: assessed, decided and admitted to day treatment long ago, so his reassessment is overdue.
    const assessment = await callApiAs<{ id: string; result: { urgent: { ruleId: string }[] } }>(
      page,
      "POST",
      `/api/clients/${overdue.id}/assessments`,
      { answers: alcoholAssessment },
    );
    const decision = await callApiAs<{ id: string }>(page, "POST", `/api/clients/${overdue.id}/decisions`, {
      assessmentId: assessment.id,
      chosenLevel: "partial-hospitalization",
      reason: "client-preference",
      reasonText: "Chosen with the client.",
      safetyAcknowledgements: acknowledgeEveryUrgentItem(assessment),
    });
    await callApiAs(page, "POST", `/api/clients/${overdue.id}/episodes`, {
      level: "partial-hospitalization",
      admittedOn: alcoholAssessment.asOf,
      decisionId: decision.id,
    });
    // Noor: assessed, no decision yet, so the assessment's urgent items are still open.
    await callApiAs(page, "POST", `/api/clients/${noor.id}/assessments`, { answers: alcoholAssessment });

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Caseload" }).waitFor();
    const nav = page.getByRole("navigation", { name: "Workspace" });
    expect(await nav.getByRole("button", { name: "Register a client" }).count()).toBe(1);
    expect(await nav.getByRole("button", { name: "Audit log" }).count()).toBe(0);
    const table = page.getByRole("table", { name: "Clients, reassessments due first" });
    await table.getByRole("button", { name: "Noor Haddad", exact: true }).waitFor();
    // Assigned to me by default: a client of nobody is not listed.
    expect(await table.getByRole("button", { name: "Someone Else" }).count()).toBe(0);
    const rows = await table.locator("tbody tr").allInnerTexts();
    expect(rows[0]).toContain("Diego Santos");
    expect(rows[0]).toContain("Day treatment (partial hospitalization) [2.5]");
    expect(rows[0]).toContain("(overdue)");
    expect(rows[0]).toContain("Casey Morgan");
    expect(rows[0]).toContain("None");
    expect(rows[1]).toContain("Noor Haddad");
    expect(rows[1]).toContain(alcoholAssessment.asOf);
    expect(rows[1]).not.toContain("None");
    expect(rows.join("\n")).toContain("MRN-100");
    expect(await axeViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBe(true);

    // Search by record number, then by birth date; filters narrow.
    await page.getByLabel("Search", { exact: true }).fill("MRN-100");
    await page.getByLabel("Search", { exact: true }).press("Enter");
    await page.getByText("Clients shown: 1.").waitFor();
    expect(await table.getByRole("button", { name: "Noor Haddad" }).count()).toBe(1);
    await page.getByLabel("Search", { exact: true }).fill("1979-11-23");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await table.getByRole("button", { name: "Diego Santos" }).waitFor();
    await page.getByLabel("Search", { exact: true }).fill("");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByLabel("Assigned to").selectOption({ label: "Everyone in the program" });
    await table.getByRole("button", { name: "Someone Else" }).waitFor();
    await page.getByLabel("Open episode of care").selectOption({ label: "No" });
    await page.getByText("Clients shown: 2.").waitFor();
    expect(await table.getByRole("button", { name: "Diego Santos" }).count()).toBe(0);
    await page.getByLabel("Open episode of care").selectOption({ label: "Any" });

    // Register: a likely duplicate (same name, same birth date) is shown before saving.
    await nav.getByRole("button", { name: "Register a client" }).click();
    await page.getByRole("heading", { level: 1, name: "Register a client" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    // The server names the empty field; wait for its answer rather than read the field at once.
    await expect.poll(() => page.getByLabel("Full name").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Full name").fill("noor  HADDAD");
    await page.getByLabel("Date of birth").fill("1985-06-01");
    await page.getByLabel("ZIP code").fill("9411");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await page.getByRole("heading", { name: "This person may already be registered" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Save as a new client anyway" }).click();
    // The API names the field: ZIP code is wrong.
    await page.locator("#client-zip-error").waitFor();
    expect(await page.locator("#client-zip-error").innerText()).toContain("ZIP");
    await page.getByLabel("ZIP code").fill("94110");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await page.getByRole("button", { name: "Open the record of Noor Haddad (born 1985-06-01)" }).click();
    await page.getByRole("heading", { level: 1, name: "Noor Haddad" }).waitFor();
    await page.getByRole("button", { name: "Back to the caseload" }).click();
    await nav.getByRole("button", { name: "Register a client" }).click();
    await page.getByLabel("Full name").fill("Lena Park");
    await page.getByLabel("Date of birth").fill("2001-02-03");
    await page.getByLabel("Record number").fill("MRN-200");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Lena Park" }).waitFor();
    expect(await page.locator("dl.identity").innerText()).toContain("Casey Morgan");
    expect(await page.getByRole("button", { name: "Start an assessment" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The client page: change details, make inactive.
    await page.getByRole("button", { name: "Change details" }).click();
    await page.locator("#edit-record-number").fill("MRN-201");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Changes saved.").waitFor();
    expect(await page.locator("dl.identity").innerText()).toContain("MRN-201");
    await page.getByRole("button", { name: "Make inactive" }).click();
    await page.getByLabel("Reason").fill("Moved away.");
    await page.getByRole("button", { name: "Make inactive" }).last().click();
    await page.getByRole("button", { name: "Make active again" }).waitFor();
    expect(await page.locator("dl.identity").innerText()).toContain("Inactive");

    // Keyboard only: Tab reaches the nav, Enter opens the caseload, focus lands on its heading.
    await page.keyboard.press("Tab");
    await nav.getByRole("button", { name: "Caseload", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Caseload" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Caseload");

    // Spanish, and a phone-sized screen.
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await page.getByRole("heading", { level: 1, name: "Casos" }).waitFor();
    await page.getByRole("navigation", { name: "Espacio de trabajo" }).waitFor();
    await page.getByRole("table", { name: "Personas, primero las reevaluaciones que vencen" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await noSidewaysScroll(page)).toBe(true);
    await page
      .getByRole("navigation", { name: "Espacio de trabajo" })
      .getByRole("button", { name: "Registrar a una persona" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Registrar a una persona" }).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await admin.context.close();
    await clinician.context.close();
  }, 110_000);
});
