import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, pdfText, type watchForeignRequests } from "./browser.js";
import { addOwnClient, type ClinicServer, openClinicAsAdmin } from "./clinic-session.js";

const chromiumPath = inject("chromiumPath");

/** A day relative to today (UTC, as the server counts a consent's days), written YYYY-MM-DD. */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Elements that stick out past the right edge when the page scrolls sideways; empty when it does not. */
async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    return [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth)
      .slice(-5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`,
      );
  });
}

/** A consent's card on the list, found by the recipient's name in its heading. */
const consentCard = (page: Page, recipient: string) => page.getByRole("article", { name: recipient });

/**
 * Step 8 of the clinical day (42 CFR Part 2): from the caseload to a client's consents; record a
 * consent (a missing element is named first), disclose under it, read the accounting, print the consent
 * form and the accounting to PDF and read their text, revoke the consent with a reason; then the same
 * screen in Spanish. axe on each screen, no sideways scroll at 1280 and 390 px.
 */
describe.skipIf(chromiumPath === null)("consents and disclosures in the clinic, in real Chromium", () => {
  let server: ClinicServer;
  let browser: Browser;
  let page: Page;
  let foreign: Awaited<ReturnType<typeof watchForeignRequests>>;
  const recipient = "Dr. Sam Okafor, Riverside Primary Care";

  beforeAll(async () => {
    ({ server, browser, page, foreign } = await openClinicAsAdmin(
      chromiumPath ?? "",
      "lantern meadow copper violin",
    ));
    // Assigned to the signed-in admin, so the caseload shows the client whatever its default filter.
    await addOwnClient(page, { name: "Jordan Lee", birthDate: "1985-06-14", recordNumber: "R-1001" });
    await page.reload();
    await page.locator("[data-signed-in]").first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("records a consent and a disclosure, shows and prints the accounting and the form, and revokes", async () => {
    await page.getByRole("button", { name: "Jordan Lee", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Jordan Lee" }).waitFor();
    await page.getByRole("button", { name: "Consents and disclosures" }).click();
    const heading = page.getByRole("heading", { level: 1, name: "Consents and disclosures: Jordan Lee" });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByText("No consents yet.").count()).toBe(1);
    expect(await page.getByText("There is no active consent. Record a consent first.").count()).toBe(1);
    expect(await axeViolations(page), "consent screen").toEqual([]);

    // Every element but the recipient: the inline error names the recipient and takes focus.
    const consentForm = page.locator("form", {
      has: page.getByRole("heading", { name: "Record a consent" }),
    });
    await consentForm
      .getByRole("group", { name: "What information may be shared" })
      .getByRole("checkbox", { name: "Who the client is (name, date of birth, record number)" })
      .check();
    await consentForm
      .getByRole("group", { name: "What information may be shared" })
      .getByRole("checkbox", { name: "Episodes of care (admission, moves, discharge)" })
      .check();
    await consentForm.getByRole("radio", { name: "Treatment", exact: true }).check();
    await consentForm.getByLabel("Date the client signed").fill(dayFromToday(-1));
    await consentForm.getByLabel("Date the consent ends").fill(dayFromToday(365));
    await consentForm.getByLabel("Who signed").fill("Jordan Lee");
    await consentForm.getByRole("button", { name: "Record the consent" }).click();
    await page.getByText("Enter who may receive the information.").waitFor();
    const recipientField = consentForm.getByLabel("Who may receive the information");
    expect(await recipientField.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await recipientField.getAttribute("aria-invalid")).toBe("true");

    await recipientField.fill(recipient);
    await consentForm.getByRole("button", { name: "Record the consent" }).click();
    await page.getByText("The consent is recorded.").waitFor();
    const card = consentCard(page, recipient);
    await card.getByText("Active", { exact: true }).waitFor();
    expect(await card.textContent()).toContain("Jordan Lee");

    // A disclosure under it: only what the consent covers is offered.
    const disclosureSection = page.getByRole("region", { name: "Record a disclosure" });
    const shared = disclosureSection.getByRole("group", { name: "What is shared" });
    expect(await shared.getByRole("checkbox").count()).toBe(2);
    await disclosureSection.getByRole("button", { name: "Record the disclosure" }).click();
    await disclosureSection.getByText("Choose at least one kind of information.").waitFor();
    await shared.getByRole("checkbox", { name: "Episodes of care (admission, moves, discharge)" }).check();
    await disclosureSection.getByRole("button", { name: "Record the disclosure" }).click();
    await disclosureSection.getByText("The disclosure is recorded.", { exact: false }).waitFor();
    await disclosureSection
      .getByText("42 CFR part 2 prohibits unauthorized use or disclosure of these records.")
      .waitFor();

    // The accounting on screen, and for a period that ended before it.
    const accounting = page.getByRole("region", { name: "Accounting of disclosures" });
    await accounting.getByRole("cell", { name: recipient }).waitFor();
    await accounting.getByLabel("To").fill(dayFromToday(-2));
    await accounting.getByRole("button", { name: "Show the disclosures" }).click();
    await accounting.getByText("No disclosures in this period.").waitFor();
    await accounting.getByLabel("To").fill("");
    await accounting.getByRole("button", { name: "Show the disclosures" }).click();
    await accounting.getByRole("cell", { name: recipient }).waitFor();

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await sidewaysScroll(page), `consent screen at ${width}px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Keyboard: the print button is reached with Tab alone.
    await heading.focus();
    let reached = false;
    for (let step = 0; step < 80 && !reached; step += 1) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.textContent === "Print the accounting");
    }
    expect(reached).toBe(true);

    // The accounting a client can take home, printed to PDF.
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Accounting of disclosures" }).waitFor();
    expect(await axeViolations(page), "printed accounting").toEqual([]);
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await sidewaysScroll(page), "printed accounting at 390px").toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    const accountingPdf = pdfText(await page.pdf({ format: "Letter" }));
    if (accountingPdf !== null) {
      for (const text of [
        "Accounting of disclosures",
        `To whom ${recipient}`,
        "What Episodes of care (admission, moves, discharge)",
        "Why Treatment",
        "Jordan Lee",
        "1985-06-14",
        "R-1001",
        "Lakeside Recovery",
        recipient,
        "Episodes of care",
        "Treatment",
        "All disclosures on record",
        "42 CFR 2.24",
      ]) {
        expect(accountingPdf, text).toContain(text);
      }
      // Only the page: not the buttons, nor the workspace header.
      expect(accountingPdf).not.toContain("Back to consents and disclosures");
      expect(accountingPdf).not.toContain("Ver en español");
    }
    await page.getByRole("button", { name: "Back to consents and disclosures" }).click();

    // The consent form with every required element and the signature lines, printed to PDF.
    await consentCard(page, recipient).getByRole("button", { name: "Print the consent form" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Consent to share substance use treatment records" })
      .waitFor();
    expect(await axeViolations(page), "printed consent form").toEqual([]);
    const formPdf = pdfText(await page.pdf({ format: "Letter" }));
    if (formPdf !== null) {
      for (const text of [
        "Your name Jordan Lee",
        "Who may share the records Lakeside Recovery",
        `Who may receive them ${recipient}`,
        "Who the client is (name, date of birth, record number)",
        "Episodes of care",
        "Why it may be shared Treatment",
        `This consent ends on ${dayFromToday(365)}`,
        "You can take back (revoke) this consent at any time",
        "will not refuse you treatment",
        `Date signed ${dayFromToday(-1)}`,
        "Signed by Jordan Lee",
        "Signature of the client, or of the person allowed to sign for them",
        "Staff member who explained this form",
        "(42 CFR 2.32)",
        "42 CFR part 2 prohibits unauthorized use or disclosure of these records.",
        "court orders it under 42 CFR 2.64 or 2.65",
      ]) {
        expect(formPdf, text).toContain(text);
      }
      expect(formPdf).not.toContain("Back to consents and disclosures");
    }
    await page.getByRole("button", { name: "Back to consents and disclosures" }).click();
    await heading.waitFor();

    // Revoke, with the reason asked for first.
    const revoking = consentCard(page, recipient);
    await revoking.getByRole("button", { name: "Revoke this consent" }).click();
    await revoking.getByRole("button", { name: "Confirm the revocation" }).click();
    await revoking.getByText("Enter why the consent is revoked.").waitFor();
    await revoking.getByLabel("Why is the consent revoked?").fill("The client asked to stop sharing.");
    await revoking.getByRole("button", { name: "Confirm the revocation" }).click();
    await revoking.getByText("Revoked", { exact: true }).waitFor();
    await revoking.getByText("The client asked to stop sharing.", { exact: false }).waitFor();
    await page.getByText("There is no active consent. Record a consent first.").waitFor();
    expect(await revoking.getByRole("button", { name: "Revoke this consent" }).count()).toBe(0);
  });

  it("works in Spanish: the screen, its inline errors and the printed form", async () => {
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    const heading = page.getByRole("heading", {
      level: 1,
      name: "Consentimientos y divulgaciones: Jordan Lee",
    });
    await heading.waitFor();
    expect(await axeViolations(page), "pantalla de consentimientos").toEqual([]);
    const consentForm = page.locator("form", {
      has: page.getByRole("heading", { name: "Registrar un consentimiento" }),
    });
    await consentForm.getByRole("button", { name: "Registrar el consentimiento" }).click();
    await consentForm.getByText("Escriba quién puede recibir la información.").waitFor();
    await consentForm.getByText("Elija al menos un tipo de información.").waitFor();
    await consentForm.getByText("Escriba quién firmó.").waitFor();

    await consentForm.getByLabel("Quién puede recibir la información").fill("Clínica del Valle");
    await consentForm.getByRole("checkbox", { name: "Decisiones sobre el nivel de atención" }).check();
    await consentForm.getByRole("radio", { name: "Otra razón" }).check();
    await consentForm.getByLabel("Fecha en que la persona firmó").fill(dayFromToday(0));
    await consentForm.getByLabel("Fecha en que termina el consentimiento").fill(dayFromToday(90));
    await consentForm.getByLabel("Quién firmó").fill("Pat Lee, madre");
    await consentForm.getByRole("button", { name: "Registrar el consentimiento" }).click();
    await consentForm.getByText("Eligió otra razón: diga cuál es.").waitFor();
    await consentForm.getByLabel("La otra razón, en palabras").fill("Vivienda de apoyo");
    await consentForm.getByRole("button", { name: "Registrar el consentimiento" }).click();
    await page.getByText("El consentimiento quedó registrado.").waitFor();
    await consentCard(page, "Clínica del Valle").getByText("Vigente", { exact: true }).waitFor();
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await sidewaysScroll(page), "pantalla a 390 px").toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    await consentCard(page, "Clínica del Valle")
      .getByRole("button", { name: "Imprimir el formulario de consentimiento" })
      .click();
    await page
      .getByRole("heading", {
        level: 1,
        name: "Consentimiento para compartir registros de tratamiento por uso de sustancias",
      })
      .waitFor();
    expect(await axeViolations(page), "formulario impreso").toEqual([]);
    const formPdf = pdfText(await page.pdf({ format: "Letter" }));
    if (formPdf !== null) {
      for (const text of [
        "Clínica del Valle",
        "Otra razón: Vivienda de apoyo",
        "Firmado por Pat Lee, madre",
        "Puede retirar (revocar) este consentimiento en cualquier momento",
        "Firma de la persona, o de quien puede firmar por ella",
        "(42 CFR 2.32)",
      ]) {
        expect(formPdf, text).toContain(text);
      }
    }
    await page.getByRole("button", { name: "Volver a consentimientos y divulgaciones" }).click();
    await page.getByRole("button", { name: "Imprimir la relación" }).click();
    await page.getByRole("heading", { level: 1, name: "Relación de divulgaciones" }).waitFor();
    expect(await axeViolations(page), "relación impresa").toEqual([]);
    await page.getByRole("button", { name: "Volver a consentimientos y divulgaciones" }).click();
    await heading.waitFor();
    await page.getByRole("button", { name: "Volver a la persona" }).click();
    await page.getByRole("heading", { level: 1, name: "Jordan Lee" }).waitFor();
    expect(foreign).toEqual([]);
  });
});
