import { type Algorithm, hash, verify } from "@node-rs/argon2";

/** `Algorithm.Argon2id` (a const enum the compiler cannot inline across packages here). */
const ARGON2ID_ALGORITHM = 2 as Algorithm;

/**
 * argon2id with OWASP's first listed setting (19 MiB, 2 passes, 1 lane): ASVS 5.0 11.4.2 asks for an
 * approved slow key-derivation function; the OWASP Password Storage Cheat Sheet names these values.
 */
const ARGON2ID = { algorithm: ARGON2ID_ALGORITHM, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function passwordMatches(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the account does not exist, so response times do not
 * tell an attacker which addresses have accounts.
 */
export async function spendPasswordCheckTime(password: string): Promise<void> {
  decoyHash ??= hashPassword("stepwise-decoy-password-for-timing");
  await passwordMatches(await decoyHash, password);
}
