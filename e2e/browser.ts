/**
 * Real Chromium (Debian's /usr/bin/chromium) through playwright-core, with the flags this closed
 * network needs (reference/engineering.md §3.7 and §4), plus the checks every page must pass:
 * zero axe-core WCAG 2.2 A/AA violations and no request to any other origin.
 */
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page, type Request } from "playwright-core";

export const NEUTRAL_SITE_ORIGIN = "https://www.weather.gov";

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** Records every request the page makes that leaves our origin, and fulfils the quick exit's target locally. */
export async function watchForeignRequests(page: Page, baseUrl: string): Promise<Request[]> {
  const foreign: Request[] = [];
  const ours = new URL(baseUrl).origin;
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== ours) foreign.push(request);
  });
  await page.route(`${NEUTRAL_SITE_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><p>Weather</p>" }),
  );
  return foreign;
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}
