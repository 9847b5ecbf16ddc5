// Builds what `npm start` and the `stepwise` command need:
//   packages/web/dist      the browser app (Vite)
//   packages/cli/dist      the CLI with server and engine bundled in (esbuild), native packages left external
// Run by `npm ci` (root `prepare`), `npm start` and `npm test`.
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { build as viteBuild } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const quiet = process.argv.includes("--quiet");

const started = performance.now();
await viteBuild({
  configFile: `${root}packages/web/vite.config.ts`,
  logLevel: quiet ? "warn" : "info",
});

await esbuild({
  entryPoints: [`${root}packages/cli/src/main.ts`],
  outfile: `${root}packages/cli/dist/stepwise.mjs`,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  packages: "external",
  tsconfig: `${root}tsconfig.json`,
  logLevel: "warning",
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
if (!quiet)
  console.log(
    `Built the web app and the stepwise command in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
