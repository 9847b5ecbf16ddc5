import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { INSTRUMENT_IDS, type InstrumentId, instrumentQuestionnaire, isInstrumentId } from "@stepwise/engine";
import { parseCommandLine } from "../command-line.js";
import { UsageError } from "../usage-error.js";

const USAGE =
  "usage: stepwise questionnaire export [--instrument <id>] [--out <folder>] [--base <canonical base URL>]";

interface ExportArguments {
  readonly instruments: readonly InstrumentId[];
  readonly out: string;
  readonly base: string | undefined;
}

export function parseQuestionnaireArguments(args: readonly string[]): ExportArguments {
  const [action, ...rest] = args;
  if (action !== "export") throw new UsageError(`say what to do with questionnaires. ${USAGE}`);
  const { values, positionals } = parseCommandLine(USAGE, () =>
    parseArgs({
      args: rest,
      options: {
        instrument: { type: "string", multiple: true },
        out: { type: "string" },
        base: { type: "string" },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}". ${USAGE}`);
  const wanted = values.instrument ?? [...INSTRUMENT_IDS];
  for (const id of wanted) {
    if (!isInstrumentId(id))
      throw new UsageError(
        `--instrument "${id}" is not known; known instruments: ${INSTRUMENT_IDS.join(", ")}.`,
      );
  }
  const base = values.base;
  if (base !== undefined && !/^https?:\/\/[^\s]+[^/]$/.test(base))
    throw new UsageError(`--base must be an http(s) URL without a trailing slash. ${USAGE}`);
  return { instruments: wanted as InstrumentId[], out: values.out ?? ".", base };
}

/**
 * `stepwise questionnaire export`: writes each scale as a FHIR R4 SDC Questionnaire (answer weights and the
 * total's calculatedExpression included), one file per instrument, `<id>.json`, and prints the files written.
 */
export async function questionnaire(args: readonly string[]): Promise<number> {
  const { instruments, out, base } = parseQuestionnaireArguments(args);
  try {
    mkdirSync(out, { recursive: true });
  } catch {
    throw new UsageError(`cannot create the folder "${out}".`);
  }
  for (const id of instruments) {
    const file = join(out, `${id}.json`);
    const resource = instrumentQuestionnaire(id, base === undefined ? {} : { canonicalBase: base });
    try {
      writeFileSync(file, `${JSON.stringify(resource, null, 2)}\n`);
    } catch {
      throw new UsageError(`cannot write "${file}".`);
    }
    process.stdout.write(`${file}\n`);
  }
  return 0;
}
