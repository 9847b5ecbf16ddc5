// Builds what `npm start` and the `stepwise` command need:
//   packages/web/dist      the browser app (Vite)
//   packages/cli/dist      the CLI with server and engine bundled in (esbuild), native packages left external
// Run by `npm ci` (root `prepare`), `npm start` and `npm test`.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants as zlibConstants } from "node:zlib";
import { build as esbuild } from "esbuild";
import { build as viteBuild } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const quiet = process.argv.includes("--quiet");

const started = performance.now();
await viteBuild({
  configFile: `${root}packages/web/vite.config.ts`,
  logLevel: quiet ? "warn" : "info",
});

// Brotli and gzip copies beside each text file, served by @fastify/static's `preCompressed`: a phone
// on a slow network downloads a fraction of the bytes with no compression work per request.
const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
function precompress(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      precompress(path);
    } else if (compressible.test(name)) {
      const content = readFileSync(path);
      if (content.length < 1024) continue;
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    }
  }
}
precompress(`${root}packages/web/dist`);

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
