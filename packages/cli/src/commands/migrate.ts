import {
  migrateToLatest,
  openDatabase,
  prepareDataDirectory,
  readServerConfig,
  sqliteTargetIn,
} from "@stepwise/server";

/** `stepwise migrate`: brings the database schema up to date and says which migrations ran. */
export async function migrate(environment: NodeJS.ProcessEnv, workingDirectory: string): Promise<number> {
  const config = readServerConfig(environment, workingDirectory);
  const database = openDatabase(
    config.databaseUrl === undefined
      ? sqliteTargetIn(prepareDataDirectory(config.dataDirectory))
      : { kind: "postgres", url: config.databaseUrl },
  );
  try {
    const applied = await migrateToLatest(database);
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
