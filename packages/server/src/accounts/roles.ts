import type { UserRole } from "../database/schema.js";

export type { UserRole };

/** admin manages accounts; clinician assesses and records; reviewer reads only. */
export const USER_ROLES: readonly UserRole[] = ["admin", "clinician", "reviewer"];

/**
 * Every role that can read records must use a second factor — all three, reviewers included (ASVS 5.0
 * 6.3.3 [L2]; the HIPAA Security Rule NPRM of 2025 proposes MFA for all ePHI access). A lost phone is
 * covered by the recovery codes, and then by an admin's reset link that clears the second factor.
 */
export function requiresSecondFactor(role: UserRole): boolean {
  return USER_ROLES.includes(role);
}

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}
