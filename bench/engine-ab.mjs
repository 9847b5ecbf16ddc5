// `node bench/engine-ab.mjs [git-ref] [validate|assess|would-change ...]`: is a change to the engine faster?
// Measures the engine at a git ref (default HEAD) — A — against the working tree — B — in one process,
// in alternating 50 ms rounds on the same inputs as bench/engine.mjs, and prints the median of the
// paired ratios B/A with its quartiles (bench/README.md, "Engine"). Unchanged code reads about 1.00 ± 0.05.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importTypeScript } from "../scripts/import-typescript.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const ref =
  args[0] !== undefined && !["validate", "assess", "would-change"].includes(args[0]) ? args.shift() : "HEAD";
const modes = args.length > 0 ? args : ["validate", "assess"];

// The ref's sources, checked out beside the working tree (in .tmp, which git ignores).
const checkout = `${root}.tmp/engine-ab-${process.pid}`;
mkdirSync(`${root}.tmp`, { recursive: true });
execFileSync("git", ["worktree", "add", "--detach", "--force", checkout, ref], {
  cwd: root,
  stdio: "ignore",
});
symlinkSync(`${root}node_modules`, `${checkout}/node_modules`);

function engineAt(sourceRoot) {
  return importTypeScript(
    `export { assess, validateAssessment } from "./packages/engine/src/index.ts";
     export { PLACEMENT_CASES } from "./packages/engine/src/placement/testing/placement-cases.ts";`,
    sourceRoot,
  );
}

let before;
let after;
try {
  before = await engineAt(checkout);
  after = await engineAt(root);
} finally {
  execFileSync("git", ["worktree", "remove", "--force", checkout], { cwd: root, stdio: "ignore" });
  rmSync(checkout, { recursive: true, force: true });
}

const examples = readdirSync(`${root}docs/examples`)
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(`${root}docs/examples/${name}`, "utf8")))
  .filter((value) => after.validateAssessment(value).ok && before.validateAssessment(value).ok);
const inputs = [...after.PLACEMENT_CASES.map((testCase) => testCase.assessment), ...examples].map((value) =>
  JSON.parse(JSON.stringify(value)),
);

let sink = 0;
const workFor = (engine, mode) => () => {
  for (const value of inputs) {
    if (mode === "validate") sink += engine.validateAssessment(value).ok ? 1 : 0;
    else if (mode === "assess") sink += engine.assess(value, { wouldChange: false }).reasons.length;
    else sink += engine.assess(value).wouldChange.length;
  }
};
const nanosecondsPerRound = (work) => {
  let runs = 0;
  const started = process.hrtime.bigint();
  const deadline = started + 50_000_000n;
  let now = started;
  while (now < deadline) {
    work();
    runs += 1;
    now = process.hrtime.bigint();
  }
  return Number(now - started) / runs;
};

console.log(
  `Engine A/B: A = ${ref}, B = working tree; ${inputs.length} assessments, 60 paired rounds of 50 ms`,
);
for (const mode of modes) {
  const a = workFor(before, mode);
  const b = workFor(after, mode);
  nanosecondsPerRound(a);
  nanosecondsPerRound(b);
  const ratios = [];
  for (let round = 0; round < 60; round++) {
    // Alternate which goes first, so neither always runs on a just-warmed cache.
    const [first, second] = round % 2 === 0 ? [a, b] : [b, a];
    const t1 = nanosecondsPerRound(first);
    const t2 = nanosecondsPerRound(second);
    ratios.push(round % 2 === 0 ? t2 / t1 : t1 / t2);
  }
  ratios.sort((x, y) => x - y);
  console.log(
    `${mode.padEnd(13)} B/A ${ratios[30].toFixed(3)}  (quartiles ${ratios[15].toFixed(3)}–${ratios[45].toFixed(3)})`,
  );
}
if (sink === -1) console.log("");
