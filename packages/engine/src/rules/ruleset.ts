/** The whole rule set, in the order results list them. */
import { BIOMEDICAL_RULES } from "./biomedical-rules.js";
import { EMOTIONAL_RULES } from "./emotional-rules.js";
import { ENVIRONMENT_RULES } from "./environment-rules.js";
import { MEDICATION_RULES } from "./medication-rules.js";
import { READINESS_RULES } from "./readiness-rules.js";
import { RELAPSE_RULES } from "./relapse-rules.js";
import type { Rule } from "./rule.js";
import { SAFETY_RULES } from "./safety-rules.js";
import { SUPPORT_RULES } from "./support-rules.js";
import { WITHDRAWAL_RULES } from "./withdrawal-rules.js";

export const RULES: readonly Rule[] = [
  ...SAFETY_RULES,
  ...WITHDRAWAL_RULES,
  ...BIOMEDICAL_RULES,
  ...EMOTIONAL_RULES,
  ...READINESS_RULES,
  ...RELAPSE_RULES,
  ...ENVIRONMENT_RULES,
  ...MEDICATION_RULES,
  ...SUPPORT_RULES,
];
