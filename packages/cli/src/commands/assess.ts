import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type Assessment,
  assess as assessEngine,
  decideTransition,
  describePlacement,
  describeTransition,
  isLevelOfCare,
  type PlacementResult,
  validateAssessment,
  voiceFor,
} from "@stepwise/engine";
import { parseCommandLine } from "../command-line.js";
import { UsageError } from "../usage-error.js";

const USAGE = "usage: stepwise assess [--previous <earlier.json>] [--language en|es] <assessment.json>";

interface AssessArguments {
  readonly file: string;
  readonly previous: string | null;
  readonly language: "en" | "es" | null;
}

export function parseAssessArguments(args: readonly string[]): AssessArguments {
  const { values, positionals } = parseCommandLine(USAGE, () =>
    parseArgs({
      args: [...args],
      options: { previous: { type: "string" }, language: { type: "string" } },
      allowPositionals: true,
      strict: true,
    }),
  );
  const language = values.language ?? null;
  if (language !== null && language !== "en" && language !== "es")
    throw new UsageError(`--language must be en or es. ${USAGE}`);
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(`no assessment file given. ${USAGE}`);
  if (extra.length > 0) throw new UsageError(`give one assessment file. ${USAGE}`);
  return { file, previous: values.previous ?? null, language };
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

/** Reads and validates an assessment; every bad field's path goes into one line. */
export function readAssessment(file: string): Assessment {
  const validation = validateAssessment(readJson(file));
  if (validation.ok) return validation.assessment;
  const problems = validation.problems.map((problem) => `${problem.path}: ${problem.message}`).join("; ");
  throw new UsageError(`"${file}" is not a valid assessment: ${problems}`);
}

/** The earlier file may be an assessment (placed again here) or a result printed by `stepwise assess`. */
function readPrevious(file: string): PlacementResult {
  const json = readJson(file);
  if (json !== null && typeof json === "object" && "rulesetVersion" in json) {
    const result = json as Partial<PlacementResult>;
    const levelOk = result.level === null || isLevelOfCare(result.level);
    if (
      !levelOk ||
      !Array.isArray(result.reasons) ||
      typeof result.choice !== "object" ||
      result.choice === null
    )
      throw new UsageError(
        `"${file}" looks like an earlier result but lacks a valid level, reasons or choice; give the earlier assessment instead.`,
      );
    return result as PlacementResult;
  }
  const validation = validateAssessment(json);
  if (!validation.ok) {
    const problems = validation.problems.map((problem) => `${problem.path}: ${problem.message}`).join("; ");
    throw new UsageError(`"${file}" is not a valid assessment: ${problems}`);
  }
  return assessEngine(validation.assessment);
}

/**
 * While answers that matter for safety are missing the engine cannot suggest a level: say so on stderr in
 * one line with what to ask, so the JSON on stdout stays machine-readable.
 */
function warnWhenAnswersAreNeeded(placement: PlacementResult, language: "en" | "es"): void {
  if (placement.levelStatus !== "needs-answers") return;
  const words = describePlacement(placement, language);
  const questions = words.mustAsk.map((question, index) => `(${index + 1}) ${question}`).join(" ");
  process.stderr.write(
    `${words.levelStatus?.text ?? ""} ${questions} ${words.levelStatus?.floor ?? ""}`.trim(),
  );
  process.stderr.write("\n");
}

/** `stepwise assess`: prints the placement (and, with --previous, the transition) as JSON. */
export async function assess(args: readonly string[]): Promise<number> {
  const options = parseAssessArguments(args);
  const assessment = readAssessment(options.file);
  let output: Record<string, unknown>;
  if (options.previous !== null) {
    const previous = readPrevious(options.previous);
    const { placement, transition } = decideTransition({ previous, reassessment: assessment });
    output = { ...placement, transition };
    if (options.language !== null)
      output.description = {
        ...describePlacement(placement, options.language),
        transition: describeTransition(transition, options.language, voiceFor(placement)),
      };
  } else {
    const placement = assessEngine(assessment);
    output = { ...placement };
    if (options.language !== null) output.description = describePlacement(placement, options.language);
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  warnWhenAnswersAreNeeded(output as unknown as PlacementResult, options.language ?? "en");
  return 0;
}
