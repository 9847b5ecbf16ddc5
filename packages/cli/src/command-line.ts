import { UsageError } from "./usage-error.js";

/**
 * Runs a `node:util` `parseArgs` call and turns what it refuses (an unknown option, an option without its
 * value) into one line that ends with the command's usage, exit code 2.
 */
export function parseCommandLine<T>(usage: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new UsageError(`unknown option "${option}". ${usage}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new UsageError(`${option} needs a value. ${usage}`);
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
      throw new UsageError(`unexpected argument. ${usage}`);
    throw error;
  }
}
