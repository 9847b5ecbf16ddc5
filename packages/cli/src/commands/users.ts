import { parseArgs } from "node:util";
import {
  addAccountFromCommandLine,
  disableAccountFromCommandLine,
  HttpProblem,
  isUserRole,
  openServingDatabase,
  readServerConfig,
  type StepwiseDatabase,
  USER_ROLES,
} from "@stepwise/server";
import { parseCommandLine } from "../command-line.js";
import { UsageError } from "../usage-error.js";

const USAGE =
  "use `stepwise users add --org <organization> --email <email> --role <admin|clinician|reviewer> [--name <name>]` or `stepwise users disable <email> [--org <organization>]`";

/**
 * `stepwise users add|disable`: manages accounts from the server's own machine. `add` creates the
 * first admin of an organization (or anyone) and prints a one-time link to set a password; there is
 * no mail server, so the operator hands the link over.
 */
export async function users(
  args: string[],
  environment: NodeJS.ProcessEnv,
  workingDirectory: string,
): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "add" && action !== "disable") throw new UsageError(`${USAGE}.`);
  let request: () => Promise<void>;
  let database: StepwiseDatabase;
  const config = readServerConfig(environment, workingDirectory);
  if (action === "add") {
    const { values } = parseCommandLine(`${USAGE}.`, () =>
      parseArgs({
        args: rest,
        options: {
          org: { type: "string" },
          email: { type: "string" },
          role: { type: "string" },
          name: { type: "string" },
        },
        strict: true,
      }),
    );
    const { org: organization, email, role } = values;
    if (organization === undefined || email === undefined || role === undefined) {
      throw new UsageError(`--org, --email and --role are all needed; ${USAGE}.`);
    }
    if (!isUserRole(role))
      throw new UsageError(`--role must be one of ${USER_ROLES.join(", ")}, but it is "${role}".`);
    const displayName = values.name ?? email.split("@")[0] ?? email;
    request = async () => {
      const added = await addAccountFromCommandLine(database.kysely, {
        organization,
        email,
        role,
        displayName,
        now: new Date(),
      });
      const link = `${config.publicUrl}${added.linkPath}`;
      process.stdout.write(
        [
          `Created ${role} ${email.trim().toLowerCase()} in ${added.organizationCreated ? "the new organization" : "the organization"} "${organization.trim()}".`,
          "",
          "Next steps:",
          "  1. Start Stepwise if it is not running: npm start (or npx stepwise serve).",
          `  2. Give this one-time link to ${email.trim()} in person or over a trusted channel. It works once and`,
          `     expires ${added.expiresAt.toISOString().replace("T", " ").slice(0, 16)} UTC:`,
          `     ${link}`,
          "  3. They choose a password, then set up an authenticator app (every role needs this second factor).",
          "",
        ].join("\n"),
      );
    };
  } else {
    const [email, ...extra] = rest;
    if (email === undefined || email.startsWith("--"))
      throw new UsageError(`give one email address; ${USAGE}.`);
    const { values } = parseCommandLine(`${USAGE}.`, () =>
      parseArgs({ args: extra, options: { org: { type: "string" } }, strict: true }),
    );
    const organization = values.org;
    request = async () => {
      const result = await disableAccountFromCommandLine(database.kysely, {
        email,
        organization,
        now: new Date(),
      });
      process.stdout.write(
        `${result.alreadyDisabled ? "Was already disabled" : "Disabled"}: ${email.trim().toLowerCase()}. Sessions ended: ${result.sessionsEnded}.\n`,
      );
    };
  }
  // Start-up warnings (roles, key file) are the server's and `stepwise migrate`'s to print.
  database = (await openServingDatabase(config, environment)).database;
  try {
    await request();
    return 0;
  } catch (error) {
    if (error instanceof HttpProblem) throw new UsageError(`${error.message.replace(/\.$/, "")}.`, 1);
    throw error;
  } finally {
    await database.close();
  }
}
