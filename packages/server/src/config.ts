import { existsSync, mkdirSync, statSync } from "node:fs";
import { resolve } from "node:path";

/** Settings the server needs, read once from the environment at start-up. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Folder that holds the embedded SQLite database (ignored when `databaseUrl` is set). */
  readonly dataDirectory: string;
  /** A `postgres://` URL; when absent the embedded SQLite database is used. */
  readonly databaseUrl: string | undefined;
  /**
   * The tables' owner on PostgreSQL (`DATABASE_OWNER_URL`, or `STEPWISE_MIGRATION_DATABASE_URL`): runs
   * the migrations, while `databaseUrl`'s role may only INSERT and SELECT on append-only tables.
   */
  readonly databaseOwnerUrl: string | undefined;
  /** Sign-in and link attempts per client address per minute (`STEPWISE_SIGN_IN_ATTEMPTS_PER_MINUTE`, 30). */
  readonly signInAttemptsPerMinute: number;
  /**
   * Minutes a signed-in session may go without a request before it ends (`STEPWISE_SESSION_IDLE_MINUTES`,
   * 30: NIST SP 800-63B §4.2.3 for AAL2; at most 720, the absolute lifetime). Decimals are allowed (0.5
   * to 720) so a test can use a short limit.
   */
  readonly sessionIdleMinutes: number;
  readonly logLevel: string;
  /**
   * The address people use (`STEPWISE_PUBLIC_URL`, e.g. https://stepwise.clinic.org), for the links
   * `stepwise users` prints and as a trusted origin behind a TLS proxy. Defaults to http://localhost:PORT.
   */
  readonly publicUrl: string;
  /** The file of CDS clients trusted to call the CDS Hooks services (`STEPWISE_CDS_CLIENTS_FILE`), if any. */
  readonly cdsClientsFile: string | undefined;
}

/**
 * A setting that cannot be used. The message is one readable line naming the setting and what was
 * expected, so the CLI can print it without a stack trace (a bad PORT, a data folder that is a file).
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const LOG_LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

export function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const text = raw.trim();
  if (!/^\d+$/.test(text)) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, but it is "${raw}".`);
  }
  const port = Number(text);
  if (port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, but it is ${port}.`);
  }
  return port;
}

/** Makes sure the data folder exists and is a folder; creates it on first run. */
export function prepareDataDirectory(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) {
    if (!statSync(absolute).isDirectory()) {
      throw new ConfigError(
        `The data folder ${absolute} is a file, not a folder. Move the file away or set STEPWISE_DATA_DIR to another folder.`,
      );
    }
    return absolute;
  }
  try {
    mkdirSync(absolute, { recursive: true });
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
    throw new ConfigError(`Could not create the data folder ${absolute} (${reason}).`);
  }
  return absolute;
}

export function readServerConfig(environment: NodeJS.ProcessEnv, workingDirectory: string): ServerConfig {
  const databaseUrl = environment.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with "postgres://" or "postgresql://".');
  }
  const databaseOwnerUrl =
    environment.DATABASE_OWNER_URL?.trim() ||
    environment.STEPWISE_MIGRATION_DATABASE_URL?.trim() ||
    undefined;
  if (databaseOwnerUrl !== undefined && databaseUrl === undefined) {
    throw new ConfigError(
      "DATABASE_OWNER_URL needs DATABASE_URL too (the role the application connects as).",
    );
  }
  if (databaseOwnerUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseOwnerUrl)) {
    throw new ConfigError('DATABASE_OWNER_URL must start with "postgres://" or "postgresql://".');
  }
  const attemptsText = environment.STEPWISE_SIGN_IN_ATTEMPTS_PER_MINUTE?.trim() || "30";
  if (!/^\d{1,6}$/.test(attemptsText) || Number(attemptsText) < 1) {
    throw new ConfigError(
      `STEPWISE_SIGN_IN_ATTEMPTS_PER_MINUTE must be a whole number from 1 to 999999, but it is "${attemptsText}".`,
    );
  }
  const sessionIdleMinutes = parseIdleMinutes(environment.STEPWISE_SESSION_IDLE_MINUTES);
  const logLevel = environment.LOG_LEVEL?.trim() || "info";
  if (!LOG_LEVELS.has(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${[...LOG_LEVELS].join(", ")}, but it is "${logLevel}".`);
  }
  const dataDirectory = resolve(workingDirectory, environment.STEPWISE_DATA_DIR?.trim() || "data");
  const port = parsePort(environment.PORT, 8080);
  return {
    port,
    publicUrl: parsePublicUrl(environment.STEPWISE_PUBLIC_URL, port),
    host: environment.HOST?.trim() || "127.0.0.1",
    dataDirectory,
    databaseUrl,
    databaseOwnerUrl,
    signInAttemptsPerMinute: Number(attemptsText),
    sessionIdleMinutes,
    logLevel,
    cdsClientsFile: environment.STEPWISE_CDS_CLIENTS_FILE?.trim()
      ? resolve(workingDirectory, environment.STEPWISE_CDS_CLIENTS_FILE.trim())
      : undefined,
  };
}

export function parseIdleMinutes(raw: string | undefined): number {
  const text = raw?.trim() || "30";
  const minutes = Number(text);
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text) || minutes < 0.5 || minutes > 720) {
    throw new ConfigError(
      `STEPWISE_SESSION_IDLE_MINUTES must be a number of minutes from 0.5 to 720, but it is "${raw}".`,
    );
  }
  return minutes;
}

export function parsePublicUrl(raw: string | undefined, port: number): string {
  const text = raw?.trim();
  if (text === undefined || text === "") return `http://localhost:${port === 0 ? 8080 : port}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(
      `STEPWISE_PUBLIC_URL must be an address like https://stepwise.example.org, but it is "${raw}".`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(`STEPWISE_PUBLIC_URL must start with https:// or http://, but it is "${raw}".`);
  }
  return url.origin;
}
