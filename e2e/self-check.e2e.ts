/**
 * The self-check in real Chromium: eight people in English and Spanish, for themselves and for someone
 * they care about, reach the expected provisional level — one through an urgent crisis, one through
 * dangerous withdrawal, a mother whose son overdosed once, and someone unsure of many answers, who is
 * told no level can be suggested yet and answers the questions that matter in place. Each sees a first
 * idea within 15 answers, within one step of the final level. A keyboard-only run; the network watched
 * through a whole run; the browser's Back goes to the previous question with at most one extra history
 * entry, and Back after the quick exit cannot return; leaving with answers on screen asks first.
 */
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  axeViolations,
  brokenWords,
  launchChromium,
  NEUTRAL_SITE_ORIGIN,
  watchForeignRequests,
} from "./browser.js";
import { SAFE, STIMULANTS_SEVERAL_TIMES_A_WEEK } from "./self-check-answers.js";

const chromiumPath = inject("chromiumPath");
const baseUrl = inject("baseUrl");

type Voice = "self" | "family-or-friend";
type Language = "en" | "es";

interface Person {
  readonly name: string;
  readonly language: Language;
  readonly voice: Voice;
  /** What the person answers to each question if asked; anything else gets "I'm not sure". */
  readonly answers: Readonly<Record<string, string>>;
  /** The level shown at the end, or "needs-answers" when no level can be suggested yet. */
  readonly expectedLevel: string;
  /** Whether an answer should interrupt with what to do now, and which text must be on that screen. */
  readonly urgentText?: RegExp;
}

const PEOPLE: readonly Person[] = [
  {
    name: "a man who drinks every day and had a seizure when he stopped before (withdrawal path)",
    language: "en",
    voice: "self",
    answers: {
      ...SAFE,
      sex: "male",
      "main-substance": "alcohol",
      frequency: "daily",
      "seizure-history": "yes",
      "delirium-history": "no",
      "withdrawal-signs": "moderate",
      "last-use": "this-week",
      pregnant: "does-not-apply",
      "physical-health": "stable",
      "mental-health": "some-symptoms",
      "psychosis-now": "no",
    },
    expectedLevel: "medically-monitored-inpatient",
    urgentText: /Do not stop drinking or taking sedative pills all at once/,
  },
  {
    name: "a mother whose son talks of a plan to end his life (crisis path)",
    language: "en",
    voice: "family-or-friend",
    answers: {
      ...SAFE,
      sex: "male",
      "suicidal-thoughts": "plan",
      "main-substance": "opioids",
      "overdose-history": "never",
    },
    expectedLevel: "medically-managed-inpatient",
    urgentText: /988/,
  },
  {
    name: "una mujer que usa cannabis una vez al mes",
    language: "es",
    voice: "self",
    answers: {
      ...SAFE,
      sex: "female",
      "main-substance": "cannabis",
      frequency: "monthly",
      "also-sedatives": "no",
      "withdrawal-signs": "none",
      "use-signs": "none",
      "overdose-history": "never",
      "physical-health": "none",
      "mental-health": "stable",
      "psychosis-now": "no",
      "treatment-before": "never",
      returns: "none",
      "stay-off-at-home": "yes",
    },
    expectedLevel: "early-intervention",
  },
  {
    name: "a partner asking about someone who uses stimulants a few times a week",
    language: "en",
    voice: "family-or-friend",
    answers: STIMULANTS_SEVERAL_TIMES_A_WEEK,
    expectedLevel: "intensive-outpatient",
  },
  {
    name: "un padre que pregunta por su hija, que usa opioides a diario y no tiene dónde vivir",
    language: "es",
    voice: "family-or-friend",
    answers: {
      ...SAFE,
      sex: "female",
      "main-substance": "opioids",
      frequency: "daily",
      "also-sedatives": "no",
      "withdrawal-signs": "mild",
      "last-use": "over-two-weeks",
      "use-signs": "severe",
      "overdose-history": "never",
      pregnant: "no",
      "physical-health": "none",
      "mental-health": "some-symptoms",
      "psychosis-now": "no",
      housing: "homeless",
      "home-safe": "no",
    },
    expectedLevel: "residential",
  },
  {
    name: "un hombre que usa estimulantes y ya probó consejería",
    language: "es",
    voice: "self",
    answers: { ...STIMULANTS_SEVERAL_TIMES_A_WEEK, sex: "male" },
    expectedLevel: "intensive-outpatient",
  },
  {
    name: "a mother answering for her son who uses fentanyl and overdosed once",
    language: "en",
    voice: "family-or-friend",
    answers: {
      ...SAFE,
      sex: "male",
      "main-substance": "opioids",
      frequency: "daily",
      "also-sedatives": "no",
      "withdrawal-signs": "mild",
      "last-use": "this-week",
      "use-signs": "severe",
      "overdose-history": "past-year",
      "opioid-medication": "no",
      pregnant: "does-not-apply",
      "physical-health": "stable",
      "mental-health": "some-symptoms",
      "psychosis-now": "no",
      readiness: "unsure",
      attend: "yes",
      "treatment-before": "never",
      returns: "none",
      cravings: "strong",
      coping: "some",
      "stay-off-at-home": "no",
      housing: "stable",
      "home-safe": "yes",
      "others-use": "no",
      support: "some",
      transport: "yes",
    },
    expectedLevel: "residential",
  },
  {
    name: "a person unsure of many answers",
    language: "en",
    voice: "self",
    answers: { age: "adult", "overdose-now": "no", "main-substance": "alcohol", frequency: "daily" },
    expectedLevel: "needs-answers",
  },
];

const LEVEL_ORDER = [
  "early-intervention",
  "outpatient",
  "intensive-outpatient",
  "partial-hospitalization",
  "residential",
  "medically-monitored-inpatient",
  "medically-managed-inpatient",
];

/** Answers-to-first-result per person, printed at the end and recorded in bench/README.md. */
const FIRST_RESULTS: { name: string; answered: number; idea: string; final: string }[] = [];

/** Words in the answers that must never appear in a request (option ids and the result's own words). */
const ANSWER_MARKERS = [
  "several-times-a-week",
  "stimulants",
  "outpatient-not-enough",
  "withdrawal",
  "suicidal",
  "intensive-outpatient",
  "family-or-friend",
];

/** The screen showing now: a question id, or the step (start, urgent, end), or "results". */
/** Waits for the screen to change and returns the new one: a question id, a step (start, urgent, end) or "results". */
async function waitForStepOtherThan(page: Page, previous: string, timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    (before) => {
      const article = document.querySelector("main article") as HTMLElement | null;
      if (article === null) return false;
      const now = article.classList.contains("results")
        ? "results"
        : (article.dataset.question ?? article.dataset.step ?? "other");
      return now !== before ? now : false;
    },
    previous,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

interface RunRecord {
  readonly steps: string[];
  readonly urgentTexts: string[];
  /** The first idea shown while answering (a level or "needs-answers") and after how many answers. */
  firstIdea: { readonly idea: string; readonly answered: number } | null;
}

/** Takes the self-check as the person would on a phone, answering each question that comes up. */
async function takeSelfCheck(
  page: Page,
  person: Person,
  accessibility: "every-screen" | "some-screens" | "none",
): Promise<RunRecord> {
  const checkEveryScreen = accessibility === "every-screen";
  if (person.language === "es") {
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
  }
  await page.locator(".self-check-entry button").first().click();
  let step = await waitForStepOtherThan(page, "loading");
  expect(step).toBe("start");
  if (accessibility !== "none") expect(await axeViolations(page)).toEqual([]);
  await page.locator(`[data-option="${person.voice}"]`).click();
  const record: RunRecord = { steps: [], urgentTexts: [], firstIdea: null };
  const checkedKinds = new Set<string>();
  // Progress never lies: the count of questions left never goes up (it says "a few more" instead).
  let lowestLeft = Number.POSITIVE_INFINITY;
  step = await waitForStepOtherThan(page, "start");
  for (let count = 0; count < 60 && step !== "results"; count += 1) {
    record.steps.push(step);
    // axe on each kind of screen the first time it shows (every question shares one template), and
    // target sizes on every screen.
    const kind = step === "urgent" || step === "end" ? step : "question";
    if (accessibility !== "none" && !checkedKinds.has(kind)) {
      checkedKinds.add(kind);
      expect(await axeViolations(page), step).toEqual([]);
    }
    if (checkEveryScreen) expect(await smallTargets(page), step).toEqual([]);
    const progress = page.locator(".progress-text");
    if ((await progress.count()) > 0) {
      const text = await progress.innerText();
      const left = /(\d+) more|Faltan unas (\d+)|Falta (\d+)/.exec(text);
      const count =
        left === null
          ? /last one|No falta ninguna/.test(text)
            ? 0
            : null
          : Number(left[1] ?? left[2] ?? left[3]);
      if (count !== null) {
        expect(count, `${step}: "${text}"`).toBeLessThanOrEqual(lowestLeft);
        lowestLeft = count;
      }
    }
    if (record.firstIdea === null) {
      const idea = page.locator(".first-idea");
      if ((await idea.count()) > 0) {
        record.firstIdea = {
          idea: (await idea.getAttribute("data-first-idea")) ?? "",
          answered: Number(await idea.getAttribute("data-answered")),
        };
        if (accessibility !== "none") expect(await axeViolations(page), "first idea").toEqual([]);
      }
    }
    if (step === "urgent") {
      record.urgentTexts.push(await page.locator("main article").innerText());
      await page.locator("main article .flow-nav .primary").click();
    } else if (step === "end") {
      await page.locator("main article .flow-nav .primary").click();
    } else {
      await page.locator(`[data-option="${person.answers[step] ?? "not-sure"}"]`).click();
    }
    step = await waitForStepOtherThan(page, step);
  }
  expect(step).toBe("results");
  if (accessibility !== "none") {
    expect(await axeViolations(page), "results").toEqual([]);
    expect(await smallTargets(page), "results").toEqual([]);
  }
  return record;
}

/** Buttons and links on the screen smaller than 24×24 CSS px (WCAG 2.2 SC 2.5.8). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "header button, header a, main button, main .flow-nav a, main .next-steps a",
      ),
    ]
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ element, box }) => `${element.textContent?.trim()} ${box.width}×${box.height}`),
  );
}

async function levelShown(page: Page): Promise<string | null> {
  const status = await page.locator("article.results").getAttribute("data-level-status");
  if (status === "needs-answers") return "needs-answers";
  return page.locator(".level-card__name").getAttribute("data-level");
}

describe.skipIf(chromiumPath === null)("the self-check, in real Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath ?? "");
    // Warm up once (cold browser and server on a busy machine), so the first person is not timed against it.
    const warmUp = await browser.newContext({ serviceWorkers: "block" });
    const page = await warmUp.newPage();
    await page.goto(baseUrl);
    await page.locator(".self-check-entry button").first().waitFor({ timeout: 90_000 });
    await warmUp.close();
  });
  afterAll(async () => {
    await browser?.close();
    if (FIRST_RESULTS.length > 0) {
      const lines = FIRST_RESULTS.map(
        (row) => `  ${row.answered} answers  first: ${row.idea}  final: ${row.final}  — ${row.name}`,
      );
      process.stdout.write(`\nAnswers to the first result, per person:\n${lines.join("\n")}\n`);
    }
  });

  async function openPhone(
    language: Language,
    serviceWorkers: "allow" | "block" = "block",
  ): Promise<{ context: BrowserContext; page: Page; foreign: Request[] }> {
    const context = await browser.newContext({
      locale: language === "es" ? "es-US" : "en-US",
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      serviceWorkers,
    });
    const page = await context.newPage();
    const foreign = await watchForeignRequests(page, baseUrl);
    // Start from English in both cases, so the Spanish runs also cover the language switch.
    await page.addInitScript(() => Object.defineProperty(navigator, "languages", { get: () => ["en-US"] }));
    await page.goto(baseUrl);
    return { context, page, foreign };
  }

  for (const [index, person] of PEOPLE.entries()) {
    it(`${person.name} (${person.language}, ${person.voice}) reaches ${person.expectedLevel}`, async () => {
      const { context, page } = await openPhone(person.language);
      try {
        const record = await takeSelfCheck(
          page,
          person,
          index === 0 ? "every-screen" : index === 2 ? "some-screens" : "none",
        );
        expect(await levelShown(page)).toBe(person.expectedLevel);
        // A first idea within 15 answers, within one step of the final level, or "needs answers"
        // because a safety answer is unknown.
        expect(record.firstIdea, "a first idea was shown").not.toBeNull();
        const first = record.firstIdea ?? { idea: "", answered: 99 };
        FIRST_RESULTS.push({
          name: person.name,
          answered: first.answered,
          idea: first.idea,
          final: person.expectedLevel,
        });
        expect(first.answered).toBeLessThanOrEqual(15);
        if (first.idea === "needs-answers") expect(person.expectedLevel).toBe("needs-answers");
        else
          expect(
            Math.abs(LEVEL_ORDER.indexOf(first.idea) - LEVEL_ORDER.indexOf(person.expectedLevel)),
          ).toBeLessThanOrEqual(1);
        const results = await page.locator("main").innerText();
        if (person.urgentText === undefined) {
          expect(record.steps).not.toContain("urgent");
        } else {
          expect(record.urgentTexts.join("\n")).toMatch(person.urgentText);
          expect(results).toMatch(person.urgentText);
        }
        // Provisional, explained, with next steps in the person's language.
        if (person.language === "en") {
          expect(results).toContain("This is a first idea, not a diagnosis");
          // The answers that set the level are quoted; at the lowest level none did, and it says so.
          if (person.expectedLevel !== "needs-answers")
            expect(results).toMatch(/You answered|None of the answers called for more care/);
          expect(results).toContain("What a professional will still ask");
          expect(results).toContain("1-800-662-4357");
          expect(results).toContain("FindTreatment.gov");
        } else {
          expect(results).toContain("Esta es una primera idea, no un diagnóstico");
          expect(results).toMatch(/Usted respondió|Ninguna respuesta pidió más atención/);
          expect(results).toContain("también atienden en español");
          expect(results).toContain("Lo que un profesional todavía preguntará");
          expect(results).toContain("1-800-662-4357");
        }
        // Validated scales are offered for oneself; about a loved one, the result names them to complete.
        if (person.voice === "family-or-friend") {
          expect(results).toMatch(/PHQ-9/);
          expect(await page.locator("form.scale-form, button:has-text('PHQ-9')").count()).toBe(0);
        }
        // For oneself, the PHQ-9 can be added; thoughts of self-harm on item 9 bring the crisis line forward.
        if (person.voice === "self" && person.language === "es") {
          await page
            .getByRole("button", { name: "Responder la evaluación del ánimo PHQ-9 (9 preguntas)" })
            .click();
          for (let item = 1; item <= 9; item += 1) {
            await page.locator(`input[name="phq-9.${item}"][value="several-days"]`).check();
          }
          await page.getByRole("button", { name: "Agregar a mi resultado" }).click();
          await expect.poll(() => page.locator("main").innerText()).toContain("Su total es 9 de 27");
          expect(await page.locator(".urgent").innerText()).toContain("988");
          expect(await axeViolations(page)).toEqual([]);
        }
        // A past overdose is always asked about when opioids are involved, and shows as a risk with naloxone advice.
        if (person.answers["overdose-history"] === "past-year") {
          expect(record.steps).toContain("overdose-history");
          expect(results).toContain("A past overdose raises the risk");
          expect(results).toMatch(/naloxone \(Narcan\)/);
          expect(record.steps).not.toContain("urgent");
        }
        // At the lowest level there is no "no single change would lower the level".
        if (person.expectedLevel === "early-intervention") {
          expect(results).not.toMatch(/no single change|un solo cambio/i);
        }
        // Not sure about safety: no level, a calm 988 prompt (call, text, chat), and the answers that
        // matter most can be given right here; then a level appears.
        if (person.expectedLevel === "needs-answers") {
          expect(results).toContain("We cannot suggest a kind of care yet");
          expect(results).toContain("Some safety questions are still open");
          expect(results).not.toContain("None of the answers called for more care");
          expect(await page.locator('.safety-unknown a[href="tel:988"]').count()).toBe(1);
          expect(await page.locator('.safety-unknown a[href="sms:988"]').count()).toBe(1);
          expect(await page.locator('.safety-unknown a[href^="https://988lifeline.org/chat"]').count()).toBe(
            1,
          );
          expect(await axeViolations(page), "needs answers").toEqual([]);
          for (const question of ["suicidal-thoughts", "danger-now", "withdrawal-emergency"]) {
            await page.locator(`[data-question-in-place="${question}"] [data-option="no"]`).click();
          }
          // Any other open answer that could add an urgent item is asked in place too, one at a time.
          for (let round = 0; round < 20; round++) {
            if ((await page.locator("article.results").getAttribute("data-level-status")) === "suggested")
              break;
            const open = page.locator("[data-question-in-place]").first();
            if ((await open.count()) === 0) break;
            const calm = open.locator(
              '[data-option="no"], [data-option="none"], [data-option="never"], [data-option="does-not-apply"]',
            );
            await ((await calm.count()) > 0 ? calm.first() : open.locator("[data-option]").first()).click();
          }
          await expect
            .poll(() => page.locator("article.results").getAttribute("data-level-status"), {
              timeout: 10_000,
            })
            .toBe("suggested");
          expect(await page.locator(".level-card__name").getAttribute("data-level")).not.toBeNull();
          expect(await page.locator(".safety-unknown").count()).toBe(0);
          expect(await axeViolations(page), "answered in place").toEqual([]);
        }
        // The question texts speak in the right voice.
        if (person.voice === "family-or-friend" && person.language === "en")
          expect(results).toContain("your loved one");
        if (person.voice === "self" && person.language === "en")
          expect(results).not.toContain("your loved one");
      } finally {
        await context.close();
      }
    }, 150_000);
  }

  it("shows a first idea after a median of at most 12 answers", () => {
    const counts = FIRST_RESULTS.map((row) => row.answered).sort((a, b) => a - b);
    expect(counts).toHaveLength(PEOPLE.length);
    const middle = counts.length / 2;
    const median =
      counts.length % 2 === 0
        ? ((counts[middle - 1] ?? 0) + (counts[middle] ?? 0)) / 2
        : (counts[Math.floor(middle)] ?? 0);
    process.stdout.write(`\nMedian answers to the first result: ${median}\n`);
    expect(median).toBeLessThanOrEqual(12);
  });

  it("can be taken with the keyboard alone, from the guide to the result", async () => {
    const { context, page } = await openPhone("en");
    try {
      const person = PEOPLE[3] as Person;
      const focused = (selector: string) =>
        page.evaluate((wanted) => document.activeElement?.matches(wanted) === true, selector);
      const tabTo = async (selector: string) => {
        if (await focused(selector)) return;
        for (let presses = 0; presses < 40; presses += 1) {
          await page.keyboard.press("Tab");
          if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) === true, selector))
            return;
        }
        throw new Error(`Tab never reached ${selector}`);
      };
      /**
       * Tabs to `target` on the screen `before` and presses Enter until the screen changes. Each new screen
       * puts focus on its heading after it renders, and a screen can gain an urgent notice a moment after it
       * appears, which takes focus (safety first); on a loaded machine either can land between our Tab and
       * Enter. So wait for the heading's focus, then Tab to the answer and press Enter again, up to three
       * times, before calling it a failure.
       */
      const choose = async (target: string, before: string): Promise<string> => {
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
        let now = before;
        for (let attempt = 1; now === before; attempt += 1) {
          await tabTo(target);
          await page.keyboard.press("Enter");
          now = await waitForStepOtherThan(page, before, 10_000).catch(async (error: unknown) => {
            if (attempt < 3) return before;
            const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
            throw new Error(
              `Enter on ${target} did not leave "${before}" (focus: ${active}): ${String(error)}`,
            );
          });
        }
        return now;
      };
      await tabTo(".self-check-entry button");
      await page.keyboard.press("Enter");
      await waitForStepOtherThan(page, "loading");
      let step = await choose('[data-option="family-or-friend"]', "start");
      for (let count = 0; count < 60 && step !== "results"; count += 1) {
        const target =
          step === "end"
            ? "main .flow-nav .primary"
            : `[data-option="${person.answers[step] ?? "not-sure"}"]`;
        step = await choose(target, step);
      }
      expect(await levelShown(page)).toBe(person.expectedLevel);
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    } finally {
      await context.close();
    }
  }, 120_000);

  it("goes back one question with the browser's Back, with at most one extra history entry, asks before the page is closed, and Back after the quick exit cannot return", async () => {
    const { context, page } = await openPhone("en");
    try {
      const entriesOnArrival = await page.evaluate(() => history.length);
      await page.locator(".self-check-entry button").first().click();
      await waitForStepOtherThan(page, "loading");
      await page.locator('[data-option="self"]').click();
      await waitForStepOtherThan(page, "start");
      for (const [question, answer] of [
        ["age", "adult"],
        ["overdose-now", "no"],
        ["suicidal-thoughts", "no"],
      ] as const) {
        expect(await page.locator("main article").getAttribute("data-question")).toBe(question);
        await page.locator(`[data-option="${answer}"]`).click();
        await waitForStepOtherThan(page, question);
      }
      expect(await page.locator("main article").getAttribute("data-question")).toBe("danger-now");
      for (const previous of ["suicidal-thoughts", "overdose-now", "age"]) {
        await page.goBack();
        await expect.poll(() => page.locator("main article").getAttribute("data-question")).toBe(previous);
        expect(await page.locator('[aria-pressed="true"]').count()).toBe(1);
        expect(page.url()).toBe(`${new URL(baseUrl).origin}/`);
        expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(entriesOnArrival + 1);
      }
      await page.goBack();
      await expect.poll(() => page.locator("main article").getAttribute("data-step")).toBe("start");
      await page.goBack();
      await page.locator(".self-check-entry").first().waitFor();
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(entriesOnArrival + 1);

      // Back into the check, answers on screen: closing the page asks first.
      await page.locator(".self-check-entry button").first().click();
      await waitForStepOtherThan(page, "loading");
      await expect.poll(() => page.locator("main article").getAttribute("data-question")).toBe("danger-now");
      const dialog = page.waitForEvent("dialog");
      await page.close({ runBeforeUnload: true });
      const asked = await dialog;
      expect(asked.type()).toBe("beforeunload");
      await asked.dismiss();
      expect(page.isClosed()).toBe(false);

      // The quick exit never asks, and Back after it does not reach Stepwise.
      page.on("dialog", (unexpected) => {
        throw new Error(`the quick exit asked: ${unexpected.type()}`);
      });
      await page.keyboard.press("Escape");
      await page.waitForURL(`${NEUTRAL_SITE_ORIGIN}/**`);
      await page.goBack().catch(() => null);
      expect(page.url()).not.toContain(new URL(baseUrl).host);
    } finally {
      await context.close();
    }
  }, 120_000);

  for (const width of [390, 320]) {
    it(`breaks no word mid-word in tables or buttons at ${width} px, and the guide's comparison fits`, async () => {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        isMobile: true,
        hasTouch: true,
        serviceWorkers: "block",
      });
      try {
        const page = await context.newPage();
        await page.goto(baseUrl);
        await page.locator(".self-check-entry button").first().waitFor();
        expect(await brokenWords(page, "main table, main button, header button")).toEqual([]);
        for (const language of ["en", "es"] as const) {
          if (language === "es") {
            await page.getByRole("button", { name: "Ver esta página en español" }).click();
            await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
            expect(await brokenWords(page, "main table, main button, header button"), language).toEqual([]);
          }
        }
        await page.getByRole("button", { name: "View this page in English" }).click();
        const person = PEOPLE[6] as Person;
        await takeSelfCheck(page, person, "none");
        expect(await brokenWords(page, "main table, main button, header button"), "results").toEqual([]);
        await page.getByRole("button", { name: "Weigh the choices with your family" }).click();
        await page.locator(".da-parts").waitFor();
        await page.locator(".da-parts").getByRole("button", { name: "Compare the options" }).click();
        await page.locator("table.da-comparison").waitFor();
        expect(await brokenWords(page, "main table, main button"), "comparison").toEqual([]);
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await axeViolations(page), "comparison as cards").toEqual([]);
        await page.locator(".da-parts").getByRole("button", { name: "What it may cost" }).click();
        await page.locator("table.da-cost-table").waitFor();
        expect(await brokenWords(page, "main table, main button"), "cost").toEqual([]);
      } finally {
        await context.close();
      }
    }, 150_000);
  }

  it("remembers the chosen language when the page is reloaded", async () => {
    const { context, page } = await openPhone("en");
    try {
      await page.getByRole("button", { name: "Ver esta página en español" }).click();
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
      await page.reload();
      await page.locator(".self-check-entry button").first().waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("es");
    } finally {
      await context.close();
    }
  });

  it("sends nothing during a whole run, keeps at most one extra history entry, and Back after the quick exit cannot return", async () => {
    const { context, page, foreign } = await openPhone("en");
    try {
      const requests: Request[] = [];
      page.on("request", (request) => requests.push(request));
      const entriesOnArrival = await page.evaluate(() => history.length);
      const person = PEOPLE[3] as Person;
      await takeSelfCheck(page, person, "none");
      expect(await levelShown(page)).toBe(person.expectedLevel);
      // In-app Back and the decision-aid-free parts of the result keep to one extra entry at most.
      await page.getByRole("button", { name: "Read about each kind of care" }).click();
      await page.locator(".self-check-entry").first().waitFor();
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(entriesOnArrival + 1);

      expect(foreign.map((request) => request.url())).toEqual([]);
      for (const request of requests) {
        const url = decodeURIComponent(request.url()).toLowerCase();
        expect(request.method(), url).toBe("GET");
        expect(request.postData(), url).toBeNull();
        expect(new URL(request.url()).search, url).toBe("");
        for (const marker of ANSWER_MARKERS) expect(url, marker).not.toContain(marker);
      }

      await page.keyboard.press("Escape");
      await page.waitForURL(`${NEUTRAL_SITE_ORIGIN}/**`);
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(entriesOnArrival + 1);
      await page.goBack().catch(() => null);
      expect(page.url()).not.toContain(new URL(baseUrl).host);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("points people under 18 to care made for teens", async () => {
    const { context, page } = await openPhone("en");
    try {
      await page.locator(".self-check-entry button").first().click();
      await waitForStepOtherThan(page, "loading");
      await page.locator('[data-option="self"]').click();
      await waitForStepOtherThan(page, "start");
      await page.locator('[data-option="under-18"]').click();
      await waitForStepOtherThan(page, "age");
      await page.locator("main article .flow-nav .primary").click();
      await waitForStepOtherThan(page, "end");
      const results = await page.locator("main").innerText();
      expect(results).toContain("This check is for adults");
      expect(await page.locator(".level-card__name").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("works offline after the first visit (service worker)", async () => {
    const { context, page } = await openPhone("en", "allow");
    try {
      // Ready means installed and activated, which happens only after every file is cached.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await context.setOffline(true);
      await page.reload();
      await page.locator(".self-check-entry button").first().click();
      await waitForStepOtherThan(page, "loading");
      await page.locator('[data-option="self"]').click();
      expect(await waitForStepOtherThan(page, "start")).toBe("age");
    } finally {
      await context.close();
    }
  }, 120_000);
});
