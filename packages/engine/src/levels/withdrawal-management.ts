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

export const WITHDRAWAL_MANAGEMENT_CROSSWALK: Readonly<Record<WithdrawalManagement, readonly string[]>> = {
  none: [],
  ambulatory: ["1-WM", "2-WM"],
  residential: ["3.2-WM"],
  "medically-monitored": ["3.7-WM"],
  "medically-managed": ["4-WM"],
};
