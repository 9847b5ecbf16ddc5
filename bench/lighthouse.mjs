/**
 * Lighthouse 12 on the first screen (bench/README.md): the median of three mobile runs must score performance
 * ≥ 95 and accessibility 100. Runs offline against the production build served by our own server on
 * localhost, in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), headless. Lighthouse's
 * default mobile emulation and simulated throttling (slow 4G, 4× CPU slowdown) are used, so the score
 * is computed from the trace rather than from this noisy machine's wall clock.
 *
 *   npm run bench:lighthouse              build, serve, run three times
 *   npm run bench:lighthouse -- --no-build
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 3;
const TARGET = { performance: 95, accessibility: 100 };

function startServer(dataDirectory) {
  const child = spawn(process.execPath, [join(root, "packages/cli/bin/stepwise.mjs"), "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", STEPWISE_DATA_DIR: dataDirectory },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 30_000);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`The server exited with code ${code}:\n${output}`)));
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

if (!process.argv.includes("--no-build")) {
  execFileSync(process.execPath, [join(root, "scripts/build.mjs"), "--quiet"], {
    cwd: root,
    stdio: "inherit",
  });
}
const dataDirectory = mkdtempSync(join(tmpdir(), "stepwise-lighthouse-"));
const server = await startServer(dataDirectory);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const scores = { performance: [], accessibility: [] };
try {
  for (let run = 1; run <= RUNS; run += 1) {
    const result = await lighthouse(`${server.url}/`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      // Each run starts cold: no cache, no service worker from the run before.
      disableStorageReset: false,
    });
    const categories = result?.lhr.categories ?? {};
    const performance = Math.round((categories.performance?.score ?? 0) * 100);
    const accessibility = Math.round((categories.accessibility?.score ?? 0) * 100);
    scores.performance.push(performance);
    scores.accessibility.push(accessibility);
    const audits = result?.lhr.audits ?? {};
    const metric = (id) => audits[id]?.displayValue ?? "n/a";
    console.log(
      `run ${run}: performance ${performance}, accessibility ${accessibility}` +
        ` (FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")},` +
        ` TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")})`,
    );
    for (const [id, audit] of Object.entries(audits)) {
      if (
        audit.score !== null &&
        audit.score < 1 &&
        result?.lhr.categories.accessibility.auditRefs.some((ref) => ref.id === id)
      )
        console.log(`  accessibility audit not passed: ${id} — ${audit.title}`);
    }
  }
} finally {
  await chrome.kill();
  server.child.kill("SIGTERM");
  rmSync(dataDirectory, { recursive: true, force: true });
}
const performance = median(scores.performance);
const accessibility = median(scores.accessibility);
const ok = performance >= TARGET.performance && accessibility >= TARGET.accessibility;
console.log(
  `${ok ? "ok  " : "MISS"} median of ${RUNS}: performance ${performance} (target ≥ ${TARGET.performance}), accessibility ${accessibility} (target ${TARGET.accessibility})`,
);
process.exit(ok ? 0 : 1);
