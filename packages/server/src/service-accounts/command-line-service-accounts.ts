import type { Kysely } from "kysely";
import { hasControlCharacter, NO_CONTROL_CHARACTERS } from "../accounts/account-fields.js";
import { findOrganizationByName } from "../accounts/accounts.js";
import { appendAuditEvent } from "../audit/audit-log.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem } from "../problem.js";
import {
  isServiceAccountScope,
  SERVICE_ACCOUNT_SCOPES,
  type ServiceAccountScope,
} from "./service-account-scopes.js";
import {
  createServiceAccount,
  revokeServiceAccount,
  rotateServiceAccountKey,
  type ServiceAccountView,
  serviceAccountNameTaken,
  serviceAccountsOf,
} from "./service-account-store.js";

/** Audit lines written by the command name it, since no person is signed in. */
const COMMAND_LINE = "by the stepwise service-accounts command";

const badInput = (field: string, message: string) =>
  new HttpProblem(400, "Bad Request", `${field}: ${message}`);

async function organizationIdOf(db: Kysely<DatabaseSchema>, name: string): Promise<string> {
  if (hasControlCharacter(name)) throw badInput("--org", NO_CONTROL_CHARACTERS);
  const organization = await findOrganizationByName(db, name);
  if (organization === undefined) {
    throw new HttpProblem(404, "Not Found", `--org: there is no organization named "${name.trim()}"`);
  }
  return organization.id;
}

/** Reads `--scope score,assess` (or the option given several times) into known scopes. */
export function parseScopes(given: readonly string[]): ServiceAccountScope[] {
  const scopes = given.flatMap((value) => value.split(",")).map((value) => value.trim());
  const unknown = scopes.filter((scope) => !isServiceAccountScope(scope));
  if (scopes.length === 0 || unknown.length > 0) {
    throw badInput("--scope", `use some of ${SERVICE_ACCOUNT_SCOPES.join(", ")}`);
  }
  return [...new Set(scopes)] as ServiceAccountScope[];
}

/** `stepwise service-accounts add`: the same account the admin API makes, with its key shown once. */
export async function addServiceAccountFromCommandLine(
  db: Kysely<DatabaseSchema>,
  input: {
    organization: string;
    name: string;
    scopes: readonly ServiceAccountScope[];
    recipientName: string | undefined;
    now: Date;
  },
): Promise<{ account: ServiceAccountView; key: string }> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 120) throw badInput("--name", "give a name of 1 to 120 characters");
  if (hasControlCharacter(name)) throw badInput("--name", NO_CONTROL_CHARACTERS);
  const recipientName = input.recipientName?.trim();
  if (recipientName !== undefined && (recipientName.length === 0 || hasControlCharacter(recipientName))) {
    throw badInput("--recipient", "give the recipient's name as consents name it");
  }
  if (input.scopes.includes("records.read") && recipientName === undefined) {
    throw badInput(
      "--recipient",
      "records.read needs the recipient's name, as the clients' consents name it",
    );
  }
  return db.transaction().execute(async (trx) => {
    const organizationId = await organizationIdOf(trx, input.organization);
    if (await serviceAccountNameTaken(trx, organizationId, name)) {
      throw new HttpProblem(409, "Conflict", `--name: a service account named "${name}" already exists`);
    }
    const made = await createServiceAccount(trx, {
      organizationId,
      name,
      recipientName: recipientName ?? null,
      scopes: input.scopes,
      createdBy: null,
      now: input.now,
    });
    await appendAuditEvent(trx, input.now, {
      action: "service-account.created",
      outcome: "success",
      organizationId,
      recordType: "service-account",
      recordId: made.account.id,
      detail: `${made.account.scopes.join(" ")}, ${COMMAND_LINE}`,
    });
    return made;
  });
}

export async function listServiceAccountsFromCommandLine(
  db: Kysely<DatabaseSchema>,
  organization: string,
): Promise<ServiceAccountView[]> {
  return serviceAccountsOf(db, await organizationIdOf(db, organization));
}

/** `stepwise service-accounts rotate|revoke`: finds the account by its organization and name. */
export async function changeServiceAccountFromCommandLine(
  db: Kysely<DatabaseSchema>,
  input: { organization: string; name: string; change: "rotate" | "revoke"; now: Date },
): Promise<{ account: ServiceAccountView; key?: string }> {
  return db.transaction().execute(async (trx) => {
    const organizationId = await organizationIdOf(trx, input.organization);
    const row = await trx
      .selectFrom("service_accounts")
      .select("id")
      .where("organization_id", "=", organizationId)
      .where("name", "=", input.name.trim())
      .executeTakeFirst();
    if (row === undefined) {
      throw new HttpProblem(
        404,
        "Not Found",
        `--name: there is no service account named "${input.name.trim()}"`,
      );
    }
    const audit = (action: string) =>
      appendAuditEvent(trx, input.now, {
        action,
        outcome: "success",
        organizationId,
        recordType: "service-account",
        recordId: row.id,
        detail: COMMAND_LINE,
      });
    if (input.change === "rotate") {
      const rotated = await rotateServiceAccountKey(trx, row.id, input.now);
      if (rotated === "missing" || rotated === "revoked") {
        throw new HttpProblem(
          409,
          "Conflict",
          "--name: this service account is revoked; add a new one instead",
        );
      }
      await audit("service-account.key-issued");
      return rotated;
    }
    const revoked = await revokeServiceAccount(trx, row.id, null, input.now);
    if (revoked === "missing") throw new HttpProblem(404, "Not Found", "--name: no such service account");
    await audit("service-account.revoked");
    return { account: revoked };
  });
}
