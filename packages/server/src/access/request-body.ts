import type { z } from "zod";
import { HttpProblem } from "../problem.js";

/** Where a value of the request comes from; it names the field when the value has no key of its own. */
export type RequestPart = "path" | "query" | "body";

type FieldError = { readonly field: string; readonly message: string };

function fieldErrorsOf(issue: z.core.$ZodIssue, part: RequestPart): FieldError[] {
  if (issue.code === "unrecognized_keys") {
    // One entry per unknown key, named as the client wrote it, so the client sees which one to drop.
    return issue.keys.map((key) => ({
      field: [...issue.path, key].join("."),
      message:
        part === "query"
          ? `${key} is not a parameter of this address. Remove it.`
          : `${key} is not a field of this ${part === "path" ? "address" : "request"}. Remove it (unrecognized key "${key}").`,
    }));
  }
  return [{ field: issue.path.join(".") || `(${part})`, message: issue.message }];
}

/**
 * Validates one part of a request (its path parameters, query or body) against a schema (ASVS 5.0
 * 2.2.1–2.2.2, positive validation on the server). A bad value answers 400 with one entry per bad
 * field, naming the field and what was expected. Zod returns fresh objects with only the declared
 * keys, which also blocks mass assignment (ASVS 5.0 15.3.3).
 */
export function parseRequestPart<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  part: RequestPart,
): z.output<Schema> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue) => fieldErrorsOf(issue, part));
  throw new HttpProblem(
    400,
    "Bad Request",
    errors.map((error) => `${error.field}: ${error.message}`).join(" "),
    errors,
  );
}

/** Validates a request body; see `parseRequestPart`. */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  return parseRequestPart(schema, body, "body");
}
