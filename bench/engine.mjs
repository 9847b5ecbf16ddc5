// `npm run bench:engine`: how fast the engine places an assessment, as a ratio to JSON.parse of the same
// inputs, measured side by side in one run (bench/README.md, "Engine placement"). Targets, for an engine
// whose rules run as closures compiled when the rule set loads (no generated code): assess on a validated
// input ≤ 1.25× JSON.parse; validation + assess ≤ 2.0×; assess with wouldChange ≤ 10×.
//
//   node bench/engine.mjs [--rounds 31] [--round-ms 100] [--clock wall|cpu]
//
// `--clock cpu` times each round by the process's CPU time instead of the wall clock, so time the process
// spends waiting for a core while other jobs run is not counted (bench/README.md says when to use it).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importTypeScript } from "../scripts/import-typescript.mjs";
import { compareSideBySide, option } from "./side-by-side.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const rounds = Number(option("rounds", "31"));
const roundMs = Number(option("round-ms", "100"));
const clock = option("clock", "wall");
if (clock !== "wall" && clock !== "cpu") throw new Error(`--clock is wall or cpu, not ${clock}`);
/** Nanoseconds: wall-clock time, or the CPU time this process has used. */
const now =
  clock === "wall"
    ? () => Number(process.hrtime.bigint())
    : () => {
        const used = process.cpuUsage();
        return (used.user + used.system) * 1000;
      };

// Bundle the engine and its test cases once, in memory, exactly as the browser and CLI bundles see it.
const engine = await importTypeScript(
  `
      export { assess, validateAssessment } from "./packages/engine/src/index.ts";
      export { PLACEMENT_CASES } from "./packages/engine/src/placement/testing/placement-cases.ts";
    `,
);

// The inputs: every hand-written case and every worked example that is valid, as JSON text.
const examples = readdirSync(`${root}docs/examples`)
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(`${root}docs/examples/${name}`, "utf8")))
  .filter((value) => engine.validateAssessment(value).ok);
const texts = [...engine.PLACEMENT_CASES.map((testCase) => testCase.assessment), ...examples].map((value) =>
  JSON.stringify(value),
);
const parsed = texts.map((text) => JSON.parse(text));
const validated = parsed.map((value) => engine.validateAssessment(value).assessment);

let sink = 0;
const subjects = {
  "JSON.parse (baseline)": () => {
    for (const text of texts) sink += JSON.parse(text) === null ? 0 : 1;
  },
  "assess (validated input)": () => {
    for (const assessment of validated)
      sink += engine.assess(assessment, { wouldChange: false }).reasons.length;
  },
  "validate + assess": () => {
    for (const value of parsed) {
      const validation = engine.validateAssessment(value);
      if (validation.ok) sink += engine.assess(validation.assessment, { wouldChange: false }).reasons.length;
    }
  },
  "assess with wouldChange": () => {
    for (const assessment of validated) sink += engine.assess(assessment).wouldChange.length;
  },
};
const TARGETS = {
  "assess (validated input)": 1.25,
  "validate + assess": 2.0,
  "assess with wouldChange": 10.0,
};

/** Runs `work` over the whole input set repeatedly for about `roundMs`; returns nanoseconds per input. */
function timeRound(work) {
  let batches = 0;
  const started = now();
  const deadline = started + roundMs * 1_000_000;
  let ended = started;
  while (ended < deadline) {
    work();
    batches += 1;
    ended = now();
  }
  return (ended - started) / (batches * texts.length);
}

console.log(
  `Engine benchmark: ${texts.length} assessments (${Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length)} bytes of JSON on average), ${rounds} alternating rounds of ${roundMs} ms (${clock === "wall" ? "wall clock" : "CPU time"}), Node ${process.version}`,
);
const allMet = compareSideBySide({
  subjects,
  baseline: "JSON.parse (baseline)",
  rounds,
  timeRound,
  targets: TARGETS,
});
if (sink === -1) console.log("");
process.exitCode = allMet ? 0 : 1;
