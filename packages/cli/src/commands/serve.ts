import { fileURLToPath } from "node:url";
import {
  buildApp,
  openServingDatabase,
  readCdsClientsFile,
  readServerConfig,
  requestLogSerializers,
} from "@stepwise/server";

/** Where the built web app sits relative to the bundled CLI (packages/cli/dist → packages/web/dist). */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL("../../web/dist", import.meta.url));
}

/**
 * `stepwise serve`: opens the database (SQLite under ./data unless DATABASE_URL is set), brings the
 * schema up to date, and serves the API and the web app until Ctrl-C or SIGTERM.
 */
export async function serve(environment: NodeJS.ProcessEnv, workingDirectory: string): Promise<number> {
  const config = readServerConfig(environment, workingDirectory);
  const cdsClients = config.cdsClientsFile === undefined ? [] : readCdsClientsFile(config.cdsClientsFile);
  const { database, warnings } = await openServingDatabase(config, environment);
  for (const warning of warnings) process.stderr.write(`${warning}\n`);
  const app = await buildApp({
    database,
    webRoot: environment.STEPWISE_WEB_ROOT ?? defaultWebRoot(),
    publicUrl: environment.STEPWISE_PUBLIC_URL?.trim() ? config.publicUrl : undefined,
    signInAttemptsPerMinute: config.signInAttemptsPerMinute,
    cdsClients,
    sessionIdleMinutes: config.sessionIdleMinutes,
    logger: {
      level: config.logLevel,
      serializers: requestLogSerializers,
      redact: ["req.headers", "password"],
    },
  });
  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    const code = (error as { code?: string }).code;
    if (code === "EADDRINUSE")
      throw new Error(`Port ${config.port} is already in use. Set PORT to a free port.`);
    if (code === "EACCES")
      throw new Error(`Port ${config.port} needs more privileges. Set PORT to 1024 or higher.`);
    throw error;
  }
  const port = new URL(address).port;
  process.stdout.write(
    `Stepwise is running at http://localhost:${port} (database: ${database.dialect} ${database.location})\n`,
  );
  process.stdout.write("Press Ctrl-C to stop.\n");

  return await new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      process.stdout.write(`\nStopping Stepwise (${signal})…\n`);
      void app
        .close()
        .then(() => database.close())
        .then(() => {
          process.stdout.write("Stopped.\n");
          resolve(0);
        });
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
