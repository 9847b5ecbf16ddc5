// Streaming scoring: `stepwise score-response` on an NDJSON file of --count responses (default 1,000,000),
// against the same per-response work on responses already in memory, in the same run (bench/README.md,
// "Streaming scoring"). Each side runs in its own Node process so each one's peak RSS is its own.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { importTypeScript, REPO_ROOT } from "../scripts/import-typescript.mjs";
import { option } from "./side-by-side.mjs";

const count = Number(option("count", "1000000"));
const inMemory = Math.min(count, Number(option("in-memory", "100000")));
const rounds = Number(option("rounds", "2"));
// V8 flags for both child processes, e.g. --node-flags "--max-semi-space-size=2" (bench/README.md).
const nodeFlags = option("node-flags", "").split(" ").filter(Boolean);
const folder = mkdtempSync(join(tmpdir(), "stepwise-stream-bench-"));

const engine = await importTypeScript(`export { INSTRUMENTS } from "./packages/engine/src/index.ts";`);

// A fixed pseudo-random sequence (mulberry32), so every run scores the same responses (as bench/scoring.mjs).
let seed = 20260115;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const definitions = Object.values(engine.INSTRUMENTS);
function responseFor(definition, index) {
  const item = definition.items.map((question) => {
    const choice = pick(question.options);
    const loincItem = question.loinc[0];
    const valueCoding =
      choice.loinc === undefined
        ? {
            system: `https://stepwise.invalid/fhir/CodeSystem/${definition.id}-answers`,
            code: choice.code,
            display: choice.label ?? String(choice.points),
          }
        : { system: "http://loinc.org", code: choice.loinc, display: choice.label };
    return { linkId: loincItem === undefined ? question.id : `/${loincItem}`, answer: [{ valueCoding }] };
  });
  return {
    resourceType: "QuestionnaireResponse",
    id: `r${index}`,
    status: "completed",
    subject: { reference: `Patient/p${Math.floor(random() * 1e6)}` },
    authored: "2026-01-15T10:00:00Z",
    item,
  };
}

const ndjson = join(folder, "responses.ndjson");
const out = createWriteStream(ndjson);
for (let index = 0; index < count; index++) {
  if (!out.write(`${JSON.stringify(responseFor(pick(definitions), index))}\n`)) await once(out, "drain");
}
out.end();
await once(out, "finish");

// The CLI command bundled as `stepwise` ships it, run by a small runner that reports time and peak RSS.
const runner = join(folder, "runner.mjs");
await build({
  stdin: {
    resolveDir: REPO_ROOT,
    loader: "ts",
    contents: `
      import { createReadStream } from "node:fs";
      import { createInterface } from "node:readline";
      import { scoreParsedResources, scoreResponse } from "./packages/cli/src/commands/score-response.ts";
      const [mode, file, limit] = process.argv.slice(2);
      let resources;
      if (mode === "memory") {
        // Only the first lines: a 1,000,000-line file (1.4 GB) is longer than a V8 string may be.
        resources = [];
        for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
          resources.push(JSON.parse(line));
          if (resources.length >= Number(limit)) break;
        }
      }
      const started = process.hrtime.bigint();
      const code = mode === "memory" ? await scoreParsedResources(resources, []) : await scoreResponse([file]);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stderr.write(JSON.stringify({ code, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\\n");
    `,
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: runner,
  tsconfig: join(REPO_ROOT, "tsconfig.json"),
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: "error",
});

async function run(mode, items) {
  const child = spawn(process.execPath, [...nodeFlags, runner, mode, ndjson, String(items)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  await once(child, "close");
  let report;
  try {
    report = JSON.parse(stderr.trim().split("\n").at(-1));
  } catch {
    throw new Error(`${mode} run failed: ${stderr.slice(-600)}`);
  }
  if (report.code !== 0) throw new Error(`${mode} run exited ${report.code}: ${stderr.slice(0, 300)}`);
  return { ...report, rate: items / report.seconds };
}

console.log(
  `Streaming scoring: ${count.toLocaleString("en-US")} responses streamed from NDJSON; ${inMemory.toLocaleString("en-US")} already in memory; ${rounds} alternating rounds; Node ${process.version} ${nodeFlags.join(" ")}`,
);
const ratios = [];
let peak = 0;
for (let round = 1; round <= rounds; round++) {
  const memory = await run("memory", inMemory);
  const streamed = await run("stream", count);
  const ratio = streamed.rate / memory.rate;
  ratios.push(ratio);
  peak = Math.max(peak, streamed.maxRssMb);
  console.log(
    `round ${round}: in memory ${memory.rate.toFixed(0).padStart(7)} per second | streamed ${streamed.rate.toFixed(0).padStart(7)} per second, peak RSS ${streamed.maxRssMb.toFixed(0)} MB | ratio ${ratio.toFixed(2)}×`,
  );
}
const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
const rateMet = median >= 0.6;
const memoryMet = peak <= 200;
console.log(
  `streamed/in-memory rate ${median.toFixed(2)}× (target ≥ 0.6×: ${rateMet ? "met" : "NOT met"}); streamed peak RSS ${peak.toFixed(0)} MB (target ≤ 200 MB: ${memoryMet ? "met" : "NOT met"})`,
);
rmSync(folder, { recursive: true, force: true });
process.exitCode = rateMet && memoryMet ? 0 : 1;
