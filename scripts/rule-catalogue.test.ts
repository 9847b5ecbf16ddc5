import { readFileSync } from "node:fs";
import { RULES } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { formatMarkdown } from "./format-markdown.mjs";
import { renderRuleCatalogue } from "./rule-catalogue.js";

describe("docs/rules.md", () => {
  // Formatting runs Biome in a child process, which can be slow on a busy machine.
  it("matches the rule data (run `npm run docs:rules` after changing a rule)", { timeout: 60_000 }, () => {
    const onDisk = readFileSync(new URL("../docs/rules.md", import.meta.url), "utf8");
    expect(onDisk).toBe(formatMarkdown(renderRuleCatalogue(), "docs/rules.md"));
  });

  it("lists every rule with its sources", () => {
    const catalogue = renderRuleCatalogue();
    for (const rule of RULES) expect(catalogue).toContain(`\`${rule.id}\``);
    expect(catalogue).toContain('<a id="source-seed"></a>');
  });
});
