import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type OrganizationProgram,
  programDraft,
  programRequest,
} from "../packages/web/src/clinic/programs/program-form.js";
import { axeViolations, type watchForeignRequests } from "./browser.js";
import { type ClinicServer, callApiAs, openClinicAsAdmin } from "./clinic-session.js";

const chromiumPath = inject("chromiumPath");

/** Elements that stick out past the right edge when the page scrolls sideways; empty when it does not. */
async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    return [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth)
      .slice(-5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
}

/** The workspace's "Programs" item (a button or a link in the nav named "Workspace"). */
function programsNavItem(page: Page, name: string): Locator {
  const nav = page.getByRole("navigation", { name: /Workspace|Espacio de trabajo/ });
  return nav.getByRole("button", { name, exact: true }).or(nav.getByRole("link", { name, exact: true }));
}

/**
 * The organization's own programs (the clinic side of the program finder): an admin adds a program with
 * its levels, medications, payment, languages and openings, edits its openings, and retires it, in
 * English and Spanish. The screen is reached from the workspace nav's "Programs" item; the API calls the
 * screen makes are checked on their own too.
 */
describe.skipIf(chromiumPath === null)("the organization's programs in the clinic, in real Chromium", () => {
  let server: ClinicServer;
  let browser: Browser;
  let page: Page;
  let foreign: Awaited<ReturnType<typeof watchForeignRequests>>;

  beforeAll(async () => {
    ({ server, browser, page, foreign } = await openClinicAsAdmin(
      chromiumPath ?? "",
      "lantern meadow copper violin",
    ));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("adds, edits and retires a program with the requests the screen sends", async () => {
    const draft = {
      ...programDraft(undefined, "2026-03-02"),
      name: "Lakeside IOP",
      zip: "22902",
      levels: ["intensive-outpatient"] as const,
      medications: ["buprenorphine"] as const,
      languages: "es",
      openings: "2",
    };
    const added = await callApiAs<OrganizationProgram>(
      page,
      "POST",
      "/api/organization-programs",
      programRequest(draft),
    );
    expect(added).toMatchObject({ name: "Lakeside IOP", openings: 2, languages: ["es"], version: 1 });
    const edited = await page.evaluate(
      async ({ id, body }) => {
        const session = (await (await fetch("/api/session")).json()) as { csrfToken: string };
        const response = await fetch(`/api/organization-programs/${id}`, {
          method: "PUT",
          headers: {
            "content-type": "application/json",
            "x-csrf-token": session.csrfToken,
            "if-match": '"v1"',
          },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: await response.json() };
      },
      {
        id: added.id,
        body: programRequest({ ...programDraft(added, "2026-03-03"), openings: "0", waitlistDays: "7" }),
      },
    );
    expect(edited).toMatchObject({ status: 200, body: { openings: 0, waitlistDays: 7, version: 2 } });
    const retired = await page.evaluate(async (id) => {
      const session = (await (await fetch("/api/session")).json()) as { csrfToken: string };
      const response = await fetch(`/api/organization-programs/${id}`, {
        method: "DELETE",
        headers: { "x-csrf-token": session.csrfToken, "if-match": '"v2"' },
      });
      return response.status;
    }, added.id);
    expect(retired).toBe(204);
    const listed = await callApiAs<{ programs: unknown[] }>(page, "GET", "/api/organization-programs");
    expect(listed.programs).toEqual([]);
  });

  it("on the Programs screen: adds with an inline error first, edits the openings, retires in Spanish", async () => {
    await programsNavItem(page, "Programs").click();
    await page.getByRole("heading", { level: 1, name: "Programs" }).waitFor();
    await page.getByText("No programs yet. Add the first one.").waitFor();
    expect(await axeViolations(page), "programs screen").toEqual([]);

    await page.getByRole("button", { name: "Add a program" }).click();
    const form = page.getByRole("form", { name: "Add a program" });
    await form.getByRole("button", { name: "Save the program" }).click();
    await form.getByText("Enter the program's name.").waitFor();
    await form.getByText("Enter a 5-digit ZIP code.").waitFor();
    const name = form.getByLabel("Program name");
    expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await axeViolations(page), "program form").toEqual([]);

    await name.fill("Lakeside IOP");
    await form.getByLabel("City").fill("Charlottesville");
    await form.getByLabel("State").fill("VA");
    await form.getByLabel("ZIP code").fill("22902");
    await form.getByRole("checkbox", { name: "Intensive outpatient (crosswalk 2.1)" }).check();
    await form.getByRole("checkbox", { name: "Buprenorphine" }).check();
    await form.getByRole("checkbox", { name: "Medicaid" }).check();
    await form.getByLabel("Languages besides English").fill("es");
    await form.getByLabel("Open places now").fill("2");
    await form.getByRole("button", { name: "Save the program" }).click();
    await page.getByText("Lakeside IOP is saved.").waitFor();
    const card = page.getByRole("article", { name: "Lakeside IOP" });
    await card.getByText("2 open places", { exact: false }).waitFor();
    expect(await card.textContent()).toContain("Intensive outpatient (crosswalk 2.1)");
    expect(await card.textContent()).toContain("Spanish");

    await card.getByRole("button", { name: "Edit" }).click();
    const editForm = page.getByRole("form", { name: "Edit Lakeside IOP" });
    expect(await editForm.getByLabel("Program name").inputValue()).toBe("Lakeside IOP");
    await editForm.getByLabel("Open places now").fill("0");
    await editForm.getByLabel("Days of wait to start").fill("7");
    await editForm.getByRole("button", { name: "Save the program" }).click();
    await card.getByText("0 open places, about 7 days of wait", { exact: false }).waitFor();

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await sidewaysScroll(page), `programs screen at ${width}px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole("button", { name: "Ver esta página en español" }).click();
    await page.getByRole("heading", { level: 1, name: "Programas" }).waitFor();
    const tarjeta = page.getByRole("article", { name: "Lakeside IOP" });
    await tarjeta.getByText("unos 7 días de espera", { exact: false }).waitFor();
    expect(await axeViolations(page), "pantalla de programas").toEqual([]);
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await sidewaysScroll(page), "programas a 390 px").toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await tarjeta.getByRole("button", { name: "Retirar" }).click();
    await tarjeta.getByRole("button", { name: "Sí, retirar este programa" }).click();
    await page.getByText("Lakeside IOP quedó retirado.").waitFor();
    await page.getByText("Todavía no hay programas. Agregue el primero.").waitFor();
    expect(foreign).toEqual([]);
  });
});
