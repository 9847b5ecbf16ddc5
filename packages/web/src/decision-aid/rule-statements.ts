/**
 * The engine's own plain statement of a rule (rules are data with an English and a Spanish statement,
 * docs/design.md), so the professional page says why each rating was set in the engine's words. A rule id
 * the ruleset does not know is shown as its id, never dropped.
 */
import { RULES } from "@stepwise/engine";

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule.statement]));

export function ruleStatement(ruleId: string, language: "en" | "es"): string {
  return BY_ID.get(ruleId)?.[language] ?? ruleId;
}
