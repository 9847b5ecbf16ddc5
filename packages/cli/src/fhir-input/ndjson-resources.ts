import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** One line of an NDJSON file: its resource, or why the line is not JSON. */
export type NdjsonLine =
  | { readonly index: number; readonly line: number; readonly value: unknown }
  | { readonly index: number; readonly line: number; readonly error: string };

/**
 * The resources of an NDJSON file (FHIR Bulk Data export format, hl7.org/fhir/uv/bulkdata/export.html: one
 * resource per line), read line by line so memory does not grow with the file. Blank lines are skipped;
 * `index` counts resources, `line` counts lines from 1.
 */
export async function* ndjsonResources(file: string): AsyncGenerator<NdjsonLine> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let line = 0;
  let index = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === "") continue;
    try {
      yield { index, line, value: JSON.parse(text) };
    } catch (error) {
      const detail = error instanceof Error ? error.message.split("\n")[0] : "";
      yield { index, line, error: `line ${line} is not valid JSON (${detail})` };
    }
    index += 1;
  }
}
