import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchChromium } from "./browser.js";
import { type ClinicServer, callApiAs, firstSignIn, startClinicServer } from "./clinic-session.js";

const chromiumPath = inject("chromiumPath");

/**
 * Step 11 of the clinic's day: a warning before the idle limit with "Stay signed in", and at the limit
 * every record leaves the screen, drafts are removed and the sign-in form says why. The server's limit is
 * 3 minutes (STEPWISE_SESSION_IDLE_MINUTES), so the warning comes after 1; the page's clock is moved
 * forward (Playwright's clock) instead of waiting.
 */
describe.skipIf(chromiumPath === null)("the clinic session ends after idle time, in real Chromium", () => {
  let browser: Browser;
  let server: ClinicServer;

  beforeAll(async () => {
    server = await startClinicServer({ environment: { STEPWISE_SESSION_IDLE_MINUTES: "3" } });
    browser = await launchChromium(chromiumPath ?? "");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("warns, stays signed in when asked, and at the limit clears the records and shows the sign-in form", async () => {
    const { page, context } = await firstSignIn(browser, server.url, server.adminLinkPath, {
      email: "alex@lakeside.example",
      password: "harbor lights over calm water",
    });
    const session = await callApiAs<{ idleMinutes: number; user: { id: string } }>(
      page,
      "GET",
      "/api/session",
    );
    expect(session.idleMinutes).toBe(3);
    await callApiAs(page, "POST", "/api/clients", {
      name: "Rosa Idle",
      assignedClinicianId: session.user.id,
    });
    await context.clock.install();
    await page.reload();
    await page.getByRole("button", { name: "Rosa Idle", exact: true }).waitFor();
    await page.evaluate(() => sessionStorage.setItem("stepwise.clinic.draft.test", "{}"));

    const warning = page.getByRole("dialog", { name: "Are you still there?" });
    await page.clock.fastForward("00:50");
    expect(await warning.count()).toBe(0);
    await page.clock.fastForward("00:15");
    await warning.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Stay signed in");
    expect(await axeViolations(page)).toEqual([]);
    await warning.getByRole("button", { name: "Stay signed in" }).click();
    await warning.waitFor({ state: "detached" });
    // The limit counts again from "Stay signed in": still signed in well after the first limit.
    await page.clock.fastForward("00:55");
    expect(await warning.count()).toBe(0);
    expect(await page.getByRole("button", { name: "Rosa Idle", exact: true }).count()).toBe(1);

    // In Spanish this time, and no answer: at the limit the records leave the screen.
    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await page.getByRole("heading", { level: 1, name: "Casos" }).waitFor();
    await page.clock.fastForward("00:10");
    await page.getByRole("dialog", { name: "¿Sigue ahí?" }).waitFor();
    await page.clock.fastForward("02:05");
    await page
      .getByRole("heading", { level: 1, name: "Iniciar sesión en la clínica" })
      .waitFor({ timeout: 20_000 });
    await page.getByLabel("Contraseña", { exact: true }).waitFor();
    expect(await page.getByText("Rosa Idle").count()).toBe(0);
    expect(await page.locator("[data-signed-in]").count()).toBe(0);
    expect(await page.getByRole("status").first().innerText()).toContain("3 minutos");
    expect(await page.evaluate(() => sessionStorage.getItem("stepwise.clinic.draft.test"))).toBeNull();
    const after = await page.evaluate(async () => (await (await fetch("/api/session")).json()).stage);
    expect(after).toBe("signed-out");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 100_000);
});
