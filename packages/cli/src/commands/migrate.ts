import { openServingDatabase, readServerConfig } from "@stepwise/server";

/** `stepwise migrate`: brings the database schema up to date and says which migrations ran. */
export async function migrate(environment: NodeJS.ProcessEnv, workingDirectory: string): Promise<number> {
  const config = readServerConfig(environment, workingDirectory);
  const { database, applied, warnings } = await openServingDatabase(config, environment);
  for (const warning of warnings) process.stderr.write(`${warning}\n`);
  try {
    process.stdout.write(
      applied.length === 0
        ? `The ${database.dialect} database is up to date.\n`
        : `Applied ${applied.length} migration(s) to ${database.dialect}: ${applied.join(", ")}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
