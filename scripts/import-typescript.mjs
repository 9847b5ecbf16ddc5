// Runs TypeScript sources from a plain Node script: bundles `contents` (TypeScript that imports from the
// repo, paths relative to `sourceRoot`) with esbuild in memory, as the browser and CLI bundles see the code,
// and imports the result. Used by the benchmarks and the generator of docs/rules.md.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * @param {string} contents  TypeScript module text, e.g. `export { assess } from "./packages/engine/src/index.ts";`
 * @param {string} [sourceRoot]  the folder its relative imports start from (default: this repo)
 */
export async function importTypeScript(contents, sourceRoot = REPO_ROOT) {
  const bundled = await build({
    stdin: { contents, resolveDir: sourceRoot, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    tsconfig: `${REPO_ROOT}tsconfig.json`,
    logLevel: "error",
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);
}
