// `npm run docs:rules`: writes docs/rules.md from the rule data (scripts/rule-catalogue.ts).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { formatMarkdown } from "./format-markdown.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundled = await build({
  entryPoints: [`${root}scripts/rule-catalogue.ts`],
  bundle: true,
  format: "esm",
  platform: "neutral",
  write: false,
  tsconfig: `${root}tsconfig.json`,
  logLevel: "error",
});
const { renderRuleCatalogue } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`
);
writeFileSync(`${root}docs/rules.md`, formatMarkdown(renderRuleCatalogue(), "docs/rules.md"));
console.log("Wrote docs/rules.md");
