import { type AuditKey, loadAuditKey, useAuditKey } from "../audit/audit-key.js";
import { prepareDataDirectory, type ServerConfig } from "../config.js";
import { migrateToLatest, openDatabase, type StepwiseDatabase, sqliteTargetIn } from "./connection.js";
import { connectionRole, grantApplicationRole } from "./database-roles.js";

export interface ServingDatabase {
  readonly database: StepwiseDatabase;
  readonly auditKey: AuditKey;
  /** Migrations applied by this start. */
  readonly applied: readonly string[];
  /** Lines the command should print on standard error (never secrets). */
  readonly warnings: readonly string[];
}

/**
 * Opens the database the way every `stepwise` command that writes does: loads the audit key, brings
 * the schema up to date and, on PostgreSQL with `DATABASE_OWNER_URL`, runs the migrations as the
 * owner and gives the application's role (`DATABASE_URL`) only what it needs (database-roles.ts).
 * With one URL it still works, with a warning: that role owns the tables, so it could rewrite them.
 */
export async function openServingDatabase(
  config: ServerConfig,
  environment: NodeJS.ProcessEnv,
  options: { readonly migrate: boolean } = { migrate: true },
): Promise<ServingDatabase> {
  const warnings: string[] = [];
  const auditKey = loadAuditKey(environment, config.dataDirectory);
  useAuditKey(auditKey);
  if (auditKey.created) {
    warnings.push(
      `Created the audit key file ${auditKey.source}. Back it up apart from the database: without it the audit log cannot be verified.`,
    );
  }
  if (config.databaseUrl === undefined) {
    const database = openDatabase(sqliteTargetIn(prepareDataDirectory(config.dataDirectory)));
    const applied = options.migrate ? await migrateToLatest(database) : [];
    return { database, auditKey, applied, warnings };
  }
  const database = openDatabase({ kind: "postgres", url: config.databaseUrl });
  try {
    let applied: string[] = [];
    if (config.databaseOwnerUrl !== undefined) {
      const role = await connectionRole(database.kysely);
      const owner = openDatabase({ kind: "postgres", url: config.databaseOwnerUrl, poolSize: 1 });
      try {
        if (options.migrate) applied = await migrateToLatest(owner);
        await grantApplicationRole(owner.kysely, role.role, role.schema);
      } finally {
        await owner.close();
      }
    } else if (options.migrate) {
      applied = await migrateToLatest(database);
    }
    if ((await connectionRole(database.kysely)).ownsAuditLog) {
      warnings.push(
        "Warning: DATABASE_URL's role owns the tables, so a flaw in the application could rewrite the audit log. Set DATABASE_OWNER_URL to the owner and DATABASE_URL to a role that does not own them (docs/security.md §7).",
      );
    }
    if (auditKey.source !== "STEPWISE_AUDIT_KEY") {
      warnings.push(
        "Warning: with PostgreSQL, set STEPWISE_AUDIT_KEY to the same secret on every server instance; this instance uses its own key file.",
      );
    }
    return { database, auditKey, applied, warnings };
  } catch (error) {
    await database.close();
    throw error;
  }
}
