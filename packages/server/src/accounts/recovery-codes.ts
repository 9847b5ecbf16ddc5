import { randomInt } from "node:crypto";
import { digestOf } from "./secret-tokens.js";

/**
 * One-time recovery codes for when the phone with the authenticator is lost. Each has 16 characters
 * from a 31-letter alphabet without look-alikes (about 79 bits), so a plain SHA-256 digest is safe to store;
 * the code itself is shown once and never kept.
 */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCode(): string {
  let text = "";
  for (let index = 0; index < 16; index += 1) text += ALPHABET[randomInt(ALPHABET.length)];
  return text.replace(/(.{4})(?!$)/g, "$1-");
}

/** Spaces, dashes and capitals do not matter when a person types a code back. */
export function recoveryCodeDigest(code: string): string {
  return digestOf(code.toLowerCase().replace(/[^a-z0-9]/g, ""));
}
