import type { z } from "zod";
import { HttpProblem } from "../problem.js";

/**
 * Validates a request body against a schema (ASVS 5.0 2.2.1–2.2.2, positive validation on the server).
 * A bad body answers 400 with one entry per bad field, naming the field and what was expected.
 * Zod returns fresh objects with only the declared keys, which also blocks mass assignment (15.3.3).
 */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.join(".") || "(body)",
    message: issue.message,
  }));
  throw new HttpProblem(
    400,
    "Bad Request",
    errors.map((error) => `${error.field}: ${error.message}`).join(" "),
    errors,
  );
}
