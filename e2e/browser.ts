/**
 * Real Chromium (Debian's /usr/bin/chromium) through playwright-core, with the flags this closed
 * network needs (docs/design/engineering.md §3.7 and §4), plus the checks every page must pass:
 * zero axe-core WCAG 2.2 A/AA violations and no request to any other origin.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/**
 * The text of a PDF as a reader would copy it (poppler's `pdftotext`, installed by .ci/run), with runs of
 * white space made single so a wrapped line still matches. Outside CI, without poppler, `null` (and a loud
 * line); with CI=true its absence fails the test.
 */
export function pdfText(pdf: Buffer): string | null {
  const tool = "/usr/bin/pdftotext";
  if (!existsSync(tool)) {
    const message =
      "pdftotext is missing (apt-get install poppler-utils): PDF text is checked through the print DOM only.";
    if (process.env.CI === "true") throw new Error(message);
    process.stderr.write(`\n!! ${message}\n`);
    return null;
  }
  const folder = mkdtempSync(join(tmpdir(), "stepwise-pdf-"));
  const file = join(folder, "page.pdf");
  writeFileSync(file, pdf);
  try {
    return execFileSync(tool, ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The text of each page of a PDF (poppler's `pdftotext` one page at a time, white space made single),
 * so a test can check that no page is blank. `null` without poppler, as `pdfText`.
 */
export function pdfPageTexts(pdf: Buffer): string[] | null {
  const tool = "/usr/bin/pdftotext";
  if (!existsSync(tool)) return pdfText(pdf) === null ? null : [];
  const folder = mkdtempSync(join(tmpdir(), "stepwise-pdf-"));
  const file = join(folder, "page.pdf");
  writeFileSync(file, pdf);
  try {
    const info = execFileSync("/usr/bin/pdfinfo", [file], { encoding: "utf8" });
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? "0");
    const pages: string[] = [];
    for (let page = 1; page <= count; page += 1) {
      const text = execFileSync(tool, ["-enc", "UTF-8", "-f", String(page), "-l", String(page), file, "-"], {
        encoding: "utf8",
      });
      pages.push(text.replace(/\s+/g, " ").trim());
    }
    return pages;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Words broken mid-word across two lines inside the matched elements ("Intensi / ve"), found by the
 * line boxes of each word's text range. Words with a hyphen, dash or slash may wrap there and are
 * skipped. Also reports when the page scrolls sideways.
 */
export async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const broken: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      broken.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>(wanted)) {
      if (element.offsetParent === null) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/\S+/g)) {
          const word = match[0];
          if (/[-–—/]/.test(word) || match.index === undefined) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + word.length);
          const lines = new Set(
            [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
          );
          if (lines.size > 1) broken.push(word);
        }
      }
    }
    return broken;
  }, selector);
}

/** The page fits its width: nothing makes it scroll sideways (WCAG 2.2 reflow, 1.4.10). */
export async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
