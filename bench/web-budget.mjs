/**
 * The self-check's first-screen budget (bench/README.md): before the first screen is interactive the browser
 * may load at most 80 KB of gzipped JavaScript and 150 KB in all. Measured from the production build
 * (packages/web/dist): the HTML, its stylesheet(s), the entry script and every script it imports
 * statically. Lazily loaded chunks (self-check, engine, decision aid) are not part of the first screen;
 * the service worker caches them afterwards. Sizes are bytes, so no timing and no ratio is needed here.
 *
 *   npm run bench:web            build, then measure
 *   npm run bench:web -- --no-build   measure the existing build
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "packages/web/dist");
export const BUDGET = { javascriptGzip: 80 * 1024, totalGzip: 150 * 1024, totalRaw: 150 * 1024 };

/** Static `import … from "./x.js"` and bare `import "./x.js"` in a built chunk; dynamic import() is lazy. */
function staticImports(source) {
  const found = [];
  const pattern = /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g;
  for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

export function firstScreenFiles(distDirectory) {
  const html = readFileSync(join(distDirectory, "index.html"), "utf8");
  const files = new Set(["index.html"]);
  const scripts = [];
  for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) scripts.push(match[1]);
  for (const match of html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g))
    files.add(match[1].replace(/^\//, ""));
  for (const match of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet)"/g))
    files.add(match[1].replace(/^\//, ""));
  const queue = scripts.map((src) => src.replace(/^\//, ""));
  const visited = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (visited.has(file)) continue;
    visited.add(file);
    files.add(file);
    const source = readFileSync(join(distDirectory, file), "utf8");
    for (const specifier of staticImports(source)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
    }
  }
  return [...files].sort();
}

export function measure(distDirectory) {
  const rows = firstScreenFiles(distDirectory).map((file) => {
    const bytes = readFileSync(join(distDirectory, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
  const scripts = rows.filter((row) => row.file.endsWith(".js"));
  return {
    rows,
    javascriptGzip: sum(scripts, "gzip"),
    javascriptRaw: sum(scripts, "raw"),
    totalGzip: sum(rows, "gzip"),
    totalRaw: sum(rows, "raw"),
  };
}

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes("--no-build")) {
    execFileSync(process.execPath, [join(root, "scripts/build.mjs"), "--quiet"], {
      cwd: root,
      stdio: "inherit",
    });
  }
  if (!existsSync(join(dist, "index.html"))) {
    console.error("No build found at packages/web/dist: run without --no-build.");
    process.exit(1);
  }
  const result = measure(dist);
  console.log("First screen (files loaded before it is interactive):");
  for (const row of result.rows)
    console.log(
      `  ${row.file.padEnd(40)} ${kilobytes(row.raw).padStart(10)} raw ${kilobytes(row.gzip).padStart(10)} gzip`,
    );
  const checks = [
    ["JavaScript, gzipped", result.javascriptGzip, BUDGET.javascriptGzip],
    ["everything, gzipped", result.totalGzip, BUDGET.totalGzip],
    ["everything, as sent uncompressed", result.totalRaw, BUDGET.totalRaw],
  ];
  let failed = false;
  for (const [label, bytes, budget] of checks) {
    const ok = bytes <= budget;
    failed ||= !ok;
    console.log(
      `${ok ? "ok  " : "OVER"} ${label}: ${kilobytes(bytes)} of ${kilobytes(budget)} (${((bytes / budget) * 100).toFixed(0)}%)`,
    );
  }
  const lazy = readFileSync(join(dist, "sw.js"), "utf8").match(/"\/assets\/[^"]+"/g)?.length ?? 0;
  console.log(`Service worker precaches ${lazy} asset files for offline use after the first visit.`);
  process.exit(failed ? 1 : 0);
}
