import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, pdfText, type watchForeignRequests } from "./browser.js";
import { addOwnClient, type ClinicServer, callApiAs, openClinicAsAdmin } from "./clinic-session.js";

const chromiumPath = inject("chromiumPath");
const examples = fileURLToPath(new URL("../docs/examples/", import.meta.url));
const example = (name: string) => JSON.parse(readFileSync(`${examples}${name}.json`, "utf8"));

/** A date `days` from today (UTC, as the server counts), written YYYY-MM-DD. */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The earlier residential example with scale totals (and, for a crisis, a suicidal plan) on a date. */
function residentialAnswers(asOf: string, scales: { ciwa: number; gad7: number }, crisis: boolean) {
  const answers = example("reassessment-earlier-residential");
  answers.asOf = asOf;
  if (crisis)
    answers.mentalHealth = { ...answers.mentalHealth, suicidalThoughts: true, suicidalIntentOrPlan: true };
  answers.scales = [
    { instrument: "ciwa-ar", total: scales.ciwa, flags: [] },
    { instrument: "gad-7", total: scales.gad7, flags: [] },
  ];
  return answers;
}

interface Stored {
  id: string;
  recommendedLevel?: string;
  result?: { urgent: { ruleId: string }[] };
}

/**
 * The decision and the episode of care (steps 5, 6 and 9 of the clinical day) in real Chromium: a
 * decision on an assessment with urgent items that the screen explains and the server refuses without
 * acknowledgements, an admission, a step down after a newer assessment, a correction with its reason,
 * the levels-over-time and scale-total charts with their list and table, a discharge, and the
 * determination page printed to PDF. English at 1280 px and Spanish at 390 px, axe on each screen.
 */
describe.skipIf(chromiumPath === null)("clinic decision and episode of care, in real Chromium", () => {
  let browser: Browser;
  let server: ClinicServer;
  let page: Page;
  let foreign: Awaited<ReturnType<typeof watchForeignRequests>>;

  beforeAll(async () => {
    ({ server, browser, page, foreign } = await openClinicAsAdmin(
      chromiumPath ?? "",
      "correct horse battery staple 42",
    ));
    page.on("pageerror", (error) => console.log("PAGEERROR", error.message, error.stack));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function screen(name: string): Promise<void> {
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await axeViolations(page), name).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scroll`,
    ).toBe(true);
  }

  /** A client whose earlier episode has ended, with a newer assessment carrying urgent items. */
  async function clientWithCrisis(name: string, recordNumber: string, zipCode?: string) {
    const client = await addOwnClient(page, {
      name,
      birthDate: "1980-03-04",
      recordNumber,
      ...(zipCode === undefined ? {} : { zipCode }),
    });
    const earlier = await callApiAs<Stored>(page, "POST", `/api/clients/${client.id}/assessments`, {
      answers: residentialAnswers(day(-40), { ciwa: 12, gad7: 9 }, false),
    });
    const decision = await callApiAs<{ id: string }>(page, "POST", `/api/clients/${client.id}/decisions`, {
      assessmentId: earlier.id,
      chosenLevel: earlier.recommendedLevel,
      safetyAcknowledgements: (earlier.result?.urgent ?? []).map((item) => ({
        ruleId: item.ruleId,
        code: "medical-review-arranged",
      })),
    });
    const episode = await callApiAs<{ id: string }>(page, "POST", `/api/clients/${client.id}/episodes`, {
      level: earlier.recommendedLevel,
      admittedOn: day(-40),
      decisionId: decision.id,
    });
    await page.evaluate(
      async ({ episodeId }) => {
        const session = (await (await fetch("/api/session")).json()) as { csrfToken: string };
        const read = await fetch(`/api/episodes/${episodeId}`);
        await fetch(`/api/episodes/${episodeId}/discharge`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-csrf-token": session.csrfToken,
            "if-match": read.headers.get("etag") ?? "",
          },
          body: JSON.stringify({
            on: new Date(Date.now() - 35 * 86_400_000).toISOString().slice(0, 10),
            reason: "plan-completed",
          }),
        });
      },
      { episodeId: episode.id },
    );
    const crisis = await callApiAs<Stored>(page, "POST", `/api/clients/${client.id}/assessments`, {
      answers: residentialAnswers(day(-20), { ciwa: 22, gad7: 15 }, true),
    });
    return { clientId: client.id, crisis };
  }

  async function openClient(name: string): Promise<void> {
    await page.goto(`${server.url}/clinic/`);
    await page.locator("[data-signed-in]").waitFor();
    await page.getByRole("button", { name, exact: true }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
  }

  it("goes from the result screen's “Record the decision” button to a decision and an admission", async () => {
    const { crisis } = await clientWithCrisis("Jordan Lee", "LR-1000", "22903");
    await openClient("Jordan Lee");
    await page.getByRole("button", { name: `Open the result from ${day(-20)}` }).click();
    const record = page.getByRole("button", { name: "Record the decision" });
    // One program of the organization's own near the client's ZIP that offers the recommended level.
    const program = await callApiAs<{ id: string }>(page, "POST", "/api/organization-programs", {
      name: "Lakeside Hospital Unit",
      zip: "22902",
      levels: [crisis.recommendedLevel],
      withdrawal: ["ambulatory", "residential", "medically-monitored", "medically-managed"],
      availabilityUpdatedOn: day(0),
    });
    await record.click();
    await page.getByRole("heading", { level: 1, name: "Level-of-care decision" }).waitFor();
    // Programs near the client's ZIP that offer the recommended level, beside the levels offered.
    const matches = page.getByRole("region", { name: "Programs near the client" });
    await matches.getByRole("heading", { level: 3, name: "Lakeside Hospital Unit" }).waitFor();
    expect(await matches.getByText("Your organization's program").count()).toBe(1);
    const codes = page.getByLabel("What was done", { exact: true });
    for (let index = 0; index < (crisis.result?.urgent.length ?? 0); index += 1) {
      await codes.nth(index).selectOption("crisis-plan-made");
    }
    await page.getByRole("button", { name: "Save the decision" }).click();
    await page.getByRole("button", { name: "Admit to this level" }).click();
    await page.getByRole("heading", { level: 1, name: "Episode of care" }).waitFor();
    // The other tests here run with no program list of the organization's.
    const retired = await page.evaluate(async (id) => {
      const session = (await (await fetch("/api/session")).json()) as { csrfToken: string };
      const response = await fetch(`/api/organization-programs/${id}`, {
        method: "DELETE",
        headers: { "x-csrf-token": session.csrfToken, "if-match": '"v1"' },
      });
      return response.status;
    }, program.id);
    expect(retired).toBe(204);
  });

  it("records a decision, admits, steps down, corrects, charts, discharges and prints, in English", async () => {
    const { clientId, crisis } = await clientWithCrisis("Maria Lopez", "LR-1001");
    expect(crisis.recommendedLevel).toBe("medically-managed-inpatient");
    const urgentCount = crisis.result?.urgent.length ?? 0;
    expect(urgentCount).toBeGreaterThan(1);

    await openClient("Maria Lopez");
    await page.getByRole("button", { name: `Open the episode from ${day(-40)}` }).click();
    await page.getByRole("heading", { level: 1, name: "Episode of care" }).waitFor();
    await page
      .getByRole("button", { name: `Record the decision for the assessment from ${day(-20)}` })
      .click();

    // The decision: urgent items and the crisis lines first; each field says why it is needed.
    await screen("Level-of-care decision");
    // No ZIP on record: the screen says so and searches nothing.
    const noZip = page.getByRole("region", { name: "Programs near the client" });
    await noZip.getByText("Add the client's ZIP code to their record to search near them.").waitFor();
    expect(await noZip.getByRole("listitem").count()).toBe(0);
    await expect.poll(() => page.getByText("call or text 988").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText("1-800-662-4357").count()).toBeGreaterThan(0);
    expect(
      await page
        .getByText("This urgent item needs a safety acknowledgement, whatever level is chosen.")
        .count(),
    ).toBeGreaterThan(0);
    await page.getByLabel("Chosen level").selectOption("residential");
    await page
      .getByText("The chosen level is below the recommendation, so a reason with a note is required.")
      .waitFor();
    await page.getByLabel("Reason for the choice").selectOption("client-preference");
    await page
      .getByLabel("The reason in your words")
      .fill("Wants to stay near her children; crisis plan agreed.");
    // Leaving the screen loses nothing typed: the draft waits in this tab until the decision is saved.
    await page.getByRole("button", { name: "Back to the client" }).click();
    await page.getByRole("button", { name: `Open the episode from ${day(-40)}` }).click();
    await page
      .getByRole("button", { name: `Record the decision for the assessment from ${day(-20)}` })
      .click();
    expect(await page.getByLabel("The reason in your words").inputValue()).toContain("crisis plan agreed");
    expect(await page.getByLabel("Chosen level").inputValue()).toBe("residential");
    // Keyboard: the save button is reached with Tab and pressed with Enter.
    await page.getByLabel("The reason in your words").focus();
    let reached = false;
    for (let step = 0; step < 40 && !reached; step += 1) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.textContent === "Save the decision");
    }
    expect(reached, "Save the decision is reachable by keyboard").toBe(true);
    await page.keyboard.press("Enter");
    // Refused without the safety acknowledgements: the error is shown at each item, and nothing typed is lost.
    await page.getByText("Not saved. Fix the fields marked below; what you typed is kept.").waitFor();
    const codeError = page.locator("#acknowledgement-0-code-error");
    await codeError.waitFor();
    expect(await codeError.textContent()).toContain("safety-");
    expect(await page.getByLabel("The reason in your words").inputValue()).toContain("crisis plan agreed");
    const codes = page.getByLabel("What was done", { exact: true });
    for (let index = 0; index < urgentCount; index += 1) {
      await codes.nth(index).selectOption(index === 0 ? "sent-to-emergency" : "crisis-plan-made");
    }
    // "Other" needs words, and the screen says so.
    await codes.nth(urgentCount - 1).selectOption("other");
    await page.getByText("The code is “Other”, so say what was done.").waitFor();
    await page
      .getByLabel("What was done, in your words")
      .nth(urgentCount - 1)
      .fill("Safety plan written with her sister, who stays with her tonight.");
    await page.getByRole("button", { name: "Save the decision" }).click();
    await page.getByRole("heading", { name: "The decision is saved." }).waitFor();

    // Admit to the chosen level, dated the day of the assessment.
    await page.getByLabel("Date of admission").fill(day(-20));
    await page.getByRole("button", { name: "Admit to this level" }).click();
    await page.getByRole("heading", { level: 1, name: "Episode of care" }).waitFor();
    await page.getByText("Residential (inpatient) rehab (ASAM 3.1, 3.3, 3.5)").first().waitFor();

    // A newer assessment recommends less care: decide, then step down from the episode.
    const later = example("reassessment-later-step-down");
    later.asOf = day(-5);
    later.currentTreatment = { level: "residential", startedOn: day(-20) };
    later.scales = [
      { instrument: "ciwa-ar", total: 3, flags: [] },
      { instrument: "gad-7", total: 5, flags: [] },
    ];
    const stepDown = await callApiAs<Stored>(page, "POST", `/api/clients/${clientId}/assessments`, {
      answers: later,
    });
    await page.getByRole("button", { name: "Back to the client" }).click();
    await page.getByRole("button", { name: `Open the episode from ${day(-20)}` }).click();
    await page
      .getByRole("button", { name: `Record the decision for the assessment from ${day(-5)}` })
      .click();
    await page.getByRole("heading", { level: 1, name: "Level-of-care decision" }).waitFor();
    expect(await page.getByLabel("Chosen level").inputValue()).toBe(stepDown.recommendedLevel);
    expect(stepDown.result?.urgent).toEqual([]);
    await page.getByRole("button", { name: "Save the decision" }).click();
    await page.getByRole("button", { name: "Go to the open episode" }).click();
    await page.getByRole("heading", { level: 1, name: "Episode of care" }).waitFor();
    await page.getByLabel("Date of the move").fill(day(-5));
    await page.getByRole("button", { name: /^Step down to Intensive outpatient/ }).click();
    await page.getByText("The move is saved.").waitFor();

    // Correct the step down's date with a reason; the first record stays in view.
    await page.getByRole("button", { name: new RegExp(`^Correct — ${day(-5)}: stepped down`) }).click();
    // The episode screen with its move, discharge and correction forms open: axe and the width check.
    await screen("Episode of care");
    await page.getByLabel("Why the event is amended").fill("The move was entered a day early.");
    await page.getByLabel("The right date").fill(day(-4));
    await page.getByRole("button", { name: "Save the correction" }).click();
    await page.getByText("The change is saved. The event as first recorded is still shown.").waitFor();
    await page.getByText(`First recorded as: ${day(-5)}: stepped down`).waitFor();
    await page
      .getByText(`${day(-4)}: stepped down to Intensive outpatient (IOP) (ASAM 2.1)`)
      .first()
      .waitFor();

    // The timeline and the scale chart, each with its text alternative holding the same facts.
    const timeline = page.getByRole("img", { name: /Chart of the level of care over time/ });
    await timeline.waitFor();
    await page.getByText(`${day(-20)}: assessment; recommended Hospital inpatient care (ASAM 4)`).waitFor();
    const scales = page.getByRole("img", { name: /Chart of scale totals by assessment date/ });
    expect(await scales.getAttribute("aria-label")).toContain(
      `CIWA-Ar ${day(-40)}: 12, ${day(-20)}: 22, ${day(-5)}: 3`,
    );
    const table = page.getByRole("table", { name: "Scale totals by assessment date" });
    const rows = await table.locator("tbody tr").allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, " ").trim())).toEqual([
      `${day(-40)} 12 9`,
      `${day(-20)} 22 15`,
      `${day(-5)} 3 5`,
    ]);
    // The chart's lines are told apart by markers and labels, not colour: the names are written on it.
    expect(await scales.locator("text.chart__series-name").allTextContents()).toEqual(["CIWA-Ar", "GAD-7"]);

    // Discharge.
    await page.getByLabel("Reason for the discharge").selectOption("plan-completed");
    await page.getByRole("button", { name: "Discharge", exact: true }).click();
    await page.getByText("The discharge is saved. The episode has ended.").waitFor();
    await page.getByRole("heading", { level: 1, name: "Episode of care" }).waitFor();

    // Print the determination for the chart.
    await page
      .getByRole("button", { name: `Print the determination for the assessment from ${day(-20)}` })
      .click();
    await screen("Level-of-care determination");
    await page.getByRole("button", { name: "Print", exact: true }).waitFor();
    await page.getByRole("button", { name: "Back", exact: true }).waitFor();
    const text = pdfText(await page.pdf({ format: "Letter" }));
    if (text !== null) {
      for (const expected of [
        "Maria Lopez",
        "LR-1001",
        "Hospital inpatient care (ASAM 4)",
        "Residential (inpatient) rehab",
        "Person's preference",
        "Sent to emergency care",
        "Clinician signature",
        "Client signature",
      ]) {
        expect(text, expected).toContain(expected);
      }
      expect(text).not.toContain("Ver en español");
    }
    expect(foreign).toEqual([]);
  }, 150_000);

  it("works in Spanish on a 390 px phone screen", async () => {
    await clientWithCrisis("Rosa Díaz", "LR-1002");
    await page.setViewportSize({ width: 390, height: 844 });
    await openClient("Rosa Díaz");
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await page.getByRole("button", { name: `Abrir el episodio del ${day(-40)}` }).click();
    await page.getByRole("heading", { level: 1, name: "Episodio de atención" }).waitFor();
    await page
      .getByRole("button", { name: `Registrar la decisión para la evaluación del ${day(-20)}` })
      .click();
    await screen("Decisión sobre el nivel de atención");
    await page.getByRole("button", { name: "Guardar la decisión" }).click();
    await page
      .getByText("No se guardó. Corrija los campos marcados abajo; lo que escribió se conserva.")
      .waitFor();
    await page.locator("#acknowledgement-0-code-error").waitFor();
    expect(await page.locator("#acknowledgement-0-code-error").textContent()).toContain(
      "constancia de seguridad",
    );
    const codes = page.getByLabel("Qué se hizo", { exact: true });
    for (let index = 0; index < (await codes.count()); index += 1)
      await codes.nth(index).selectOption("crisis-plan-made");
    await page.getByRole("button", { name: "Guardar la decisión" }).click();
    await page.getByLabel("Fecha de admisión").fill(day(-20));
    await page.getByRole("button", { name: "Admitir en este nivel" }).click();
    await screen("Episodio de atención");
    await page
      .getByRole("button", { name: `Imprimir la determinación de la evaluación del ${day(-20)}` })
      .click();
    await screen("Determinación del nivel de atención");
    const text = pdfText(await page.pdf({ format: "Letter" }));
    if (text !== null) {
      for (const expected of [
        "Rosa Díaz",
        "Internación en el hospital",
        "Firma de la persona",
        "Firma del profesional clínico",
      ]) {
        expect(text, expected).toContain(expected);
      }
    }
    expect(foreign).toEqual([]);
  }, 120_000);
});
