import { COMMON_LONG_PASSWORDS } from "./common-passwords.js";

/**
 * Password rules from OWASP ASVS 5.0 §6.2 (docs/design/engineering.md §3.1) and NIST SP 800-63B:
 * - at least 15 characters (6.2.1 "a minimum of 15 characters is strongly recommended"; reviewers may
 *   sign in with a password alone, and NIST 800-63B-4 asks 15 for a single-factor password);
 * - up to 256, so long passphrases and password managers work (6.2.9 asks at least 64);
 * - no composition rules (6.2.5) and no forced rotation (6.2.10);
 * - not a common password (6.2.4) nor built from the product name or the person's own address (6.2.11).
 * Counting is by Unicode code point, so a passphrase in any script counts fairly.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

const common = new Set(COMMON_LONG_PASSWORDS);

function comparable(password: string): string {
  return password
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** True when the whole text is one short piece said again and again ("abcabcabc…", "aaaa…"). */
function isRepetition(text: string): boolean {
  for (let unit = 1; unit <= text.length / 2; unit += 1) {
    if (text.length % unit === 0 && text.slice(0, unit).repeat(text.length / unit) === text) return true;
  }
  return false;
}

/** The reason the password cannot be used, in plain words, or null when it is acceptable. */
export function passwordProblem(password: string, context: { readonly email?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters. A few everyday words in a row are easy to remember.`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const plain = comparable(password);
  if (common.has(plain) || isRepetition(plain) || plain.length < 4) {
    return "This password is too common or too easy to guess. Choose another.";
  }
  if (plain.includes("stepwise")) return "Do not use the name of this app in your password.";
  const mailbox = comparable(context.email?.split("@")[0] ?? "");
  if (mailbox.length >= 4 && plain.includes(mailbox)) {
    return "Do not use your email address in your password.";
  }
  return null;
}
