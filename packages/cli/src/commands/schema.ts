import { assessmentJsonSchema } from "@stepwise/engine";
import { UsageError } from "../usage-error.js";

const SCHEMAS: Record<string, () => Record<string, unknown>> = {
  assessment: assessmentJsonSchema,
};

/** `stepwise schema <name>`: prints a JSON Schema (draft 2020-12). */
export async function schema(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  const names = Object.keys(SCHEMAS).join(", ");
  if (name === undefined || rest.length > 0)
    throw new UsageError(`usage: stepwise schema <name> (one of: ${names})`);
  const build = SCHEMAS[name];
  if (build === undefined) throw new UsageError(`unknown schema "${name}"; choose one of: ${names}`);
  process.stdout.write(`${JSON.stringify(build(), null, 2)}\n`);
  return 0;
}
