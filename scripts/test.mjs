// `npm test`: lint and format check (Biome), type-check (tsc), then every Vitest suite — unit,
// storage (SQLite and PostgreSQL) and browser (real Chromium). Ends with one summary line:
//   N passed, N failed, N skipped
// Lint and type-check count as one check each. With CI=true a missing PostgreSQL or Chromium fails
// the run (see scripts/test-services.ts); elsewhere those suites are skipped with a loud line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
const extraVitestArgs = process.argv.slice(2);

const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function check(label, command, args) {
  process.stdout.write(`\n── ${label} ──\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status === 0) {
    tally.passed += 1;
  } else {
    tally.failed += 1;
    failures.push(label);
  }
}

check("lint and format (biome check)", bin("biome"), ["check", "."]);
check("type-check (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);

process.stdout.write("\n── unit, storage and browser suites (vitest) ──\n");
mkdirSync(`${root}.tmp`, { recursive: true });
const reportFile = `${root}.tmp/vitest-report.json`;
rmSync(reportFile, { force: true });
const vitest = spawnSync(
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`, ...extraVitestArgs],
  { cwd: root, stdio: "inherit" },
);
let report;
try {
  report = JSON.parse(readFileSync(reportFile, "utf8"));
} catch {
  report = undefined;
}
if (report === undefined) {
  tally.failed += 1;
  failures.push("vitest did not produce a report (it failed to start or a global setup failed)");
} else {
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  const failedSuites = report.testResults.filter(
    (file) => file.status === "failed" && file.assertionResults.length === 0,
  );
  for (const file of failedSuites) {
    tally.failed += 1;
    failures.push(`${file.name.replace(root, "")} could not run: ${String(file.message).split("\n")[0]}`);
  }
  if (vitest.status !== 0 && report.numFailedTests === 0 && failedSuites.length === 0) {
    tally.failed += 1;
    failures.push(`vitest exited with code ${vitest.status}`);
  }
}

if (failures.length > 0)
  process.stdout.write(`\nFailed:\n${failures.map((line) => `  - ${line}`).join("\n")}\n`);
process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped\n`);
process.exitCode = tally.failed === 0 ? 0 : 1;
