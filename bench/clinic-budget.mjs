/**
 * The clinic's first-screen budget (bench/README.md, "Clinic first screen"): after sign-in, the caseload
 * must be usable with at most 80 KB of gzipped JavaScript. Measured from the production build
 * (packages/web/dist): the scripts /clinic/index.html loads and every script they import statically.
 * Screens loaded by dynamic import (client page, register, assessment, episode, consent, admin) are not
 * part of it and are listed apart. Also checks that the public page (/) loads none of the clinic's code.
 * Sizes are bytes, so no timing and no ratio is needed here.
 *
 *   npm run bench:clinic               build, then measure
 *   npm run bench:clinic -- --no-build measure the existing build
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { firstScreenFiles } from "./web-budget.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "packages/web/dist");
export const CLINIC_BUDGET = { javascriptGzip: 80 * 1024 };

function staticImports(source) {
  const found = [];
  const pattern = /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g;
  for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** The scripts of /clinic/ before anything is imported lazily, as paths relative to dist. */
export function clinicFirstScreenScripts(distDirectory) {
  const html = readFileSync(join(distDirectory, "clinic/index.html"), "utf8");
  const queue = [];
  for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) queue.push(match[1].replace(/^\//, ""));
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g))
    queue.push(match[1].replace(/^\//, ""));
  const visited = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (visited.has(file)) continue;
    visited.add(file);
    const source = readFileSync(join(distDirectory, file), "utf8");
    for (const specifier of staticImports(source)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
    }
  }
  return [...visited].sort();
}

const gzipSize = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes("--no-build")) {
    execFileSync(process.execPath, [join(root, "scripts/build.mjs"), "--quiet"], {
      cwd: root,
      stdio: "inherit",
    });
  }
  if (!existsSync(join(dist, "clinic/index.html"))) {
    console.error("No build found at packages/web/dist: run without --no-build.");
    process.exit(1);
  }
  const first = clinicFirstScreenScripts(dist);
  let total = 0;
  console.log("Clinic first screen after sign-in (scripts loaded before the caseload is usable):");
  for (const file of first) {
    const size = gzipSize(file);
    total += size;
    console.log(`  ${file.padEnd(48)} ${kilobytes(size).padStart(9)} gzip`);
  }
  // The clinic's own lazily loaded screens: the dynamic imports of its first-screen scripts.
  const lazy = [
    ...new Set(
      first.flatMap((file) =>
        [...readFileSync(join(dist, file), "utf8").matchAll(/import\(["'`]\.\/([^"'`]+\.js)["'`]\)/g)].map(
          (match) => match[1],
        ),
      ),
    ),
  ].filter((name) => existsSync(join(dist, "assets", name)));
  console.log("Loaded when first opened (not counted):");
  for (const name of lazy)
    console.log(`  assets/${name.padEnd(41)} ${kilobytes(gzipSize(`assets/${name}`)).padStart(9)} gzip`);
  const ok = total <= CLINIC_BUDGET.javascriptGzip;
  console.log(
    `${ok ? "ok  " : "OVER"} clinic JavaScript, gzipped: ${kilobytes(total)} of ${kilobytes(CLINIC_BUDGET.javascriptGzip)} (${((total / CLINIC_BUDGET.javascriptGzip) * 100).toFixed(0)}%)`,
  );
  const publicFiles = firstScreenFiles(dist);
  const clinicOnly = first.filter((file) => !publicFiles.includes(file));
  const leaked = publicFiles.filter((file) => clinicOnly.includes(file) || /clinic/i.test(file));
  console.log(
    leaked.length === 0
      ? "ok   the public page (/) loads none of the clinic's own scripts"
      : `OVER the public page loads clinic scripts: ${leaked.join(", ")}`,
  );
  process.exit(ok && leaked.length === 0 ? 0 : 1);
}
