/**
 * Renders docs/rules.md from the rule data, so the catalogue cannot drift from the rules
 * (`npm run docs:rules` writes it; scripts/rule-catalogue.test.ts fails when it is stale).
 */
import {
  type Condition,
  DIMENSION_CROSSWALK,
  DIMENSION_NAMES,
  LEVEL_CROSSWALK,
  LEVEL_NAMES,
  RULES,
  RULESET_VERSION,
  type Rule,
  SOURCES,
  TRANSITION_RULES,
  WITHDRAWAL_MANAGEMENT_CROSSWALK,
} from "@stepwise/engine";

function describeCondition(condition: Condition): string {
  if ("fact" in condition) return `\`${condition.fact}\``;
  if ("rating" in condition) return `${condition.rating} rating ≥ ${condition.atLeast}`;
  if ("always" in condition) return "always";
  const parts = ("all" in condition ? condition.all : condition.any).map(describeCondition);
  return `(${parts.join("all" in condition ? " and " : " or ")})`;
}

function effect(rule: Rule): string {
  const parts: string[] = [];
  if (rule.rating !== undefined && rule.dimension !== undefined)
    parts.push(`${rule.dimension} rating ${rule.rating}`);
  if (rule.minimumLevel !== undefined) parts.push(`at least \`${rule.minimumLevel}\``);
  if (rule.withdrawalManagement !== undefined)
    parts.push(`withdrawal management \`${rule.withdrawalManagement}\``);
  if (rule.urgent !== undefined)
    parts.push(`urgent: **${rule.urgent.tier}** (${rule.urgent.actions.join(", ")})`);
  if (rule.medication !== undefined) parts.push(`note: ${rule.medication.medications.join(", ")}`);
  if (rule.kind === "co-occurring") parts.push("co-occurring-enhanced marker");
  if (rule.kind === "consideration") parts.push("consideration for choosing a program");
  if (rule.kind === "adolescent") parts.push("no placement; adolescent services");
  return parts.join("; ");
}

const cell = (text: string) => text.replaceAll("|", "\\|");

function table(rules: readonly Rule[]): string[] {
  const lines = ["| id | rule (our words) | when | result | sources |", "|---|---|---|---|---|"];
  for (const rule of rules)
    lines.push(
      `| \`${rule.id}\` | ${cell(rule.statement.en)} | ${cell(describeCondition(rule.when))} | ${cell(effect(rule))} | ${rule.sources.map((source) => `[${source}](#source-${source})`).join(", ")} |`,
    );
  return lines;
}

export function renderRuleCatalogue(): string {
  const lines: string[] = [
    "# Rule catalogue",
    "",
    "<!-- Generated from packages/engine/src/rules by `npm run docs:rules`. Do not edit by hand. -->",
    "",
    `Rule set version: **${RULESET_VERSION}**. Every result records the version that produced it.`,
    "",
    "Each rule is written in our own words from public sources (no ASAM Criteria text). A placement rule gives a",
    "dimension rating (0–4), the least intensive level at which its need can be met, and sometimes a",
    "withdrawal-management setting; the level is the most intensive of those the fired rules call for (never an",
    "average). Safety rules run first and raise urgent items no other answer can remove. Conditions are written with",
    "fact names (packages/engine/src/rules/facts.ts); an unknown fact never fires a rule but is listed as an unknown.",
    "Spanish statements are in the rule data.",
    "",
  ];
  const groups: [string, (rule: Rule) => boolean][] = [
    ["Safety gate", (rule) => rule.kind === "safety"],
    ...Object.keys(DIMENSION_CROSSWALK).map((dimension): [string, (rule: Rule) => boolean] => [
      `${DIMENSION_NAMES[dimension as keyof typeof DIMENSION_NAMES].en} (\`${dimension}\`, crosswalk ${DIMENSION_CROSSWALK[dimension as keyof typeof DIMENSION_CROSSWALK].asamThirdEdition})`,
      (rule) => rule.kind === "placement" && rule.dimension === dimension,
    ]),
    ["Medication notes", (rule) => rule.kind === "medication"],
    [
      "Co-occurring marker, considerations, scope and starting point",
      (rule) =>
        ["co-occurring", "consideration", "adolescent"].includes(rule.kind) ||
        (rule.kind === "placement" && rule.dimension === undefined),
    ],
  ];
  for (const [title, belongs] of groups) {
    lines.push(`## ${title}`, "", ...table(RULES.filter(belongs)), "");
  }
  lines.push("## Transitions", "", "| id | rule (our words) | sources |", "|---|---|---|");
  for (const rule of TRANSITION_RULES)
    lines.push(
      `| \`${rule.id}\` | ${cell(rule.statement.en)} | ${rule.sources.map((source) => `[${source}](#source-${source})`).join(", ")} |`,
    );
  lines.push(
    "",
    "## Levels and crosswalk",
    "",
    "| id | name | ASAM 3rd ed. | ASAM 4th ed. |",
    "|---|---|---|---|",
  );
  for (const crosswalk of Object.values(LEVEL_CROSSWALK))
    lines.push(
      `| \`${crosswalk.id}\` | ${LEVEL_NAMES[crosswalk.id].en} | ${crosswalk.asamThirdEdition.join(", ") || "—"} | ${crosswalk.asamFourthEdition.join(", ") || "—"} |`,
    );
  lines.push("", "| withdrawal management | crosswalk |", "|---|---|");
  for (const [setting, codes] of Object.entries(WITHDRAWAL_MANAGEMENT_CROSSWALK))
    lines.push(`| \`${setting}\` | ${codes.join(", ") || "—"} |`);
  lines.push("", "## Sources", "");
  for (const [id, source] of Object.entries(SOURCES))
    lines.push(`- <a id="source-${id}"></a>**${id}**: ${source.title}. ${source.note}`);
  lines.push("");
  return lines.join("\n");
}
