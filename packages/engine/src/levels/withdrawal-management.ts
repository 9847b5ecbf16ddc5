import type { LevelOfCare } from "../levels/level-of-care.js";

/**
 * Withdrawal-management settings, least to most intensive (docs/design.md; crosswalk 1-WM/2-WM → ambulatory,
 * 3.2-WM → residential, 3.7-WM → medically-monitored, 4-WM → medically-managed).
 */
export const WITHDRAWAL_MANAGEMENT_SETTINGS = [
  "none",
  "ambulatory",
  "residential",
  "medically-monitored",
  "medically-managed",
] as const;

export type WithdrawalManagement = (typeof WITHDRAWAL_MANAGEMENT_SETTINGS)[number];

/** Position in the order none < ambulatory < … < medically-managed (-1 for anything not a setting). */
export function withdrawalManagementRank(setting: WithdrawalManagement): number {
  return WITHDRAWAL_MANAGEMENT_SETTINGS.indexOf(setting);
}

/** The withdrawal care a live-in level gives where the person lives during it. */
export const LIVE_IN_WITHDRAWAL_SETTING: Readonly<Record<LevelOfCare, WithdrawalManagement>> = {
  "early-intervention": "none",
  outpatient: "ambulatory",
  "intensive-outpatient": "ambulatory",
  "partial-hospitalization": "ambulatory",
  residential: "residential",
  "medically-monitored-inpatient": "medically-monitored",
  "medically-managed-inpatient": "medically-managed",
};

/**
 * The reason given when a live-in level takes over withdrawal care that could otherwise be given at home
 * (placement/assess.ts). Its words are in messages/finding-texts.ts under the same id.
 */
export const WITHDRAWAL_CARE_IN_LIVE_IN_PROGRAM = {
  ruleId: "withdrawal-care-in-live-in-program",
  kind: "withdrawal-management",
  dimension: "withdrawal",
  level: null,
  driver: true,
} as const;

export const WITHDRAWAL_MANAGEMENT_CROSSWALK: Readonly<Record<WithdrawalManagement, readonly string[]>> = {
  none: [],
  ambulatory: ["1-WM", "2-WM"],
  residential: ["3.2-WM"],
  "medically-monitored": ["3.7-WM"],
  "medically-managed": ["4-WM"],
};
