import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * One Vitest run, three suites: `unit` (pure code and in-process server tests), `storage` (every
 * `*.storage.test.ts`, each against SQLite and PostgreSQL) and `browser` (real Chromium against the
 * built app). `npm test` (scripts/test.mjs) adds lint and type-check and prints the summary line.
 */
export default defineConfig({
  resolve: {
    // The engine's files of plain lists first: "@stepwise/engine" would also match them as a prefix.
    alias: {
      "@stepwise/engine/levels": here("packages/engine/src/levels/level-of-care.ts"),
      "@stepwise/engine/assessment-model": here("packages/engine/src/assessment/assessment.ts"),
      "@stepwise/engine": here("packages/engine/src/index.ts"),
      "@stepwise/server": here("packages/server/src/index.ts"),
    },
  },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    globalSetup: [here("scripts/test-services.ts")],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["**/*.storage.test.ts", "**/node_modules/**", "**/dist/**"],
          // Property tests run hundreds of generated cases; on a loaded shared machine the 5 s default
          // measured the load, not the code.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "storage",
          include: ["packages/*/src/**/*.storage.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["e2e/**/*.e2e.ts"],
          globalSetup: [here("scripts/test-services.ts"), here("e2e/global-setup.ts")],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
