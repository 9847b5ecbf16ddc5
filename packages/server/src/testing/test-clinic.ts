import type { FastifyInstance, HTTPMethods, InjectOptions, LightMyRequestResponse } from "fastify";
import { addAccountFromCommandLine } from "../accounts/command-line-accounts.js";
import type { UserRole } from "../accounts/roles.js";
import { totpCodeAt } from "../accounts/totp.js";
import { type AppOptions, buildApp } from "../app.js";
import type { Clock } from "../clock.js";
import { migrateToLatest, type StepwiseDatabase } from "../database/connection.js";
import type { OpenedDatabase, StorageTarget } from "../database/storage-targets.js";
import { SERVICE_ACCOUNT_SCOPES } from "../service-accounts/service-account-scopes.js";

/**
 * A server on a fresh database with a clock the test moves by hand, and a small cookie-keeping
 * client that behaves like the clinic page (same Origin, CSRF header). Used by the storage tests of
 * accounts, access and audit, and by the clinical records' tests.
 */
export interface TestClinic {
  readonly app: FastifyInstance;
  readonly opened: OpenedDatabase;
  readonly clock: MovableClock;
  /** A new browser-like client with no cookie yet. */
  client(): ClinicClient;
  /** Creates an account the way `stepwise users add` does, and returns its set-up link token. */
  addAccount(input: { organization: string; email: string; role: UserRole; displayName?: string }): Promise<{
    userId: string;
    linkToken: string;
  }>;
  /** Adds an account, sets its password, enrols TOTP when the role needs it, and returns a signed-in client. */
  signedInAccount(input: {
    organization: string;
    email: string;
    role: UserRole;
    password?: string;
  }): Promise<{
    client: ClinicClient;
    userId: string;
    totpSecret: string | null;
    recoveryCodes: string[];
    password: string;
  }>;
  close(): Promise<void>;
}

export interface MovableClock extends Clock {
  advanceMinutes(minutes: number): void;
  advanceSeconds(seconds: number): void;
}

export const TEST_HOST = "clinic.test";
export const TEST_ORIGIN = `http://${TEST_HOST}`;
export const DEFAULT_TEST_PASSWORD = "lantern meadow copper violin";

export function movableClock(start = "2026-03-02T09:00:00.000Z"): MovableClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advanceMinutes(minutes) {
      current += minutes * 60_000;
    },
    advanceSeconds(seconds) {
      current += seconds * 1000;
    },
  };
}

export class ClinicClient {
  /** The session cookie (`name=value`), or undefined when signed out. */
  cookie: string | undefined;
  /** Other cookies this browser keeps, e.g. the device cookie of an earlier sign-in. */
  readonly otherCookies = new Map<string, string>();
  csrfToken: string | undefined;
  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: HTTPMethods,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { host: TEST_HOST, origin: TEST_ORIGIN, ...extraHeaders };
    const cookies = [
      ...(this.cookie === undefined ? [] : [this.cookie]),
      ...[...this.otherCookies].map(([name, value]) => `${name}=${value}`),
    ];
    if (cookies.length > 0 && !("cookie" in extraHeaders)) headers.cookie = cookies.join("; ");
    if (this.csrfToken !== undefined && !("x-csrf-token" in extraHeaders))
      headers["x-csrf-token"] = this.csrfToken;
    const injection: InjectOptions = { method, url, headers };
    if (body !== undefined) injection.payload = body as Record<string, unknown>;
    const response = await this.app.inject(injection);
    for (const setCookie of response.cookies) {
      const expired =
        setCookie.value === "" ||
        (setCookie.expires !== undefined && setCookie.expires.getTime() < Date.now());
      if (setCookie.name !== "__Host-stepwise-session") {
        if (expired) this.otherCookies.delete(setCookie.name);
        else this.otherCookies.set(setCookie.name, setCookie.value);
        continue;
      }
      this.cookie = expired ? undefined : `${setCookie.name}=${setCookie.value}`;
    }
    const type = String(response.headers["content-type"] ?? "");
    if (response.statusCode < 300 && type.includes("json")) {
      const json = response.json() as { csrfToken?: string };
      if (typeof json.csrfToken === "string") this.csrfToken = json.csrfToken;
    }
    return response;
  }
}

/**
 * An integration calling with a service account's key, as a server does: `Authorization: Bearer`, no
 * cookie, no CSRF header, no Origin.
 */
export class IntegrationClient {
  constructor(
    private readonly app: FastifyInstance,
    readonly key: string,
  ) {}

  request(
    method: HTTPMethods,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const headers = { host: TEST_HOST, authorization: `Bearer ${this.key}`, ...extraHeaders };
    const injection: InjectOptions = { method, url, headers };
    if (body !== undefined) injection.payload = body as Record<string, unknown>;
    return this.app.inject(injection);
  }
}

/**
 * A service account of the admin's organization holding every scope, as an integration would call with
 * it; the route-walking tests use it for routes only service accounts may call.
 */
export async function integrationOf(clinic: TestClinic, admin: ClinicClient): Promise<IntegrationClient> {
  const created = await expectStatus(
    admin.request("POST", "/api/service-accounts", {
      name: `Every scope ${Math.random().toString(36).slice(2, 8)}`,
      scopes: [...SERVICE_ACCOUNT_SCOPES],
      recipientName: "Riverside Primary Care",
    }),
    201,
  );
  return new IntegrationClient(clinic.app, created.json().key as string);
}

export async function openTestClinic(
  target: StorageTarget,
  options: Partial<
    Pick<
      AppOptions,
      | "logger"
      | "signInAttemptsPerMinute"
      | "sessionIdleMinutes"
      | "webRoot"
      | "publicUrl"
      | "programSearchesPerMinute"
      | "programDirectoryRecheckMs"
      | "fhirRequestsPerMinute"
      | "serviceAccountRequestsPerMinute"
      | "cdsClients"
    >
  > & {
    /** Extra routes a test adds (e.g. a probe record type) before the server starts. */
    readonly routes?: (app: FastifyInstance, database: StepwiseDatabase) => void;
    /** A database opened (and migrated) by the test itself, e.g. shared with a CLI run. */
    readonly opened?: OpenedDatabase;
    /** Runs after the migrations, before the server starts (e.g. creates a probe table). */
    readonly prepare?: (database: StepwiseDatabase) => Promise<void>;
  } = {},
): Promise<TestClinic> {
  const opened = options.opened ?? (await target.open());
  await migrateToLatest(opened.database);
  const clock = movableClock();
  const { routes, prepare, opened: _opened, ...appOptions } = options;
  await prepare?.(opened.database);
  const app = await buildApp({
    database: opened.database,
    clock,
    signInAttemptsPerMinute: 1000,
    programSearchesPerMinute: 1000,
    // Tests change the directory and search at once; production looks once a second.
    programDirectoryRecheckMs: 0,
    ...appOptions,
  });
  routes?.(app, opened.database);
  await app.ready();
  const clinic: TestClinic = {
    app,
    opened,
    clock,
    client: () => new ClinicClient(app),
    async addAccount(input) {
      const added = await addAccountFromCommandLine(opened.database.kysely, {
        organization: input.organization,
        email: input.email,
        role: input.role,
        displayName: input.displayName ?? input.email.split("@")[0] ?? input.email,
        now: clock.now(),
      });
      return { userId: added.userId, linkToken: added.linkPath.split("#link=")[1] ?? "" };
    },
    async signedInAccount(input) {
      const password = input.password ?? DEFAULT_TEST_PASSWORD;
      const { userId, linkToken } = await clinic.addAccount(input);
      const client = clinic.client();
      await expectStatus(
        client.request("POST", "/api/password-links/use", { token: linkToken, password }),
        200,
      );
      let signIn = await expectStatus(
        client.request("POST", "/api/session", { email: input.email, password }),
        200,
      );
      if (signIn.json().stage === "choose-organization") {
        // The same address and password open accounts in several organizations: choose this one.
        const { organization_id } = await opened.database.kysely
          .selectFrom("users")
          .select("organization_id")
          .where("id", "=", userId)
          .executeTakeFirstOrThrow();
        signIn = await expectStatus(
          client.request("POST", "/api/session", {
            email: input.email,
            password,
            organization: organization_id,
          }),
          200,
        );
      }
      if (signIn.json().stage === "full")
        return { client, userId, totpSecret: null, recoveryCodes: [], password };
      const started = await expectStatus(client.request("POST", "/api/session/totp-enrolment/start"), 200);
      const totpSecret = started.json().secret as string;
      const enrolled = await expectStatus(
        client.request("POST", "/api/session/totp-enrolment", { code: totpCodeAt(totpSecret, clock.now()) }),
        200,
      );
      // The next code must come from a later 30-second step: each step works once.
      clock.advanceSeconds(31);
      return {
        client,
        userId,
        totpSecret,
        recoveryCodes: enrolled.json().recoveryCodes as string[],
        password,
      };
    },
    async close() {
      await app.close();
      await opened.dispose();
    },
  };
  return clinic;
}

export async function expectStatus(
  pending: Promise<LightMyRequestResponse>,
  status: number,
): Promise<LightMyRequestResponse> {
  const response = await pending;
  if (response.statusCode !== status) {
    throw new Error(`Expected ${status} but got ${response.statusCode}: ${response.body}`);
  }
  return response;
}
