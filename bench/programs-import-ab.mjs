// `node bench/programs-import-ab.mjs --before <git ref>`: `stepwise programs import` of the same NDJSON file
// of locator rows, the code at <ref> against the working tree, side by side in alternating rounds
// (bench/README.md, "Import speed-up"). Each import runs in its own Node process into a fresh SQLite folder
// or a fresh PostgreSQL schema; wall time and the process's own CPU time are printed per round, then the
// medians and the median of the paired after ÷ before ratios.
//
//   node bench/programs-import-ab.mjs --before <ref> [--rounds 3] [--rows 25000] [--only sqlite|postgres]
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import pg from "pg";
import { bundleForNode } from "./bench-server.mjs";
import { option } from "./side-by-side.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const before = option("before", undefined);
const rounds = Number(option("rounds", "3"));
const rows = Number(option("rows", "25000"));
const only = option("only", undefined);
if (before === undefined) throw new Error("name the code to compare with: --before <git ref>");

mkdirSync(join(root, ".tmp"), { recursive: true });
const beforeTree = join(root, ".tmp/import-ab-before");
rmSync(beforeTree, { recursive: true, force: true });
mkdirSync(beforeTree, { recursive: true });
execFileSync("sh", ["-c", `git archive ${before} package.json packages fixtures | tar -x -C ${beforeTree}`], {
  cwd: root,
});

// The runner: the CLI command of one tree, timed in its own process; one JSON line on stdout.
const RUNNER = `
import { programs } from "./packages/cli/src/commands/programs.ts";
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = () => true;
const started = process.hrtime.bigint();
const code = await programs(["import", process.env.AB_FILE], process.env, process.cwd());
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const usage = process.resourceUsage();
write(JSON.stringify({ code, seconds, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssMb: usage.maxRSS / 1024 }) + "\\n");
`;
async function bundle(tree, name) {
  return bundleForNode(undefined, `import-ab-${name}`, {
    stdin: { contents: RUNNER, resolveDir: tree, loader: "ts" },
    alias: {
      "@stepwise/server": join(tree, "packages/server/src/index.ts"),
      "@stepwise/engine": join(tree, "packages/engine/src/index.ts"),
    },
    logLevel: "error",
  });
}
const runners = { before: await bundle(beforeTree, "before"), after: await bundle(root, "after") };

// The listing: the fixture's rows and synthesised ones, one per line (as bench/programs-server.ts writes it).
const listingModule = join(root, ".tmp/import-ab-listing.mjs");
await build({
  entryPoints: [join(root, "packages/server/src/programs/testing/synthetic-listing.ts")],
  outfile: listingModule,
  bundle: true,
  platform: "node",
  format: "esm",
  logLevel: "error",
});
const { fixtureListing, synthesisedRows } = await import(listingModule);
const fixture = fixtureListing(join(root, "fixtures/findtreatment/locator-listing-charlottesville-va.json"));
const folder = mkdtempSync(join(tmpdir(), "stepwise-import-ab-"));
const file = join(folder, "listing.ndjson");
writeFileSync(
  file,
  `${[...fixture.rows, ...synthesisedRows(rows - fixture.rows.length, fixture)].map((row) => JSON.stringify(row)).join("\n")}\n`,
);

function run(runner, environment) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner], {
      cwd: root,
      env: { ...process.env, ...environment, AB_FILE: file },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk.toString();
    });
    child.on("exit", (code) => {
      const line = output.split("\n").find((text) => text.startsWith("{"));
      if (code !== 0 || line === undefined) reject(new Error(`the import exited with code ${code}`));
      else resolve(JSON.parse(line));
    });
  });
}

const postgresUrl =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const databases = {
  async sqlite() {
    const directory = mkdtempSync(join(tmpdir(), "stepwise-import-ab-db-"));
    return {
      environment: { STEPWISE_DATA_DIR: directory },
      drop: async () => rmSync(directory, { recursive: true, force: true }),
    };
  },
  async postgres() {
    const schema = `import_ab_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const url = new URL(postgresUrl);
    url.searchParams.set("options", `-c search_path=${schema}`);
    return {
      environment: { DATABASE_URL: url.toString() },
      drop: async () => {
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      },
    };
  },
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const loadAverage = () => execFileSync("cat", ["/proc/loadavg"]).toString().split(" ")[0] ?? "?";
try {
  for (const dialect of ["sqlite", "postgres"]) {
    if (only !== undefined && only !== dialect) continue;
    const samples = { before: [], after: [] };
    for (let round = 0; round < rounds; round += 1) {
      // Alternate which side goes first, so neither always meets the same spell of the machine.
      const order = round % 2 === 0 ? ["before", "after"] : ["after", "before"];
      for (const side of order) {
        const target = await databases[dialect]();
        try {
          const first = await run(runners[side], target.environment);
          const again = await run(runners[side], target.environment);
          samples[side].push({ ...first, again: again.seconds });
          console.log(
            `${dialect} round ${round + 1} ${side.padEnd(6)} import ${first.seconds.toFixed(1)} s (CPU ${first.cpu.toFixed(1)} s, peak RSS ${first.rssMb.toFixed(0)} MB); again, unchanged: ${again.seconds.toFixed(1)} s (CPU ${again.cpu.toFixed(1)} s); load ${loadAverage()}`,
          );
        } finally {
          await target.drop();
        }
      }
    }
    const ratio = median(
      samples.after.map((sample, index) => sample.seconds / samples.before[index].seconds),
    );
    const summary = (side) =>
      `${median(samples[side].map((s) => s.seconds)).toFixed(1)} s (${samples[side].map((s) => s.seconds.toFixed(1)).join(", ")}), CPU ${median(samples[side].map((s) => s.cpu)).toFixed(1)} s, again ${median(samples[side].map((s) => s.again)).toFixed(1)} s, peak RSS ${median(samples[side].map((s) => s.rssMb)).toFixed(0)} MB`;
    console.log(`\n${dialect}: before ${summary("before")}`);
    console.log(`${dialect}: after  ${summary("after")}`);
    console.log(`${dialect}: after ÷ before ${ratio.toFixed(2)} (median of ${rounds} paired rounds)\n`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
