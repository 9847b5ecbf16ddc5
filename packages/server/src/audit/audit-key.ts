import { createHmac, randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ConfigError } from "../config.js";

/**
 * The secret that seals the audit chain (audit-chain.ts). It is kept outside the database — in
 * `STEPWISE_AUDIT_KEY`, or in a key file beside the data folder — so someone who can write the
 * database but not read the key cannot make a rewritten chain verify (NIST SP 800-92 §4.2.3 on log
 * integrity; ASVS 5.0 16.4.2). Every server instance and the `stepwise` commands that write or verify
 * the log must use the same key.
 */
export const AUDIT_KEY_FILE_NAME = "stepwise-audit.key";
const MINIMUM_KEY_CHARACTERS = 32;

export interface AuditKey {
  readonly secret: Buffer;
  /** Where it came from, for the start-up line (never the key itself). */
  readonly source: string;
  /** A short fingerprint, so two machines can compare keys without showing them. */
  readonly fingerprint: string;
  /** True when this start created the key file. */
  readonly created: boolean;
}

function keyOf(secret: Buffer, source: string, created: boolean): AuditKey {
  const fingerprint = createHmac("sha256", secret).update("stepwise audit key fingerprint").digest("hex");
  return { secret, source, fingerprint: fingerprint.slice(0, 12), created };
}

/** The key file's place: beside the data folder (its parent), so a copy of the data folder lacks it. */
export function auditKeyFileFor(dataDirectory: string): string {
  return join(dirname(dataDirectory), AUDIT_KEY_FILE_NAME);
}

/**
 * Reads `STEPWISE_AUDIT_KEY` (at least 32 characters, e.g. `openssl rand -hex 32`), or else the key
 * file beside the data folder, creating it (256 random bits, readable by its owner only) on first use.
 */
export function loadAuditKey(environment: NodeJS.ProcessEnv, dataDirectory: string): AuditKey {
  const fromEnvironment = environment.STEPWISE_AUDIT_KEY?.trim();
  if (fromEnvironment !== undefined && fromEnvironment !== "") {
    if (fromEnvironment.length < MINIMUM_KEY_CHARACTERS) {
      throw new ConfigError(
        `STEPWISE_AUDIT_KEY must have at least ${MINIMUM_KEY_CHARACTERS} characters (for example the output of "openssl rand -hex 32").`,
      );
    }
    return keyOf(Buffer.from(fromEnvironment, "utf8"), "STEPWISE_AUDIT_KEY", false);
  }
  const file = auditKeyFileFor(dataDirectory);
  if (existsSync(file)) {
    const text = readFileSync(file, "utf8").trim();
    if (text.length < MINIMUM_KEY_CHARACTERS) {
      throw new ConfigError(
        `The audit key file ${file} is too short; restore it from your backup of the key.`,
      );
    }
    return keyOf(Buffer.from(text, "utf8"), file, false);
  }
  const secret = randomBytes(32).toString("hex");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600);
  } catch (error) {
    // Another process created it first (two commands starting together): use theirs.
    if (error instanceof Error && "code" in error && error.code === "EEXIST") {
      return loadAuditKey(environment, dataDirectory);
    }
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
    throw new ConfigError(
      `Could not create the audit key file ${file} (${reason}); set STEPWISE_AUDIT_KEY instead.`,
    );
  }
  return keyOf(Buffer.from(secret, "utf8"), file, true);
}

let current: AuditKey | undefined;

/** Sets the key every audit line written by this process is sealed with. */
export function useAuditKey(key: AuditKey): void {
  current = key;
}

/**
 * The key in use. A process that never set one (a test that opens a database directly) gets a random
 * key for its lifetime: its lines are sealed, but no other process can verify them, which
 * `stepwise audit verify` then reports — every real entry point (serve, users, audit) sets the key.
 */
export function auditKeyInUse(): AuditKey {
  current ??= keyOf(randomBytes(32), "a key made up for this process only", false);
  return current;
}

/** For tests: an explicit key from text. */
export function auditKeyFromText(text: string): AuditKey {
  return keyOf(Buffer.from(text, "utf8"), "given", false);
}
