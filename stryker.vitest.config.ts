import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The tests Stryker runs against each mutant of the rule and placement files (stryker.config.mjs):
 * the engine's own unit tests, without the storage and browser suites' services.
 */
export default defineConfig({
  resolve: { alias: { "@stepwise/engine": here("packages/engine/src/index.ts") } },
  test: {
    include: [
      "packages/engine/src/placement/placement-cases.test.ts",
      "packages/engine/src/placement/source-derived-cases.test.ts",
      "packages/engine/src/placement/assess.test.ts",
      "packages/engine/src/placement/rule-contribution.test.ts",
      "packages/engine/src/placement/level-choice.test.ts",
      "packages/engine/src/placement/place.test.ts",
      "packages/engine/src/placement/measured-signal-cases.test.ts",
      "packages/engine/src/placement/review-list-cases.test.ts",
      "packages/engine/src/rules/evaluate-rules.test.ts",
      "packages/engine/src/rules/compiled-condition.test.ts",
      "packages/engine/src/rules/fact-table.test.ts",
      "packages/engine/src/rules/ruleset.test.ts",
      "packages/engine/src/explanation/*.test.ts",
      "packages/engine/src/transitions/*.test.ts",
    ],
    // Instrumented code on a shared machine runs the property tests several times slower than usual.
    testTimeout: 120_000,
    setupFiles: [here("stryker.vitest.setup.ts")],
    pool: "threads",
    isolate: false,
  },
});
