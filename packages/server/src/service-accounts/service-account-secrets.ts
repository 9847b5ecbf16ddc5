import { randomBytes } from "node:crypto";
import { digestOf } from "../accounts/secret-tokens.js";

/**
 * A fixed prefix makes a leaked key easy to recognise (secret scanners, log review) and tells it apart
 * from a session token at a glance; the 32 random bytes after it are the secret (256 bits from the
 * CSPRNG; ASVS 5.0 11.5.1 asks for at least 128).
 */
export const SERVICE_ACCOUNT_KEY_PREFIX = "stepwise_sa_";

export function newServiceAccountKey(): string {
  return `${SERVICE_ACCOUNT_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/**
 * Only this SHA-256 digest is stored. A slow password hash is not needed: the key is 256 random bits, so
 * a copy of the database cannot be turned back into a key by guessing (ASVS 5.0 11.4.3 asks a slow hash
 * only of secrets a person chose). The digest is looked up by an index and compared again in constant time.
 */
export function digestOfServiceAccountKey(key: string): string {
  return digestOf(key);
}

/** The shape of a key, checked before any lookup so junk never reaches the database. */
export function looksLikeServiceAccountKey(value: string): boolean {
  return /^stepwise_sa_[A-Za-z0-9_-]{43}$/.test(value);
}
