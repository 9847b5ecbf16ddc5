import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A bearer secret (session token, password link, CSRF token): 256 bits from the CSPRNG, URL-safe.
 * ASVS 5.0 7.2.3 and 11.5.1 ask for at least 128 bits.
 */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this digest is stored, so a copy of the database holds no usable session or link. */
export function digestOf(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
