#!/usr/bin/env node
// The `stepwise` command. The TypeScript sources are bundled to dist/ by `npm run build`
// (which `npm ci` runs through the root `prepare` script).
import { existsSync } from "node:fs";

const bundle = new URL("../dist/stepwise.mjs", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    "stepwise: the command is not built yet. Run `npm run build` in the Stepwise folder first.\n",
  );
  process.exit(1);
}
const { runCli } = await import(bundle.href);
process.exitCode = await runCli(process.argv.slice(2));
