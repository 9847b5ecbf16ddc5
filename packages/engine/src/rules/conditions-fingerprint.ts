/**
 * A short fingerprint of a rule set's conditions (FNV-1a over their JSON, with each rule's id), so the
 * generated conditions (stepwise-conditions.generated.ts) are used only for the rule set they were written
 * for, and only while it is unchanged.
 */
import type { Rule } from "./rule.js";
import { textFingerprint } from "./source-fingerprint.js";

export function conditionsFingerprint(rules: readonly Rule[]): string {
  return `${rules.length}:${textFingerprint(JSON.stringify(rules.map((rule) => [rule.id, rule.when])))}`;
}
