import { openServingDatabase, readServerConfig, verifyAuditChains } from "@stepwise/server";
import { UsageError } from "../usage-error.js";

const USAGE = "use `stepwise audit verify [--org <organization id>]`";

/**
 * `stepwise audit verify`: walks every organization's audit chain with the audit key
 * (STEPWISE_AUDIT_KEY or the key file beside the data folder) and reports the first broken link.
 * Exits 0 when every chain verifies, 1 when one is broken. It writes nothing.
 */
export async function audit(
  args: string[],
  environment: NodeJS.ProcessEnv,
  workingDirectory: string,
): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "verify") throw new UsageError(`${USAGE}.`);
  let chain: string | undefined;
  if (rest.length === 2 && rest[0] === "--org" && rest[1] !== undefined) chain = rest[1];
  else if (rest.length > 0) throw new UsageError(`${USAGE}.`);
  const config = readServerConfig(environment, workingDirectory);
  const { database, auditKey } = await openServingDatabase(config, environment);
  try {
    const report = await verifyAuditChains(database.kysely, auditKey, chain === undefined ? {} : { chain });
    if (report.broken !== null) {
      const { broken } = report;
      const where = broken.chain === "" ? "events without an organization" : `organization ${broken.chain}`;
      const place = broken.sequence === null ? "" : ` (position ${broken.sequence} in its chain)`;
      process.stdout.write(
        `The audit log is BROKEN. First broken link: ${where}, audit row ${broken.rowId}${place}: ${broken.reason}.\n`,
      );
      return 1;
    }
    process.stdout.write(
      `The audit log verifies: ${report.rows} row(s) in ${report.chains} chain(s), key ${auditKey.fingerprint}.\n`,
    );
    for (const head of report.heads) {
      process.stdout.write(
        `  ${head.chain === "" ? "(no organization)" : head.chain}: ${head.sequence} row(s), last seal ${head.hmac}…\n`,
      );
    }
    process.stdout.write(
      "Keep these last seals somewhere else: a log cut short at its end is found by comparing them.\n",
    );
    return 0;
  } finally {
    await database.close();
  }
}
