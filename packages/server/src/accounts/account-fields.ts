import { z } from "zod";

/**
 * Account fields (addresses, names, passwords, codes, link tokens) never hold control characters:
 * a NUL cannot be stored in PostgreSQL text at all (it answered 500), SQLite stored it as given, and
 * other control characters only serve to fool log readers and screens (OWASP Input Validation Cheat
 * Sheet: allow-list the characters a field can hold). Refused with 400 naming the field.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

export const NO_CONTROL_CHARACTERS =
  "Use letters, numbers, spaces and punctuation only (no control characters).";

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/** A string schema that refuses control characters before any other check runs. */
export function accountText(required: string): z.ZodString {
  return z
    .string({ error: required })
    .regex(new RegExp(`^[^${CONTROL_CHARACTER.source.slice(1, -1)}]*$`), { error: NO_CONTROL_CHARACTERS });
}
