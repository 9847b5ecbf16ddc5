/**
 * The decision aid in real Chromium (docs/methods.md): two people weigh it together across two browser
 * contexts by a fragment link, costs and the step plan work, both summaries print to PDF with the
 * expected text, every decision-aid screen has zero axe violations, and nothing goes to another origin.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildAssessment } from "../packages/web/src/self-check/questions.js";
import { axeViolations, launchChromium, pdfPageTexts, pdfText, watchForeignRequests } from "./browser.js";

const chromiumPath = inject("chromiumPath");
const baseUrl = inject("baseUrl");
/** Screens load lazily; on a busy machine that can take a few seconds. */
const POLL = { timeout: 15_000 };

/** Answers "saved on this device" earlier (the store restores them and the aid recomputes the result). */
const SAVED_ANSWERS = {
  voice: "self",
  assessment: {
    modelVersion: "1",
    asOf: "2026-11-27",
    mode: "self-check",
    respondent: "self",
    substances: [{ substance: "alcohol", frequency: "daily", amount: "heavy" }],
    obligations: { work: true, caregiving: true, school: false },
    environment: {
      housing: "stable",
      homeSafe: true,
      othersUseAtHome: false,
      supportNetwork: "some",
      reliableTransport: true,
    },
    access: { coverage: "private" },
  },
  responses: {},
  features: {},
  savedOnDevice: true,
};

/** A mother's self-check about her son, who uses fentanyl daily and overdosed once; readiness never asked. */
const MOTHER_RESPONSES = {
  age: "adult",
  "overdose-now": "no",
  "suicidal-thoughts": "no",
  "danger-now": "no",
  "withdrawal-emergency": "no",
  "main-substance": "opioids",
  frequency: "daily",
  "also-sedatives": "no",
  "withdrawal-signs": "moderate",
  "last-use": "this-week",
  "use-signs": "severe",
  "overdose-history": "past-year",
  "opioid-medication": "no",
  "physical-health": null,
};
const MOTHER_SAVED = {
  voice: "family-or-friend",
  assessment: buildAssessment(MOTHER_RESPONSES, "family-or-friend", "2026-11-27"),
  responses: MOTHER_RESPONSES,
  features: {},
  savedOnDevice: true,
};

/** Every page of a printed PDF has more on it than the crisis strip at the top: no blank sheet. */
function expectNoBlankPage(pdf: Buffer, where: string): void {
  const pages = pdfPageTexts(pdf);
  if (pages === null) return;
  expect(pages.length, `${where}: pages`).toBeGreaterThan(0);
  for (const [index, text] of pages.entries())
    expect(
      text.replace(/Stepwise|988|911|1-800-662-4357/g, "").length,
      `${where}: page ${index + 1}`,
    ).toBeGreaterThan(80);
}

const FIRST = { time: 5, sleep: 4, duties: 5, medical: 1, structure: 2, family: 3, cost: 5, practice: 4 };
const SECOND = { time: 1, sleep: 2, duties: 5, medical: 5, structure: 4, family: 3, cost: 2, practice: 4 };
const FACTOR_NAMES: Record<keyof typeof FIRST, string> = {
  time: "Not being away from home for weeks",
  sleep: "Sleeping at home each night",
  duties: "Keeping up with work, school or caregiving",
  medical: "Having nurses and doctors close by day and night",
  structure: "A full schedule and a break from triggers",
  family: "Family being part of care",
  cost: "Keeping costs down",
  practice: "Practicing new skills in daily life right away",
};

async function rate(page: Page, person: string, ratings: Record<keyof typeof FIRST, number>): Promise<void> {
  for (const [factor, value] of Object.entries(ratings) as [keyof typeof FIRST, number][]) {
    await page
      .getByRole("radio", { name: `${value} — ${FACTOR_NAMES[factor]}, rated by ${person}`, exact: true })
      .check();
  }
}

async function answerSure(page: Page, answers: readonly ("Yes" | "No")[]): Promise<void> {
  const groups = page.locator("fieldset.da-yes-no");
  for (const [index, answer] of answers.entries())
    await groups.nth(index).getByLabel(answer, { exact: true }).check();
}

async function openPart(page: Page, name: string): Promise<void> {
  await page.locator(".da-parts").getByRole("button", { name, exact: false }).click();
  await expect.poll(() => page.locator(".da-parts [aria-current=step]").textContent(), POLL).toContain(name);
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // From the top of the page: content scrolled under the sticky crisis header would count as "obscured".
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await axeViolations(page), where).toEqual([]);
}

describe.skipIf(chromiumPath === null)("the decision aid, in real Chromium", () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath ?? "");
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function openPage(
    savedAnswers: object | null,
  ): Promise<{ page: Page; foreign: Awaited<ReturnType<typeof watchForeignRequests>> }> {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1000, height: 900 } });
    contexts.push(context);
    await context.addInitScript((saved) => {
      // Printing opens a dialog; the test marks the call and then checks the print media itself.
      window.print = () => {
        (window as unknown as { printed: number }).printed =
          ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
      if (saved !== null && localStorage.getItem("stepwise.answers.v1") === null)
        localStorage.setItem("stepwise.answers.v1", JSON.stringify(saved));
    }, savedAnswers);
    const page = await context.newPage();
    const foreign = await watchForeignRequests(page, baseUrl);
    return { page, foreign };
  }

  it("two people weigh it together across two devices, count the cost, plan the steps and print both pages", async () => {
    const { page: first, foreign: firstForeign } = await openPage(SAVED_ANSWERS);
    await first.goto(baseUrl);
    const freshHistoryLength = await first.evaluate(() => history.length);
    await first.getByRole("button", { name: "Weigh your options together" }).click();
    await expect.poll(() => first.locator("h1").textContent(), POLL).toBe("Weigh your options together");
    // The self-check's answers were saved on the device: the aid computes a provisional result from them.
    expect(await first.locator("main").innerText()).toContain("This is only a first guess");

    // 1. SURE test before: two "no" answers.
    await answerSure(first, ["No", "No", "Yes", "Yes"]);
    expect(await first.locator(".da-status").first().innerText()).toContain("2 of 4 answered yes");

    // 2. The comparison, with lines from the person's own answers.
    await openPart(first, "Compare the options");
    expect(await first.locator("table.da-comparison tbody tr.da-row").count()).toBe(8);
    const comparison = await first.locator("table.da-comparison").innerText();
    expect(comparison).toContain("You said you work and look after children or other family.");
    expect(comparison).toContain("Inpatient care would mean about 4 weeks away");
    await expectNoAxeViolations(first, "comparison");

    // 3. What matters to Person 1.
    await openPart(first, "What matters most");
    await rate(first, "Person 1", FIRST);
    expect(await first.locator(".da-status").innerText()).toContain("What matters most to Person 1");
    await expectNoAxeViolations(first, "values");

    // 4. Weigh it together: a link whose ratings travel only in the fragment.
    await openPart(first, "Weigh it together");
    // Person 1's own ratings travel in the link only when they choose so (off at first).
    const includeMine = first.getByLabel("Include my ratings in the link");
    expect(await includeMine.isChecked()).toBe(false);
    await includeMine.check();
    await first.getByRole("button", { name: "Make the link" }).click();
    const askLink = await first.getByLabel("Link for Person 2").inputValue();
    const askUrl = new URL(askLink);
    expect(askUrl.origin).toBe(new URL(baseUrl).origin);
    expect(askUrl.pathname).toBe("/");
    expect(askUrl.search).toBe("");
    expect(askUrl.hash).toBe(
      "#weigh=1&k=ask&f=time.sleep.duties.medical.structure.family.cost.practice&r=54512354",
    );
    expect(await first.locator(".da-qr svg path").getAttribute("d")).toMatch(/^M4 4h1v1h-1z/);

    // Person 2 opens the link on their own device.
    const { page: second, foreign: secondForeign } = await openPage(null);
    await second.goto(askLink);
    await expect
      .poll(() => second.locator("h2#da-together-title").textContent(), POLL)
      .toBe("Someone asked you to weigh this with them");
    expect(second.url()).toBe(`${new URL(baseUrl).origin}/`);
    // The app's one extra entry for the browser's Back button, no more (browser-back.ts).
    expect(await second.evaluate(() => history.length)).toBeLessThanOrEqual(freshHistoryLength + 1);
    await rate(second, "Person 2", SECOND);
    const replyLink = await second.getByLabel("Link back to Person 1").inputValue();
    expect(new URL(replyLink).search).toBe("");
    expect(new URL(replyLink).hash).toBe(
      "#weigh=1&k=reply&f=time.sleep.duties.medical.structure.family.cost.practice&r=12554324",
    );
    expect(await second.locator(".da-agreement").innerText()).toContain("You see this differently");
    await expectNoAxeViolations(second, "invited person");

    // The reply comes back to Person 1.
    await first.getByLabel("Paste the reply link from Person 2").fill(replyLink);
    await first.getByRole("button", { name: "Read the reply" }).click();
    const agreement = await first.locator(".da-agreement").innerText();
    expect(agreement).toContain("Not being away from home for weeks: one of you rated it 5, the other 1.");
    expect(agreement).toContain("Keeping costs down: one of you rated it 5, the other 2.");
    expect(agreement).toContain("Matters a lot to both");
    expect(agreement).toContain("This is not a score.");
    await expectNoAxeViolations(first, "weigh together: link, QR code and agreement");

    // 5. Cost: the plan's deductible, coinsurance and maximum; a quoted rate and a published one.
    await openPart(first, "What it may cost");
    await first.getByLabel("Deductible for the plan year ($)").fill("2000");
    await first.getByLabel("Coinsurance (%)").fill("20");
    await first.getByLabel("Out-of-pocket maximum for the plan year ($)").fill("9200");
    await first.locator("#da-residential-start").fill("2026-03-02");
    await first.locator("#da-residential-rate").fill("600");
    await first.locator("#da-intensive-outpatient-start").fill("2026-03-02");
    await first.getByRole("button", { name: "Use this rate for Intensive outpatient (IOP)" }).click();
    await first.locator("#da-residential-childcare").fill("250");
    const costs = await first.locator("table.da-cost-table").innerText();
    // Residential: 28 × $600 = $16,800 → $2,000 + 20% × $14,800 = $4,960. IOP: 8 × $462 = $3,696 → $2,339.20.
    expect(costs).toContain("$16,800");
    expect(costs).toContain("$4,960");
    expect(costs).toContain("$2,339.20");
    expect(costs).toContain("$5,960");
    await first.getByLabel("Coinsurance (%)").fill("120");
    expect(await first.locator("#da-coinsurance-problem").innerText()).toBe("Enter a percent from 0 to 100.");
    await first.getByLabel("Coinsurance (%)").fill("20");
    await expectNoAxeViolations(first, "cost");

    // 6. A program checklist with warning signs and the side-by-side chart.
    await openPart(first, "Questions for programs");
    await first.getByRole("button", { name: "Add a program I called" }).click();
    await first
      .getByRole("checkbox", { name: "Offered me a bed before asking about my health and use" })
      .check();
    await first
      .getByRole("group", {
        name: "Do you offer medicines for alcohol or opioid use disorder, or let me keep taking mine?",
      })
      .getByLabel("No", { exact: true })
      .check();
    for (const question of [
      "Is the program licensed and accredited? Are staff licensed, with a doctor on staff or on call?",
      "What help do you give after I leave? Will you book my next appointment before I go?",
    ])
      await first.getByRole("group", { name: question }).getByLabel("No", { exact: true }).check();
    await first
      .getByRole("checkbox", { name: "Offered free travel, housing or other perks to sign up" })
      .check();
    const flagged = await first.locator(".da-program .warning").innerText();
    expect(flagged).toContain("Offered me a bed before asking about my health and use");
    expect(flagged).toContain("Do not offer medicines for opioid use disorder");
    expect(flagged).toContain("Is not licensed or accredited");
    expect(flagged).toContain("Has no plan for care after I leave");
    expect(flagged).toContain("Offered free travel, housing or other perks to sign up");
    expect(await first.locator("table.da-chart").innerText()).toContain("Program 1");
    await expectNoAxeViolations(first, "programs");

    // 7. The step plan: a gap over 7 days is flagged; check-ins; the calendar file is made on the device.
    await openPart(first, "Step plan");
    // The starting plan follows the suggested level; make it residential → intensive outpatient.
    if ((await first.locator("#da-step-1-level").count()) === 0)
      await first.getByRole("button", { name: "Add a step" }).click();
    await first.locator("#da-step-0-level").selectOption("residential");
    await first.locator("#da-step-1-level").selectOption("intensive-outpatient");
    await first.locator("#da-step-0-start").fill("2026-12-07");
    await first.locator("#da-step-0-end").fill("2027-01-29");
    await first.locator("#da-step-1-start").fill("2027-02-09");
    expect(await first.locator(".da-checks").innerText()).toContain("11 days. That is more than 7 days.");
    expect(await first.locator("main").innerText()).toContain("3-month check-in: March 7, 2027");
    const [download] = await Promise.all([
      first.waitForEvent("download"),
      first.getByRole("button", { name: "Download the calendar file (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("stepwise-step-plan.ics");
    expect(download.url()).toMatch(/^blob:/);
    const calendarPath = await download.path();
    const { readFileSync } = await import("node:fs");
    const calendar = readFileSync(calendarPath, "utf8");
    expect(calendar.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(calendar).toContain("SUMMARY:Start: Residential (inpatient) care");
    expect(calendar).toContain("DTSTART;VALUE=DATE:20270307");
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    await expectNoAxeViolations(first, "step plan");

    // 8. SURE again, the person's questions, and the two printable pages.
    await openPart(first, "Pages to print");
    await answerSure(first, ["Yes", "Yes", "Yes", "Yes"]);
    expect(await first.locator("main").innerText()).toContain(
      "Before: 2 of 4. Now: 4 of 4. The choice got clearer.",
    );
    await first
      .getByLabel("Questions you want to ask the professional (optional)")
      .fill("Can I keep my evening job?");
    await expectNoAxeViolations(first, "pages");

    await first.getByRole("button", { name: "Print the page for the professional" }).click();
    expect(await first.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await first.emulateMedia({ media: "print" });
    expect(await first.locator("#print-family").isVisible()).toBe(false);
    expect(await first.locator(".da-parts").isVisible()).toBe(false);
    const professional = await first.locator("body").innerText();
    for (const expected of [
      "For the professional: summary from Stepwise",
      "A self-check, not a diagnosis",
      "Answered by: the person.",
      "Six-dimension summary",
      "Physical health",
      "Recovery and living environment",
      "Urgent items",
      "Still unknown: please ask",
      "Keeping costs down (5)",
      "Can I keep my evening job?",
      "SURE test: before 2 of 4, after 4 of 4.",
    ])
      expect(professional, expected).toContain(expected);
    // Each unknown is the question to ask, in words, followed by the answer's field name.
    const firstUnknown = await first.locator(".da-unknowns li").first().innerText();
    expect(firstUnknown).toMatch(/^[A-Z][^?]*\? [A-Za-z.[\]0-9]+/);
    const professionalPdf = await first.pdf({ format: "Letter" });
    expect(professionalPdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(professionalPdf.length).toBeGreaterThan(5000);
    const professionalPdfText = pdfText(professionalPdf);
    if (professionalPdfText !== null) {
      for (const expected of ["Six-dimension summary", "Urgent items", "Can I keep my evening job?"])
        expect(professionalPdfText, `PDF: ${expected}`).toContain(expected);
    }

    await first.emulateMedia({ media: "screen" });
    await first.getByRole("button", { name: "Print the page for family" }).click();
    await first.emulateMedia({ media: "print" });
    expect(await first.locator("#print-professional").isVisible()).toBe(false);
    const family = await first.locator("body").innerText();
    for (const expected of [
      "For family: our options, side by side",
      "Keeping costs down: one of you rated it 5, the other 2.",
      "Residential",
      "about $5,960 in total",
      "In a crisis, call or text 988.",
    ])
      expect(family, expected).toContain(expected);
    const familyPdf = await first.pdf({ format: "Letter" });
    expect(familyPdf.subarray(0, 5).toString()).toBe("%PDF-");
    const familyPdfText = pdfText(familyPdf);
    if (familyPdfText !== null) {
      for (const expected of ["For family: our options, side by side", "In a crisis, call or text 988."])
        expect(familyPdfText, `PDF: ${expected}`).toContain(expected);
    }
    await first.emulateMedia({ media: "screen" });

    // The methods page, and the crisis strip on every screen.
    await first.getByRole("button", { name: "How we made this, and our sources" }).click();
    await expect
      .poll(() => first.locator("h1").textContent(), POLL)
      .toBe("How we made this, and our sources");
    const methods = await first.locator("main").innerText();
    expect(methods).toContain("Stepwise has no funding to declare");
    expect(methods).toContain("Beetham T, et al.");
    expect(await first.getByRole("link", { name: "Crisis: call or text 988" }).isVisible()).toBe(true);
    await expectNoAxeViolations(first, "methods");

    expect(await first.evaluate(() => history.length)).toBeLessThanOrEqual(freshHistoryLength + 1);
    expect(firstForeign.map((request) => request.url())).toEqual([]);
    expect(secondForeign.map((request) => request.url())).toEqual([]);
  }, 300_000);

  it("hands the device over: Person 2 rates privately, then both see agreement, in Spanish too", async () => {
    const { page, foreign } = await openPage(null);
    await page.goto(baseUrl);
    await page.getByRole("button", { name: "Weigh your options together" }).click();
    await openPart(page, "What matters most");
    await rate(page, "Person 1", FIRST);
    await openPart(page, "Weigh it together");
    await page.getByRole("button", { name: "Hand over: Person 2 rates now" }).click();
    expect(await page.locator("h2#da-handover-title").textContent()).toBe("Person 2: your turn");
    // Person 1's ratings are not on the screen while Person 2 rates.
    expect(await page.getByRole("radio", { name: /rated by Person 1/ }).count()).toBe(0);
    expect(await page.locator("input[type=radio]:checked").count()).toBe(0);
    await rate(page, "Person 2", SECOND);
    await page.getByRole("button", { name: "Done: show both ratings" }).click();
    expect(await page.locator(".da-agreement").innerText()).toContain(
      "Keeping costs down: one of you rated it 5, the other 2.",
    );

    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Piénselo junto con alguien");
    expect(await page.locator(".da-agreement").innerText()).toContain(
      "Gastar poco: uno lo calificó con 5 y el otro con 2.",
    );
    await expectNoAxeViolations(page, "agreement in Spanish");
    await openPart(page, "Compare las opciones");
    expect(await page.locator("table.da-comparison").innerText()).toContain(
      "Piense cómo llegaría a las sesiones",
    );
    await expectNoAxeViolations(page, "comparison in Spanish");
    // Keyboard: the steps are buttons reachable with Tab and pressed with Enter.
    await page.locator(".da-parts button").first().focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("#da-sure-before-title").textContent()).toBe(
      "¿Qué tan seguro se siente de esta decisión?",
    );
    expect(foreign.map((request) => request.url())).toEqual([]);
  }, 120_000);

  it("hands a reply link opened in a new tab to the tab where Person 1 rated, on this device only", async () => {
    // Nothing saved on this device: Person 1's ratings live only in the memory of the tab they were given in.
    const { page: first, foreign } = await openPage(null);
    await first.goto(baseUrl);
    await first.getByRole("button", { name: "Weigh your options together" }).click();
    await openPart(first, "What matters most");
    await rate(first, "Person 1", FIRST);
    await openPart(first, "Compare the options");

    // A messaging app opens Person 2's reply link in a new tab of the same browser.
    const replyTab = await first.context().newPage();
    const replyForeign = await watchForeignRequests(replyTab, baseUrl);
    await replyTab.goto(
      `${baseUrl}/#weigh=1&k=reply&f=time.sleep.duties.medical.structure.family.cost.practice&r=12554324`,
    );
    await replyTab
      .getByText("Person 2’s ratings went to your other Stepwise tab, where Person 1 rated.")
      .waitFor(POLL);
    expect(await replyTab.locator(".da-agreement").count()).toBe(0);
    await expectNoAxeViolations(replyTab, "reply handed to the other tab");

    // Person 1's tab took the reply and shows where the two agree and differ.
    await first.locator(".da-agreement").waitFor(POLL);
    expect(await first.locator(".da-parts [aria-current=step]").textContent()).toContain("Weigh it together");
    expect(await first.locator(".da-agreement").innerText()).toContain(
      "Keeping costs down: one of you rated it 5, the other 2.",
    );
    expect([...foreign, ...replyForeign].map((request) => request.url())).toEqual([]);
  }, 90_000);

  it("prints a page for the professional with the answers themselves, the overdose, what was not asked, and in English on request", async () => {
    const { page, foreign } = await openPage(MOTHER_SAVED);
    await page.goto(baseUrl);
    await page.getByRole("button", { name: "Weigh your options together" }).click();
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Weigh your options together");
    await openPart(page, "Pages to print");
    await page.getByRole("button", { name: "Print the page for the professional" }).click();
    await page.emulateMedia({ media: "print" });
    const professional = await page.locator("#print-professional").innerText();
    for (const expected of [
      "Answers given, as asked",
      "Opioids, like heroin, fentanyl, or pain pills",
      "Every day or almost every day",
      "An overdose in the past year: a high risk of another. Naloxone is advised.",
      "Not asked (unknown)",
      "Answered “not sure”",
    ])
      expect(professional, expected).toContain(expected);
    expect(professional).not.toContain("None found in the answers given");
    // No scale was given, so no scale band is printed; readiness was never asked, so no "0" for it.
    expect(professional).not.toMatch(/CIWA-Ar|COWS \d/);
    expect(await page.locator("#print-professional td[data-rating]").nth(3).getAttribute("data-rating")).toBe(
      "not-asked",
    );
    const professionalPdf = await page.pdf({ format: "Letter" });
    expectNoBlankPage(professionalPdf, "professional");
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("button", { name: "Print the page for family" }).click();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#print-family").innerText()).toContain("Keep naloxone (Narcan) close by");
    const familyPdf = await page.pdf({ format: "Letter" });
    expectNoBlankPage(familyPdf, "family");
    const familyPages = pdfPageTexts(familyPdf);
    if (familyPages !== null) expect(familyPages.join(" ")).toContain("naloxone");
    await page.emulateMedia({ media: "screen" });

    // In Spanish the page prints in Spanish, and in English when asked for the professional.
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
    expect(await page.locator("#print-professional").innerText()).toContain("Respuestas dadas");
    await page.getByLabel("Imprimir la página para el profesional en inglés").check();
    expect(await page.locator("#print-professional").getAttribute("lang")).toBe("en");
    expect(await page.locator("#print-professional").innerText()).toContain("Answers given, as asked");
    expect(await page.locator("#print-family").innerText()).toContain("naloxona");
    await expectNoAxeViolations(page, "pages, professional page in English");
    expect(foreign.map((request) => request.url())).toEqual([]);
  }, 120_000);

  it("explains a damaged link instead of failing, and takes a reply pasted into the address bar later", async () => {
    const { page, foreign } = await openPage(null);
    await page.goto(`${baseUrl}/#weigh=1&k=ask&f=time.rocket`);
    await expect
      .poll(() => page.locator(".da-problem").first().textContent(), POLL)
      .toContain('This link could not be read: f should be known factors, not "rocket".');
    expect(page.url()).toBe(`${new URL(baseUrl).origin}/`);
    const entries = await page.evaluate(() => history.length);
    // A reply link opened in the tab that is already open (same document: a hashchange, no reload).
    await page.evaluate(() => {
      window.location.hash = "weigh=1&k=reply&f=time.cost&r=52";
    });
    await expect.poll(() => page.locator(".da-agreement").count(), { timeout: 20_000 }).toBe(1);
    const agreement = await page.locator(".da-agreement").innerText();
    expect(agreement).toContain("Person 1 has no ratings on this screen yet");
    expect(page.url()).toBe(`${new URL(baseUrl).origin}/`);
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(entries + 1);
    expect(foreign.map((request) => request.url())).toEqual([]);
  }, 90_000);
});
