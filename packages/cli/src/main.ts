import { ConfigError, DatabaseStartupError } from "@stepwise/server";
import { assess } from "./commands/assess.js";
import { audit } from "./commands/audit.js";
import { backup } from "./commands/backup.js";
import { migrate } from "./commands/migrate.js";
import { programs } from "./commands/programs.js";
import { questionnaire } from "./commands/questionnaire.js";
import { schema } from "./commands/schema.js";
import { scoreResponse } from "./commands/score-response.js";
import { serve } from "./commands/serve.js";
import { serviceAccounts } from "./commands/service-accounts.js";
import { users } from "./commands/users.js";
import { UsageError } from "./usage-error.js";

type Command = (args: string[]) => Promise<number>;

/**
 * Every `stepwise` sub-command. Each takes the remaining arguments and returns the exit code.
 * A new command is one entry here; its usage line is its summary.
 */
export const commands: Record<string, { summary: string; run: Command }> = {
  serve: {
    summary: "start the web app and API (PORT, DATABASE_URL, STEPWISE_DATA_DIR)",
    run: () => serve(process.env, process.cwd()),
  },
  assess: {
    summary: "[--previous <earlier.json>] [--language en|es] <assessment.json>: level of care, explained",
    run: (args) => assess(args),
  },
  "score-response": {
    summary:
      "<response.json|bundle.json|file.ndjson> [--ndjson] [--questionnaire <q.json>] [--sex male|female] [--observations] [--lenient]: score FHIR QuestionnaireResponses (Bundles and NDJSON streamed, one line each)",
    run: (args) => scoreResponse(args),
  },
  questionnaire: {
    summary:
      "export [--instrument <id>] [--out <folder>] [--base <url>]: write each scale as a FHIR R4 Questionnaire",
    run: (args) => questionnaire(args),
  },
  schema: {
    summary: "assessment: print the assessment model as JSON Schema",
    run: (args) => schema(args),
  },
  migrate: {
    summary: "bring the database schema up to date",
    run: () => migrate(process.env, process.cwd()),
  },
  users: {
    summary: "add --org <org> --email <email> --role <role> | disable <email> [--org <org>]",
    run: (args) => users(args, process.env, process.cwd()),
  },
  "service-accounts": {
    summary:
      "add --org <org> --name <name> --scope <score|assess|records.read>[,…] [--recipient <name>] | list --org <org> | rotate|revoke --org <org> --name <name>",
    run: (args) => serviceAccounts(args, process.env, process.cwd()),
  },
  programs: {
    summary:
      "import <listing.json|.ndjson>…: load FindTreatment.gov locator listings into the program finder",
    run: (args) => programs(args, process.env, process.cwd()),
  },
  audit: {
    summary: "verify [--org <id>]: check the audit log's HMAC chains and report the first broken link",
    run: (args) => audit(args, process.env, process.cwd()),
  },
  backup: {
    summary: "<file>: copy the SQLite database safely while the server runs",
    run: (args) => backup(args, process.env, process.cwd()),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, command]) => `  stepwise ${name.padEnd(16)} ${command.summary}`,
  );
  return `Usage:\n${lines.join("\n")}\n`;
}

/** Runs one command. Errors a person can fix print as one line; nothing prints a stack trace. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`stepwise: unknown command "${name}". Run "stepwise help" to see the commands.\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`stepwise ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ConfigError || error instanceof DatabaseStartupError) {
      process.stderr.write(`stepwise ${name}: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`stepwise ${name}: ${message.split("\n")[0]}\n`);
    return 1;
  }
}
