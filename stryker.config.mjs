// Mutation testing of the rule and placement files. Not part of `npm test` or `.ci/run`: run it with
// `npm run mutation:engine`; what is mutated and why, and the current figures with their commit, are in
// docs/mutation-testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "stryker.vitest.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  // A fixed list that only grows: the rule evaluator, its compiled conditions and the fact table that runs
  // each fact's one definition in facts.ts (no generated code), placement (place.ts is the one placement function that
  // assess.ts and wouldChange share; assess.ts builds the result from each fired rule's contribution), level
  // choice, and the explanation's reasons and wouldChange.
  // The rule data are module constants ("static" mutants, each needing the whole suite); each rule's part is
  // checked instead by packages/engine/src/rules/rule-removal.test.ts, which removes every rule in turn.
  mutate: [
    "packages/engine/src/rules/evaluate-rules.ts",
    "packages/engine/src/rules/compiled-condition.ts",
    "packages/engine/src/rules/fact-table.ts",
    "packages/engine/src/placement/assess.ts",
    "packages/engine/src/placement/rule-contribution.ts",
    "packages/engine/src/placement/place.ts",
    "packages/engine/src/placement/level-choice.ts",
    "packages/engine/src/placement/stable-sort.ts",
    "packages/engine/src/explanation/would-change.ts",
    "packages/engine/src/explanation/reasons.ts",
  ],
  ignoreStatic: true,
  // Rule statements are words for people; their wording is checked by the message tests, not by mutants.
  mutator: { excludedMutations: ["StringLiteral"] },
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ["clear-text", "progress-append-only", "json"],
  jsonReporter: { fileName: ".tmp/stryker/mutation-report.json" },
  tempDirName: ".tmp/stryker/sandbox",
  incremental: false,
  // The sandbox needs only the engine, the configs and the worked examples the rule-removal test reads.
  ignorePatterns: [
    "packages/web",
    "packages/server",
    "packages/cli",
    "e2e",
    "data",
    "bench",
    ".ci",
    "scripts",
  ],
  thresholds: { high: 90, low: 80, break: null },
};
