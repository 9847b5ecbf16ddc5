import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { axeViolations, launchChromium, NEUTRAL_SITE_ORIGIN, watchForeignRequests } from "./browser.js";

const chromiumPath = inject("chromiumPath");
const baseUrl = inject("baseUrl");

const SECTION_IDS = [
  "iop",
  "inpatient",
  "differences",
  "iopFits",
  "inpatientFits",
  "readiness",
  "transitions",
  "levels",
  "assessment",
];

describe.skipIf(chromiumPath === null)("the first page, in real Chromium", () => {
  let browser: Browser;
  let page: Page;
  let foreignRequests: Awaited<ReturnType<typeof watchForeignRequests>>;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath ?? "");
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    foreignRequests = await watchForeignRequests(page, baseUrl);
    await page.goto(baseUrl);
  });

  it("explains every part of the seed article in English, with crisis lines visible", async () => {
    await expect
      .poll(() => page.locator("h1").textContent())
      .toContain("Intensive outpatient or inpatient care");
    for (const id of SECTION_IDS) {
      expect(await page.locator(`#guide-${id} h2`).isVisible(), id).toBe(true);
    }
    const text = await page.locator("body").innerText();
    expect(text).toContain("988");
    expect(text).toContain("911");
    expect(text).toContain("1-800-662-4357");
    expect(text).toMatch(/readiness|ready for outpatient/i);
    expect(await page.locator("table.comparison tbody tr").count()).toBe(5);
    expect(await page.locator(".ladder li").count()).toBe(7);
  });

  it("switches to Spanish, and every section and the crisis lines read in Spanish", async () => {
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
    expect(await page.locator("h1").textContent()).toContain("¿Atención ambulatoria intensiva");
    for (const id of SECTION_IDS) {
      expect(await page.locator(`#guide-${id} h2`).isVisible(), id).toBe(true);
    }
    const text = await page.locator("body").innerText();
    expect(text).toContain("Línea de ayuda: 1-800-662-4357");
    expect(text).toContain("Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357");
    expect(text).toContain("Pida una evaluación profesional");
    expect(text).not.toContain("What is inpatient care?");
  });

  it("has zero WCAG 2.2 A/AA violations in English and in Spanish", async () => {
    await expect.poll(() => page.locator("h1").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("makes no request to any other origin", async () => {
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await page.waitForLoadState("networkidle");
    expect(foreignRequests.map((request) => request.url())).toEqual([]);
  });

  it("adds no history entries, leaves on Escape, and Back cannot return to Stepwise", async () => {
    // The tab's own blank start page is the only entry before ours; using the page must add none.
    const entriesOnArrival = await page.evaluate(() => history.length);
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await page.getByRole("button", { name: "View this page in English" }).click();
    expect(await page.evaluate(() => history.length)).toBe(entriesOnArrival);
    await page.keyboard.press("Escape");
    await page.waitForURL(`${NEUTRAL_SITE_ORIGIN}/**`);
    expect(await page.evaluate(() => history.length)).toBe(entriesOnArrival);
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain(new URL(baseUrl).host);
  });

  it("leaves for a neutral site from the quick-exit button", async () => {
    await page.getByRole("button", { name: "Quick exit" }).click();
    await page.waitForURL(`${NEUTRAL_SITE_ORIGIN}/**`);
    expect(page.url()).toContain("weather.gov");
  });

  it("answers /api/health with the version and a reachable database", async () => {
    const response = await page.request.get(`${baseUrl}/api/health`);
    expect(response.status()).toBe(200);
    const health = await response.json();
    expect(health).toMatchObject({ status: "ok", database: { dialect: "sqlite", reachable: true } });
    expect(health.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
