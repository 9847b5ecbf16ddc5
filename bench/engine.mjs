// `npm run bench:engine`: how fast the engine places an assessment, as a ratio to JSON.parse of the same
// inputs, measured side by side in one run (bench/README.md, "Engine"). Targets from issue 4:
//   assess on a validated input ≤ 1.0× JSON.parse; validation + assess ≤ 2.0×; assess with wouldChange ≤ 10×.
//
//   node bench/engine.mjs [--rounds 15] [--round-ms 300]
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
};
const rounds = Number(argument("rounds", "15"));
const roundMs = Number(argument("round-ms", "300"));

// Bundle the engine and its test cases once, in memory, exactly as the browser and CLI bundles see it.
const bundled = await build({
  stdin: {
    contents: `
      export { assess, validateAssessment } from "./packages/engine/src/index.ts";
      export { PLACEMENT_CASES } from "./packages/engine/src/placement/testing/placement-cases.ts";
    `,
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "neutral",
  write: false,
  tsconfig: `${root}tsconfig.json`,
  logLevel: "error",
});
const engine = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`
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
  "assess (validated input)": 1.0,
  "validate + assess": 2.0,
  "assess with wouldChange": 10.0,
};

/** Runs `work` over the whole input set repeatedly for about `roundMs`; returns nanoseconds per input. */
function timeRound(work) {
  let batches = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(roundMs) * 1_000_000n;
  let now = started;
  while (now < deadline) {
    work();
    batches += 1;
    now = process.hrtime.bigint();
  }
  return Number(now - started) / (batches * texts.length);
}

for (const work of Object.values(subjects)) timeRound(work); // warm-up: let the JIT settle
const samples = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
for (let round = 0; round < rounds; round++)
  for (const [name, work] of Object.entries(subjects)) samples[name].push(timeRound(work));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const baseline = median(samples["JSON.parse (baseline)"]);
console.log(
  `Engine benchmark: ${texts.length} assessments (${Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length)} bytes of JSON on average), ${rounds} alternating rounds of ${roundMs} ms, Node ${process.version}`,
);
let failed = false;
for (const [name, values] of Object.entries(samples)) {
  const ns = median(values);
  const ratio = ns / baseline;
  const target = TARGETS[name];
  const verdict =
    target === undefined
      ? ""
      : ratio <= target
        ? `  target ≤ ${target.toFixed(1)}×: met`
        : `  target ≤ ${target.toFixed(1)}×: NOT met`;
  if (target !== undefined && ratio > target) failed = true;
  console.log(
    `${name.padEnd(26)} ${(1e9 / ns).toFixed(0).padStart(9)} per second  ${(ns / 1000).toFixed(2).padStart(8)} µs each  ${ratio.toFixed(2).padStart(6)}× JSON.parse  (spread ${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)} µs)${verdict}`,
  );
}
if (sink === -1) console.log("");
process.exitCode = failed ? 1 : 0;
