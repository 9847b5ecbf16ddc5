import type { Kysely } from "kysely";
import { appendAuditEvent } from "../audit/audit-log.js";
import type { DatabaseSchema, UserRole } from "../database/schema.js";
import { HttpProblem } from "../problem.js";
import { hasControlCharacter, NO_CONTROL_CHARACTERS } from "./account-fields.js";
import {
  createUser,
  disableUser,
  emailProblem,
  findOrCreateOrganization,
  findOrganizationByName,
  findUsersByEmail,
  issuePasswordLink,
  passwordLinkPath,
} from "./accounts.js";

/** Audit lines written by the `stepwise users` command name it, since no person is signed in. */
const COMMAND_LINE = "by the stepwise users command";

/**
 * `stepwise users add`: creates the organization if it is new, the account, and its one-time set-up
 * link, in one transaction with its audit line. This is how the first admin comes to exist; the same
 * functions serve the admin screen's "add a person".
 */
export async function addAccountFromCommandLine(
  db: Kysely<DatabaseSchema>,
  input: { organization: string; email: string; role: UserRole; displayName: string; now: Date },
): Promise<{ userId: string; organizationCreated: boolean; linkPath: string; expiresAt: Date }> {
  const problem = emailProblem(input.email.trim().toLowerCase());
  if (problem !== null) throw new HttpProblem(400, "Bad Request", `--email: ${problem}`);
  if (input.organization.trim().length === 0) {
    throw new HttpProblem(400, "Bad Request", "--org: give the organization's name.");
  }
  if (hasControlCharacter(input.organization)) {
    throw new HttpProblem(400, "Bad Request", `--org: ${NO_CONTROL_CHARACTERS}`);
  }
  if (hasControlCharacter(input.displayName)) {
    throw new HttpProblem(400, "Bad Request", `--name: ${NO_CONTROL_CHARACTERS}`);
  }
  return db.transaction().execute(async (trx) => {
    const organization = await findOrCreateOrganization(trx, input.organization, input.now);
    const user = await createUser(trx, {
      organizationId: organization.id,
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      now: input.now,
    });
    const link = await issuePasswordLink(trx, {
      userId: user.id,
      purpose: "setup",
      issuedBy: null,
      resetSecondFactor: false,
      now: input.now,
    });
    await appendAuditEvent(trx, input.now, {
      action: "user.created",
      outcome: "success",
      organizationId: organization.id,
      recordType: "user",
      recordId: user.id,
      detail: `${user.role}, ${COMMAND_LINE}`,
    });
    return {
      userId: user.id,
      organizationCreated: organization.created,
      linkPath: passwordLinkPath(link.token),
      expiresAt: link.expiresAt,
    };
  });
}

/** `stepwise users disable`: disables the account and ends its sessions. */
export async function disableAccountFromCommandLine(
  db: Kysely<DatabaseSchema>,
  input: { email: string; organization?: string | undefined; now: Date },
): Promise<{ sessionsEnded: number; alreadyDisabled: boolean }> {
  return db.transaction().execute(async (trx) => {
    let accounts = await findUsersByEmail(trx, input.email);
    if (input.organization !== undefined) {
      const organization = await findOrganizationByName(trx, input.organization);
      accounts = accounts.filter((account) => account.organization_id === organization?.id);
    }
    const [user, ...others] = accounts;
    if (user === undefined)
      throw new HttpProblem(404, "Not Found", `There is no account for ${input.email.trim()}.`);
    if (others.length > 0) {
      throw new HttpProblem(
        400,
        "Bad Request",
        `${input.email.trim()} has accounts in ${accounts.length} organizations; name one with --org.`,
      );
    }
    const alreadyDisabled = user.status === "disabled";
    const sessionsEnded = await disableUser(trx, user.id);
    await appendAuditEvent(trx, input.now, {
      action: "user.disabled",
      outcome: "success",
      organizationId: user.organization_id,
      recordType: "user",
      recordId: user.id,
      detail: `${sessionsEnded} session(s) ended, ${COMMAND_LINE}`,
    });
    return { sessionsEnded, alreadyDisabled };
  });
}
