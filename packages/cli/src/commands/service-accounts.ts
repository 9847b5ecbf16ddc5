import { parseArgs } from "node:util";
import {
  addServiceAccountFromCommandLine,
  changeServiceAccountFromCommandLine,
  HttpProblem,
  listServiceAccountsFromCommandLine,
  openServingDatabase,
  parseScopes,
  readServerConfig,
  SERVICE_ACCOUNT_SCOPES,
  type StepwiseDatabase,
} from "@stepwise/server";
import { parseCommandLine } from "../command-line.js";
import { UsageError } from "../usage-error.js";

const USAGE =
  "use `stepwise service-accounts add --org <organization> --name <name> --scope <" +
  `${SERVICE_ACCOUNT_SCOPES.join("|")}` +
  ">[,…] [--recipient <name>]`, `list --org <organization>`, or `rotate|revoke --org <organization> --name <name>`";

/**
 * `stepwise service-accounts add|list|rotate|revoke`: the admin API's service-account actions from the
 * server's own machine (docs/service-accounts.md). `add` and `rotate` print the key once; only its
 * digest is stored.
 */
export async function serviceAccounts(
  args: string[],
  environment: NodeJS.ProcessEnv,
  workingDirectory: string,
): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "add" && action !== "list" && action !== "rotate" && action !== "revoke") {
    throw new UsageError(`${USAGE}.`);
  }
  const { values } = parseCommandLine(`${USAGE}.`, () =>
    parseArgs({
      args: rest,
      options: {
        org: { type: "string" },
        name: { type: "string" },
        scope: { type: "string", multiple: true },
        recipient: { type: "string" },
      },
      strict: true,
    }),
  );
  const { org: organization, name } = values;
  if (organization === undefined) throw new UsageError(`--org is needed; ${USAGE}.`);
  if (action !== "list" && name === undefined) throw new UsageError(`--name is needed; ${USAGE}.`);
  if (action === "add" && values.scope === undefined) throw new UsageError(`--scope is needed; ${USAGE}.`);
  if (action !== "add" && (values.scope !== undefined || values.recipient !== undefined)) {
    throw new UsageError(`--scope and --recipient go with add only; ${USAGE}.`);
  }

  let request: () => Promise<void>;
  if (action === "add") {
    let scopes: ReturnType<typeof parseScopes>;
    try {
      scopes = parseScopes(values.scope ?? []);
    } catch (error) {
      if (error instanceof HttpProblem) throw new UsageError(`${error.message}.`);
      throw error;
    }
    request = async () => {
      const { account, key } = await addServiceAccountFromCommandLine(database.kysely, {
        organization,
        name: name ?? "",
        scopes,
        recipientName: values.recipient,
        now: new Date(),
      });
      process.stdout.write(
        [
          `Created service account "${account.name}" (${account.id}) with scopes ${account.scopes.join(", ")}.`,
          "Its key, shown this once (only its digest is kept); give it to the integration over a trusted channel:",
          `  ${key}`,
          "The integration sends it as: Authorization: Bearer <key>",
          "",
        ].join("\n"),
      );
    };
  } else if (action === "list") {
    request = async () => {
      const accounts = await listServiceAccountsFromCommandLine(database.kysely, organization);
      if (accounts.length === 0) process.stdout.write("No service accounts.\n");
      for (const account of accounts) {
        process.stdout.write(
          `${account.name}\t${account.status}\t${account.scopes.join(",")}\tlast used ${account.lastUsedAt ?? "never"}\t${account.id}\n`,
        );
      }
    };
  } else {
    request = async () => {
      const changed = await changeServiceAccountFromCommandLine(database.kysely, {
        organization,
        name: name ?? "",
        change: action,
        now: new Date(),
      });
      process.stdout.write(
        changed.key === undefined
          ? `Revoked service account "${changed.account.name}"; its key no longer works.\n`
          : `New key for "${changed.account.name}", shown this once; the old key no longer works:\n  ${changed.key}\n`,
      );
    };
  }
  const config = readServerConfig(environment, workingDirectory);
  const database: StepwiseDatabase = (await openServingDatabase(config, environment)).database;
  try {
    await request();
    return 0;
  } catch (error) {
    // Bad input exits 2 like any usage error; a missing organization or account, or a conflict, exits 1.
    if (error instanceof HttpProblem) {
      throw new UsageError(`${error.message.replace(/\.$/, "")}.`, error.status === 400 ? 2 : 1);
    }
    throw error;
  } finally {
    await database.close();
  }
}
