/**
 * The program finder in real Chromium (docs/programs.md): from a self-check result and from the decision
 * aid's questions for programs to a list of programs near a ZIP code or town, in English and Spanish, with
 * the kind of care preset from the result; why each program may fit, what it does not list, what to confirm.
 * No match, a place that cannot be found, an empty directory and no connection each say what to do next.
 * The place typed is never in the page's address or the device's storage, never in the server's log, and
 * no request leaves Stepwise's origin. This file starts its own server with the fixture directory imported
 * (fixtures/findtreatment); the suite's shared server has no directory and stands for "not loaded yet".
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildAssessment } from "../packages/web/src/self-check/questions.js";
import { axeViolations, launchChromium, watchForeignRequests } from "./browser.js";
import { startServer } from "./global-setup.js";
import { STIMULANTS_SEVERAL_TIMES_A_WEEK } from "./self-check-answers.js";

const chromiumPath = inject("chromiumPath");
/** The suite's shared server: no directory imported. */
const emptyDirectoryUrl = inject("baseUrl");
const root = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = join(root, "fixtures/findtreatment/locator-listing-charlottesville-va.json");
const POLL = { timeout: 20_000 };

const STIMULANTS: Readonly<Record<string, string>> = STIMULANTS_SEVERAL_TIMES_A_WEEK;

const SAVED = {
  voice: "self",
  assessment: buildAssessment(STIMULANTS, "self", "2026-11-27"),
  responses: STIMULANTS,
  features: {},
  savedOnDevice: true,
};

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await axeViolations(page), where).toEqual([]);
}

/** Everything the page keeps: its address, history entries' state, and the device's storage. */
async function whatThePageKeeps(page: Page): Promise<string> {
  const kept = await page.evaluate(() => {
    const storage = (store: Storage) => Object.keys(store).map((key) => `${key}=${store.getItem(key) ?? ""}`);
    return [
      location.href,
      JSON.stringify(history.state),
      ...storage(localStorage),
      ...storage(sessionStorage),
    ].join("\n");
  });
  return `${page.url()}\n${kept}`;
}

/** Answers each question from `answers` ("not sure" otherwise) until the result shows. */
async function takeSelfCheck(page: Page, answers: Readonly<Record<string, string>>): Promise<void> {
  await page.locator(".self-check-entry button").first().click();
  await page.locator('[data-option="self"]').click({ timeout: 30_000 });
  for (let count = 0; count < 60; count += 1) {
    const handle = await page.waitForFunction(
      () => {
        const article = document.querySelector("main article") as HTMLElement | null;
        if (article === null) return false;
        if (article.classList.contains("results")) return "results";
        return article.dataset.question ?? article.dataset.step ?? false;
      },
      undefined,
      { timeout: 30_000 },
    );
    const step = (await handle.jsonValue()) as string;
    if (step === "results") return;
    if (step === "urgent" || step === "end") await page.locator("main article .flow-nav .primary").click();
    else {
      await page.locator(`[data-option="${answers[step] ?? "not-sure"}"]`).click();
      await page.waitForFunction((previous) => {
        const article = document.querySelector("main article") as HTMLElement | null;
        return (
          article !== null && (article.classList.contains("results") || article.dataset.question !== previous)
        );
      }, step);
    }
  }
  throw new Error("The self-check did not reach a result");
}

describe.skipIf(chromiumPath === null)("the program finder, in real Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let dataDirectory: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    dataDirectory = mkdtempSync(join(tmpdir(), "stepwise-e2e-finder-"));
    execFileSync(
      process.execPath,
      [join(root, "packages/cli/bin/stepwise.mjs"), "programs", "import", FIXTURE],
      {
        cwd: root,
        env: { ...process.env, STEPWISE_DATA_DIR: dataDirectory },
        stdio: "pipe",
      },
    );
    // Request logging on, so the test can show the place searched for is not in the log.
    server = await startServer({ STEPWISE_DATA_DIR: dataDirectory, LOG_LEVEL: "info" });
    browser = await launchChromium(chromiumPath ?? "");
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    if (server !== undefined) {
      server.process.kill("SIGTERM");
      await new Promise((resolve) => server.process.once("exit", resolve));
    }
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  async function openPage(
    baseUrl: string,
    saved: object | null,
    viewport = { width: 390, height: 844 },
  ): Promise<{ page: Page; context: BrowserContext; foreign: Request[] }> {
    const context = await browser.newContext({ locale: "en-US", viewport, serviceWorkers: "block" });
    contexts.push(context);
    await context.addInitScript((answers) => {
      Object.defineProperty(navigator, "languages", { get: () => ["en-US"] });
      if (answers !== null && localStorage.getItem("stepwise.answers.v1") === null)
        localStorage.setItem("stepwise.answers.v1", JSON.stringify(answers));
    }, saved);
    const page = await context.newPage();
    const foreign = await watchForeignRequests(page, baseUrl);
    await page.goto(baseUrl);
    return { page, context, foreign };
  }

  it("from a self-check result to programs near a ZIP code, with why each fits, what it lacks and what to confirm", async () => {
    const { page, context, foreign } = await openPage(server.url, null);
    await takeSelfCheck(page, STIMULANTS);
    const finder = page.getByRole("region", { name: "Find programs near you" });
    await finder.waitFor(POLL);
    expect(await finder.innerText()).toContain("sent to Stepwise's server. They are not kept");
    // Preset from the result, and the person can change it.
    expect(await page.locator(".level-card__name").getAttribute("data-level")).toBe("intensive-outpatient");
    expect(await finder.getByLabel("Kind of care").inputValue()).toBe("intensive-outpatient");
    expect(await finder.getByLabel("Language").inputValue()).toBe("");
    await expectNoAxeViolations(page, "finder before a search");

    // The place is required, and said so beside the field.
    await finder.getByRole("button", { name: "Search" }).click();
    expect(await finder.innerText()).toContain("Type a ZIP code, or a town and state.");

    const searches: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/programs")) searches.push(request.url());
    });
    await finder.getByLabel("ZIP code, or town and state").fill("22902");
    await finder.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => finder.locator(".finder__program").count(), POLL).toBe(4);
    const text = await finder.innerText();
    expect(text).toContain("4 programs found, nearest first. Near Charlottesville, VA.");
    const first = finder.locator(".finder__program").first();
    expect(await first.getByRole("heading").innerText()).toBe("Region Ten Community Services Board");
    const firstText = await first.innerText();
    expect(firstText).toContain("About 0.8 miles away");
    expect(firstText).toContain("Why it may fit");
    expect(firstText).toContain("Offers intensive outpatient (IOP).");
    expect(firstText).toContain("What it does not list");
    expect(firstText).toMatch(/Does not list .*Medicare/);
    expect(await first.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(text).toContain("Confirm with the program before you go");
    await expectNoAxeViolations(page, "finder with programs");

    // The request is a same-origin GET with the place and the kind of care, nothing from the answers.
    expect(searches).toHaveLength(1);
    const search = new URL(searches[0] ?? "");
    expect(search.origin).toBe(new URL(server.url).origin);
    expect(Object.fromEntries(search.searchParams)).toEqual({
      near: "22902",
      level: "intensive-outpatient",
      radius: "25",
      textLanguage: "en",
    });

    // The reasons come in the page's language: switching it asks the same search again, in Spanish, and back.
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    const spanishFinder = page.getByRole("region", { name: "Busque programas cerca de usted" });
    await expect
      .poll(() => spanishFinder.locator(".finder__program").first().innerText(), POLL)
      .toMatch(/Ofrece /);
    expect(await spanishFinder.innerText()).not.toMatch(/Offers |Does not list/);
    expect(new URL(searches.at(-1) ?? "").searchParams.get("textLanguage")).toBe("es");
    await page.getByRole("button", { name: "View this page in English" }).click();
    await expect
      .poll(() => finder.locator(".finder__program").first().innerText(), POLL)
      .toContain("Offers intensive outpatient (IOP).");
    expect(searches).toHaveLength(3);

    // A filter nothing matches: a clear word, the national locator with the same filters, and the helpline.
    await finder.getByLabel("Help with withdrawal").selectOption("ambulatory");
    await finder.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => finder.innerText(), POLL).toContain("No program here lists all of this.");
    expect(await finder.getByRole("link", { name: "Search on FindTreatment.gov" }).getAttribute("href")).toBe(
      "https://findtreatment.gov/locator?sType=SA&sAddr=22902&sCodes=OP%2CDT&limitType=2&limitValue=40234",
    );
    expect(await finder.innerText()).toContain(
      "FindTreatment.gov cannot search just for this: Intensive outpatient and Withdrawal care while living at home.",
    );
    expect(await finder.getByRole("link", { name: /1-800-662-4357/ }).getAttribute("href")).toBe(
      "tel:18006624357",
    );
    await expectNoAxeViolations(page, "finder, nothing matched");

    // A town it cannot find: said beside the field, never an empty list.
    await finder.getByLabel("ZIP code, or town and state").fill("Nowhere Town");
    await finder.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => finder.innerText(), POLL).toContain("We could not find that place.");
    expect(await finder.getByLabel("ZIP code, or town and state").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page, "finder, place not found");

    // Offline: searching needs a connection; the result stays.
    await context.setOffline(true);
    await finder.getByLabel("ZIP code, or town and state").fill("Charlottesville, VA");
    await finder.getByRole("button", { name: "Search" }).click();
    await expect
      .poll(() => finder.innerText(), POLL)
      .toContain("Searching needs an internet connection. Everything else on this page still works.");
    expect(await page.locator(".level-card__name").getAttribute("data-level")).toBe("intensive-outpatient");
    await context.setOffline(false);

    const kept = await whatThePageKeeps(page);
    expect(kept).not.toContain("22902");
    expect(kept).not.toMatch(/Charlottesville|Nowhere/);
    expect(page.url()).toBe(`${new URL(server.url).origin}/`);
    expect(foreign.map((request) => request.url())).toEqual([]);
    // The server logs the route, never the query: no place and no filter in its log.
    expect(server.output()).toContain('"route":"/api/programs"');
    expect(server.output()).not.toMatch(/\b22902\b|Charlottesville|Nowhere|near=|intensive-outpatient/);
  });

  it("in Spanish, with Spanish preset and the program's reasons in Spanish", async () => {
    const { page, foreign } = await openPage(server.url, null);
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
    await takeSelfCheck(page, STIMULANTS);
    const finder = page.getByRole("region", { name: "Busque programas cerca de usted" });
    await finder.waitFor(POLL);
    expect(await finder.innerText()).toContain("se envían al servidor de Stepwise. No se guardan");
    expect(await finder.getByLabel("Idioma").inputValue()).toBe("es");
    expect(await finder.getByLabel("Tipo de atención").inputValue()).toBe("intensive-outpatient");
    await finder.getByLabel("Código postal, o ciudad y estado").fill("Charlottesville, VA");
    await finder.getByRole("button", { name: "Buscar" }).click();
    await expect.poll(() => finder.locator(".finder__program").count(), POLL).toBeGreaterThan(0);
    const text = await finder.innerText();
    expect(text).toMatch(/Se encontr(ó 1 programa|aron \d+ programas)/);
    expect(text).toContain("Por qué puede servir");
    expect(text).toContain("Lo que no menciona");
    expect(text).toContain("Confirme con el programa antes de ir");
    expect(text).not.toContain("Offers ");
    expect(text).toMatch(/A unas [\d,]+ millas/);
    await expectNoAxeViolations(page, "finder in Spanish");
    expect(await whatThePageKeeps(page)).not.toContain("Charlottesville");
    expect(foreign.map((request) => request.url())).toEqual([]);
  });

  it("in the decision aid, a program found starts its checklist of questions", async () => {
    const { page, foreign } = await openPage(server.url, SAVED, { width: 1000, height: 900 });
    await page.getByRole("button", { name: "Weigh your options together" }).click();
    await page.locator(".da-parts").getByRole("button", { name: "Questions for programs" }).click();
    const finder = page.getByRole("region", { name: "Find programs near you" });
    await finder.waitFor(POLL);
    expect(await finder.getByLabel("Kind of care").inputValue()).toBe("intensive-outpatient");
    await finder.getByLabel("ZIP code, or town and state").fill("22902");
    await finder.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => finder.locator(".finder__program").count(), POLL).toBe(4);
    await finder
      .getByRole("button", { name: /^Add to my questions for programs\W+Empowering Families Program$/ })
      .click();
    await expect
      .poll(() => page.locator(".da-program h3").allInnerTexts(), POLL)
      .toEqual(["Empowering Families Program"]);
    expect(await page.getByLabel("Kind of care", { exact: true }).last().inputValue()).toBe(
      "intensive-outpatient",
    );
    await expectNoAxeViolations(page, "decision aid with the finder");
    expect(await whatThePageKeeps(page)).not.toContain("22902");
    expect(foreign.map((request) => request.url())).toEqual([]);
  });

  it("with no directory loaded, points to FindTreatment.gov's locator with the same filters, and the helpline", async () => {
    const { page, foreign } = await openPage(emptyDirectoryUrl, SAVED, { width: 1000, height: 900 });
    await page.getByRole("button", { name: "Weigh your options together" }).click();
    await page.locator(".da-parts").getByRole("button", { name: "Questions for programs" }).click();
    const finder = page.getByRole("region", { name: "Find programs near you" });
    await finder.waitFor(POLL);
    await finder.getByLabel("ZIP code, or town and state").fill("22902");
    await finder.getByRole("button", { name: "Search" }).click();
    await expect
      .poll(() => finder.innerText(), POLL)
      .toContain("This Stepwise server does not have a list of programs yet.");
    // The level preset from the result, and the ZIP code typed: nothing else, and nothing from the answers.
    const locator = finder.getByRole("link", { name: "Search on FindTreatment.gov" });
    const href = new URL((await locator.getAttribute("href")) ?? "");
    expect(`${href.origin}${href.pathname}`).toBe("https://findtreatment.gov/locator");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      sType: "SA",
      sAddr: "22902",
      sCodes: "OP",
      limitType: "2",
      limitValue: "40234",
    });
    expect(await locator.getAttribute("rel")).toContain("noreferrer");
    const text = await finder.innerText();
    expect(text).toContain(
      "This link gives FindTreatment.gov only your ZIP code, how far to look and the kind of care you chose. It never gives your answers.",
    );
    expect(text).toContain("FindTreatment.gov cannot search just for this: Intensive outpatient.");
    expect(text).toContain("1-800-662-4357");

    // Changed filters go into the link: a medicine, a way to pay and Spanish.
    await finder.getByLabel("Kind of care").selectOption("residential");
    await finder.getByLabel("Medicine").selectOption("buprenorphine");
    await finder.getByLabel("Way to pay").selectOption("medicaid");
    await finder.getByLabel("Language").selectOption("es");
    await finder.getByLabel("How far").selectOption("50");
    await finder.getByRole("button", { name: "Search" }).click();
    await expect
      .poll(
        async () => Object.fromEntries(new URL((await locator.getAttribute("href")) ?? "").searchParams),
        POLL,
      )
      .toEqual({
        sType: "SA",
        sAddr: "22902",
        sCodes: "RES,BU,MD",
        sLanguages: "SP-Spanish",
        limitType: "2",
        limitValue: "80467",
      });
    expect(await finder.innerText()).not.toContain("cannot search just for this");
    await expectNoAxeViolations(page, "finder with no directory");
    expect(await whatThePageKeeps(page)).not.toContain("22902");
    expect(foreign.map((request) => request.url())).toEqual([]);
  });

  it("with no directory loaded, in Spanish, says what the FindTreatment.gov link carries", async () => {
    const { page, foreign } = await openPage(emptyDirectoryUrl, null);
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
    await takeSelfCheck(page, STIMULANTS);
    const finder = page.getByRole("region", { name: "Busque programas cerca de usted" });
    await finder.waitFor(POLL);
    await finder.getByLabel("Código postal, o ciudad y estado").fill("22902");
    await finder.getByRole("button", { name: "Buscar" }).click();
    await expect
      .poll(() => finder.innerText(), POLL)
      .toContain("Este servidor de Stepwise todavía no tiene una lista de programas.");
    const href = await finder.getByRole("link", { name: "Buscar en FindTreatment.gov" }).getAttribute("href");
    expect(Object.fromEntries(new URL(href ?? "").searchParams)).toEqual({
      sType: "SA",
      sAddr: "22902",
      sCodes: "OP",
      sLanguages: "SP-Spanish",
      limitType: "2",
      limitValue: "40234",
    });
    const text = await finder.innerText();
    expect(text).toContain("Este enlace le da a FindTreatment.gov solo su código postal");
    expect(text).toContain("FindTreatment.gov no puede buscar solo esto: Ambulatorio intensivo.");
    await expectNoAxeViolations(page, "finder with no directory, in Spanish");
    expect(foreign.map((request) => request.url())).toEqual([]);
  });
});
