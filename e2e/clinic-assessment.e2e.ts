import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchChromium, watchForeignRequests } from "./browser.js";
import {
  addOwnClient,
  addStaff,
  type ClinicServer,
  firstSignIn,
  startClinicServer,
} from "./clinic-session.js";

const chromiumPath = inject("chromiumPath");

/**
 * The intake assessment and its result, then a reassessment, in real Chromium (docs/design.md "Safety
 * first"): a clinician fills the form item by item, sees an urgent item the moment it is answered, keeps
 * a draft over a reload, saves, reads the result and starts a reassessment prefilled from it, in English
 * and then in Spanish.
 */
describe.skipIf(chromiumPath === null)("clinic assessment, in real Chromium", () => {
  let browser: Browser;
  let server: ClinicServer;
  let page: Page;
  let foreign: Awaited<ReturnType<typeof watchForeignRequests>>;

  beforeAll(async () => {
    server = await startClinicServer();
    browser = await launchChromium(chromiumPath ?? "");
    const admin = await firstSignIn(browser, server.url, server.adminLinkPath, {
      email: "alex@lakeside.example",
      password: "lanterns over a quiet harbor",
    });
    const link = await addStaff(admin.page, {
      email: "sam@lakeside.example",
      displayName: "Sam Ortiz",
      role: "clinician",
    });
    await admin.context.close();
    const clinician = await firstSignIn(
      browser,
      server.url,
      new URL(link, server.url).pathname + new URL(link, server.url).hash,
      {
        email: "sam@lakeside.example",
        password: "maple leaves drift slowly down",
      },
    );
    page = clinician.page;
    foreign = await watchForeignRequests(page, server.url);
    // On the clinician's caseload: clients assigned to them.
    await addOwnClient(page, { name: "Maria Lopez", birthDate: "1990-04-02" });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function screen(name: string): Promise<void> {
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await axeViolations(page), name).toEqual([]);
  }

  async function noSideScroll(): Promise<void> {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(fits, `no horizontal scroll at ${width}px`).toBe(true);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  async function openClient(): Promise<void> {
    await page.getByRole("button", { name: "Maria Lopez", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Maria Lopez" }).waitFor();
  }

  const question = (name: string) => page.getByRole("group", { name, exact: true });

  it("takes an intake with an urgent item at once, a draft over a reload, and shows the result", async () => {
    await page.reload();
    await openClient();
    await page.getByRole("button", { name: "Start an assessment" }).click();
    await screen("Assessment: Maria Lopez");

    // An urgent answer shows its urgent item at once, above the form, with the crisis line.
    // Before any answer, the engine asks for the safety answers first (an "ask now" item, no crisis line yet).
    const urgent = page.getByRole("heading", { level: 2, name: "Urgent: act on this first" });
    const crisisLine = page.getByText(/call or text 988/);
    await urgent.waitFor();
    expect(await crisisLine.count()).toBe(0);
    await question("Lately, have they had thoughts of suicide or of hurting themself?")
      .getByRole("radio", { name: "Yes", exact: true })
      .check();
    await expect.poll(() => crisisLine.count()).toBeGreaterThan(0);
    await page.getByText("Get care today").first().waitFor();
    const urgentTop = (await urgent.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    const safetyTop =
      (await page.getByRole("heading", { level: 2, name: "Safety first" }).boundingBox())?.y ?? 0;
    expect(urgentTop).toBeLessThan(safetyTop);

    await question("Have they thought about how or when they would end their life?")
      .getByRole("radio", { name: "No", exact: true })
      .check();
    await question("Do they mean to act on these thoughts?")
      .getByRole("radio", { name: "No", exact: true })
      .check();
    // "Not asked" stays distinct from "No".
    const overdoseNow = question("Are there signs of an overdose right now?");
    expect(await overdoseNow.getByRole("radio", { name: "Not asked" }).isChecked()).toBe(true);
    await question("Do they live alone?").getByRole("radio", { name: "No", exact: true }).check();
    await page.getByLabel("Alcohol: How often, past 3 months").selectOption("daily");

    // CIWA-Ar item by item, with the total as it grows.
    const ciwa = page.getByRole("region", { name: /CIWA-Ar/ });
    await ciwa.getByRole("button", { name: "Enter the CIWA-Ar item by item" }).click();
    const items = ciwa.getByRole("combobox");
    expect(await items.count()).toBe(10);
    await items.nth(0).selectOption("4");
    await items.nth(1).selectOption("3");
    await ciwa.getByText("CIWA-Ar so far: 7 (8 items not answered yet)").waitFor();
    for (let index = 2; index < 10; index += 1) await items.nth(index).selectOption("1");
    await ciwa.getByText(/CIWA-Ar total: 15/).waitFor();

    // PAWSS item by item: four "yes" answers are already high risk.
    const pawss = page.getByRole("region", { name: /PAWSS/ });
    await pawss.getByRole("button", { name: "Enter the PAWSS item by item" }).click();
    const pawssItems = pawss.getByRole("group");
    for (let index = 0; index < 4; index += 1) {
      await pawssItems.nth(index).getByRole("radio", { name: "Yes", exact: true }).check();
    }
    await pawss.getByText(/PAWSS so far: 4 \(4 of 10 answered\) 4 or more: high risk/).waitFor();

    // The draft survives a reload (the workspace itself starts again at the caseload).
    await page.reload();
    await openClient();
    await page.getByRole("button", { name: "Start an assessment" }).click();
    await page.getByRole("heading", { level: 1, name: "Assessment: Maria Lopez" }).waitFor();
    await page.getByText("Your unsaved answers were brought back.").waitFor();
    await page
      .getByRole("region", { name: /CIWA-Ar/ })
      .getByText(/CIWA-Ar total: 15/)
      .waitFor();
    await urgent.waitFor();
    expect(
      await question("Lately, have they had thoughts of suicide or of hurting themself?")
        .getByRole("radio", { name: "Yes", exact: true })
        .isChecked(),
    ).toBe(true);
    await noSideScroll();

    // The form's actions are reachable by keyboard after its last field.
    await page.getByLabel(/^Days on the waitlist for Hospital inpatient care/).focus();
    const focused = async () =>
      page.evaluate(() => document.activeElement?.textContent?.trim() ?? document.activeElement?.id);
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Save the assessment");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Clear the answers");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Back to the client");

    // The API's error names the field; the form shows it beside the field and focuses it.
    const age = page.getByLabel("How old are they?");
    await age.fill("125");
    await page.getByRole("button", { name: "Save the assessment" }).click();
    await page.getByText("Use an age of at most 120.").waitFor();
    expect(await age.evaluate((input) => input === document.activeElement)).toBe(true);
    await age.fill("35");
    await page.getByRole("button", { name: "Save the assessment" }).click();

    await screen("Assessment result: Maria Lopez");
    const order = await page.locator("h2").allTextContents();
    expect(order[0]).toBe("Urgent: act on this first");
    expect(order).toContain("The six dimensions");
    await expect.poll(() => page.getByText(/ASAM/).count()).toBeGreaterThan(0);
    expect(await page.locator(".result-ratings > li").count()).toBe(6);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await noSideScroll();
    for (const name of ["Record the decision", "Print for the chart", "Back to the client"]) {
      expect(await page.getByRole("button", { name }).count()).toBe(1);
    }

    // Each unknown links back to its question in a reassessment form, which focuses it.
    const asks = page.locator(".ask-list button");
    expect(await asks.count()).toBeGreaterThan(0);
    await asks.first().click();
    await page.getByRole("heading", { level: 1, name: "Reassessment: Maria Lopez" }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/^af-/);
    await page.getByRole("button", { name: "Back to the client" }).click();
  }, 180_000);

  it("prefills a reassessment from the last one and shows the move beside the last result, in Spanish", async () => {
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await page.getByRole("heading", { level: 1, name: "Maria Lopez" }).waitFor();
    await page.getByRole("button", { name: "Empezar una reevaluación" }).click();
    await screen("Reevaluación: Maria Lopez");
    await page.getByText(/Esta reevaluación empieza con las respuestas del/).waitFor();
    await page
      .getByRole("region", { name: /CIWA-Ar/ })
      .getByText(/Total de CIWA-Ar: 15/)
      .waitFor();
    const thoughts = question(
      "Últimamente, ¿ha tenido la persona pensamientos de suicidio o de hacerse daño?",
    );
    expect(await thoughts.getByRole("radio", { name: "Sí" }).isChecked()).toBe(true);
    await thoughts.getByRole("radio", { name: "No", exact: true }).check();
    const ciwa = page.getByRole("region", { name: /CIWA-Ar/ });
    const items = ciwa.getByRole("combobox");
    for (let index = 0; index < 10; index += 1) await items.nth(index).selectOption("0");
    await ciwa.getByText(/Total de CIWA-Ar: 0/).waitFor();
    await page.getByRole("button", { name: "Guardar la evaluación" }).click();

    await screen("Resultado de la evaluación: Maria Lopez");
    await page.getByRole("heading", { level: 2, name: "Cambio desde la última evaluación" }).waitFor();
    await page.getByRole("heading", { level: 3, name: /Último resultado/ }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Qué cambió, por dimensión" }).waitFor();
    expect(await page.locator(".compare-table").first().locator("tbody tr").count()).toBe(6);
    await page.getByRole("button", { name: "Registrar la decisión" }).waitFor();
    await noSideScroll();
    expect(foreign).toEqual([]);
  }, 120_000);
});
