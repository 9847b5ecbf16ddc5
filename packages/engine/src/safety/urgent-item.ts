/**
 * Urgent items come out of the safety gate before any placement and no other answer can remove them
 * (docs/design.md "Safety first"). Tiers, most to least urgent.
 */
export const URGENT_TIERS = ["emergency", "crisis", "same-day", "ask-now"] as const;
export type UrgentTier = (typeof URGENT_TIERS)[number];

/** What to do now. 911 and 988 are US numbers; SAMHSA's helpline is 1-800-662-4357. */
export const URGENT_ACTIONS = [
  "call-911",
  "go-to-emergency-department",
  "call-or-text-988",
  "medical-evaluation-today",
  "mental-health-evaluation-today",
  "ask-before-choosing-level",
  "stay-with-person",
  "give-naloxone",
] as const;
export type UrgentAction = (typeof URGENT_ACTIONS)[number];

export interface UrgentItem {
  readonly tier: UrgentTier;
  /** The safety rule that raised it; also the message code. */
  readonly ruleId: string;
  readonly actions: readonly UrgentAction[];
}
