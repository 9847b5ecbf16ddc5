import { createReadStream } from "node:fs";

/** One line of an NDJSON file: its resource, or why the line is not JSON. */
export type NdjsonLine =
  | { readonly index: number; readonly line: number; readonly value: unknown }
  | { readonly index: number; readonly line: number; readonly error: string };

/**
 * The resources of an NDJSON file (FHIR Bulk Data export format, hl7.org/fhir/uv/bulkdata/export.html: one
 * resource per line). The file is pulled chunk by chunk only as fast as the lines are used (readline's async
 * iterator reads ahead and would hold much of a large file), so memory does not grow with the file. Blank lines
 * are skipped; `index` counts resources, `line` counts lines from 1.
 */
export async function* ndjsonResources(file: string): AsyncGenerator<NdjsonLine> {
  let line = 0;
  let index = 0;
  let rest = "";
  const parse = (text: string): NdjsonLine | undefined => {
    line += 1;
    if (text.trim() === "") return undefined;
    const at = index;
    index += 1;
    try {
      return { index: at, line, value: JSON.parse(text) };
    } catch (error) {
      const detail = error instanceof Error ? error.message.split("\n")[0] : "";
      return { index: at, line, error: `line ${line} is not valid JSON (${detail})` };
    }
  };
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      const parsed = parse(text.slice(start, end));
      start = end + 1;
      if (parsed !== undefined) yield parsed;
    }
    rest = text.slice(start);
  }
  const last = parse(rest);
  if (last !== undefined) yield last;
}
