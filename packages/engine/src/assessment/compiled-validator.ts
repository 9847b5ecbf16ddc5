/**
 * A fast yes/no check compiled once from the zod schema's own definition (objects, enums, literals,
 * numbers and strings with their checks, arrays, records, optional and nullable). Valid input, the usual
 * case, passes without building zod's issue objects; anything it rejects, or any part it does not know,
 * goes to zod itself, which names each bad field. Both read the same schema, so they cannot disagree on
 * what is valid (checked by a property test).
 */
import type { z } from "zod";

type Check = (value: unknown) => boolean;

interface Definition {
  readonly type: string;
  readonly [key: string]: unknown;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/** One of a few allowed values: a short loop of strict comparisons beats a set lookup at these sizes. */
function oneOf(values: readonly unknown[]): Check {
  const allowed = [...new Set(values)];
  return (value) => {
    for (const option of allowed) if (option === value) return true;
    return false;
  };
}

/** Every check in turn, composed once into one function (no array walk per value). */
function allChecks(tests: readonly Check[]): Check {
  return tests.reduce((first, next) => (value) => first(value) && next(value));
}

function numberCheck(checks: readonly { _zod: { def: Record<string, unknown> } }[]): Check | null {
  const tests: Check[] = [(value) => typeof value === "number" && Number.isFinite(value)];
  for (const check of checks) {
    const def = check._zod.def;
    if (def.check === "number_format" && def.format === "safeint")
      tests.push((value) => Number.isSafeInteger(value));
    else if (def.check === "greater_than") {
      const limit = def.value as number;
      tests.push(
        def.inclusive ? (value) => (value as number) >= limit : (value) => (value as number) > limit,
      );
    } else if (def.check === "less_than") {
      const limit = def.value as number;
      tests.push(
        def.inclusive ? (value) => (value as number) <= limit : (value) => (value as number) < limit,
      );
    } else return null;
  }
  return allChecks(tests);
}

function stringCheck(checks: readonly { _zod: { def: Record<string, unknown> } }[]): Check | null {
  const tests: Check[] = [(value) => typeof value === "string"];
  for (const check of checks) {
    const def = check._zod.def;
    if (def.check === "string_format" && def.format === "regex") {
      const pattern = def.pattern as RegExp;
      tests.push((value) => pattern.test(value as string));
    } else if (def.check === "max_length") {
      const maximum = def.maximum as number;
      tests.push((value) => (value as string).length <= maximum);
    } else if (def.check === "custom" && typeof def.fn === "function") {
      const fn = def.fn as (value: unknown) => unknown;
      tests.push((value) => fn(value) === true);
    } else return null;
  }
  return allChecks(tests);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function compileValidator(schema: z.ZodType): Check {
  const def = definitionOf(schema);
  const fallback: Check = (value) => schema.safeParse(value).success;
  switch (def.type) {
    case "optional":
    case "nullable": {
      // "Unknown" fields are optional and nullable (missing or null): one check for both layers.
      const inner = definitionOf(def.innerType as z.ZodType);
      const bothLayers = inner.type === "optional" || inner.type === "nullable";
      if (bothLayers && inner.type !== def.type) {
        const innermost = compileValidator(inner.innerType as z.ZodType);
        return (value) => value === undefined || value === null || innermost(value);
      }
      const check = compileValidator(def.innerType as z.ZodType);
      return def.type === "optional"
        ? (value) => value === undefined || check(value)
        : (value) => value === null || check(value);
    }
    case "boolean":
      return (value) => typeof value === "boolean";
    case "enum":
      return oneOf(Object.values(def.entries as Record<string, unknown>));
    case "literal":
      return oneOf(def.values as unknown[]);
    case "number":
      return numberCheck((def.checks ?? []) as never) ?? fallback;
    case "string":
      return stringCheck((def.checks ?? []) as never) ?? fallback;
    case "array": {
      const element = compileValidator(def.element as z.ZodType);
      return (value) => Array.isArray(value) && value.every(element);
    }
    case "record": {
      const key = compileValidator(def.keyType as z.ZodType);
      const item = compileValidator(def.valueType as z.ZodType);
      return (value) => isPlainObject(value) && Object.entries(value).every(([k, v]) => key(k) && item(v));
    }
    case "object": {
      const catchall = def.catchall === undefined ? undefined : definitionOf(def.catchall as z.ZodType).type;
      if (catchall !== "never") return fallback;
      const checks = new Map<string, Check>(
        Object.entries(def.shape as Record<string, z.ZodType>).map(([name, field]) => [
          name,
          compileValidator(field),
        ]),
      );
      // Most fields may be missing (unknown); only the others must be looked for by name.
      const required = [...checks].filter(([, check]) => !check(undefined)).map(([name]) => name);
      const names = [...checks.keys()];
      const fieldChecks = [...checks.values()];
      // Walk the keys the object has rather than every field the schema names: an assessment names a
      // few of its many optional fields, and reading a key inside `for…in` over the same object is
      // V8's fast path. Keys usually arrive in the schema's own order, so each is first looked for
      // ahead of the last one found (comparing interned names is cheap); a key out of order, or not in
      // the schema, is looked up by name.
      return (value) => {
        if (!isPlainObject(value)) return false;
        let cursor = 0;
        for (const name in value) {
          let at = cursor;
          while (at < names.length && names[at] !== name) at++;
          let check: Check | undefined;
          if (at < names.length) {
            check = fieldChecks[at];
            cursor = at + 1;
          } else check = checks.get(name);
          if (check === undefined || !check(value[name])) return false;
        }
        for (const name of required) if (value[name] === undefined) return false;
        return true;
      };
    }
    default:
      return fallback;
  }
}
