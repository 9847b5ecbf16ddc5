/**
 * A short fingerprint of a rule set's conditions (FNV-1a over their JSON, with each rule's id), so the
 * generated conditions (stepwise-conditions.generated.ts) are used only for the rule set they were written
 * for, and only while it is unchanged.
 */
import type { Rule } from "./rule.js";

export function conditionsFingerprint(rules: readonly Rule[]): string {
  const text = JSON.stringify(rules.map((rule) => [rule.id, rule.when]));
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${rules.length}:${hash.toString(16).padStart(8, "0")}`;
}
