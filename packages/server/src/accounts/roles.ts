import type { UserRole } from "../database/schema.js";

export type { UserRole };

/** admin manages accounts; clinician assesses and records; reviewer reads only. */
export const USER_ROLES: readonly UserRole[] = ["admin", "clinician", "reviewer"];

/**
 * Admins and clinicians must use a second factor (ASVS 5.0 6.3.3 [L2]; ASVS 4.0.3 V4.3.1 for admin
 * interfaces; the HIPAA Security Rule NPRM of 2025 proposes MFA for all ePHI access). Reviewers may enrol.
 */
export function requiresSecondFactor(role: UserRole): boolean {
  return role === "admin" || role === "clinician";
}

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}
