import { Secret, TOTP } from "otpauth";

/**
 * Time-based one-time passwords (RFC 6238) through `otpauth`: SHA-1, 6 digits, 30-second steps, the
 * values every authenticator app supports. One step either side is accepted for clock drift, and a
 * step already used is refused, so each code works once (ASVS 5.0 6.5.x).
 */
const PERIOD_SECONDS = 30;
const ISSUER = "Stepwise";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function totpEnrolmentUri(secret: string, accountLabel: string): string {
  return totpFor(secret, accountLabel).toString();
}

/**
 * The 30-second step the code belongs to, or null when it is wrong, or was already used
 * (`lastUsedStep`), or is not six digits.
 */
export function acceptedTotpStep(
  secret: string,
  code: string,
  at: Date,
  lastUsedStep: number | null,
): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secret, "check").validate({ token, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}

/** A current code for a secret; used by tests and by nothing else in the server. */
export function totpCodeAt(secret: string, at: Date): string {
  return totpFor(secret, "code").generate({ timestamp: at.getTime() });
}
