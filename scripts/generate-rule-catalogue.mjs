// `npm run docs:rules`: writes docs/rules.md from the rule data (scripts/rule-catalogue.ts).
import { writeFileSync } from "node:fs";
import { formatMarkdown } from "./format-markdown.mjs";
import { importTypeScript, REPO_ROOT } from "./import-typescript.mjs";

const root = REPO_ROOT;
const { renderRuleCatalogue } = await importTypeScript(
  `export { renderRuleCatalogue } from "./scripts/rule-catalogue.ts";`,
);
writeFileSync(`${root}docs/rules.md`, formatMarkdown(renderRuleCatalogue(), "docs/rules.md"));
console.log("Wrote docs/rules.md");
