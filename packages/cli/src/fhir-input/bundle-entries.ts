import { createReadStream } from "node:fs";
import { parser } from "stream-json";
import Assembler from "stream-json/assembler.js";

export type StreamedJson =
  /** One element of the top-level `entry` list, as soon as it is complete. */
  | { readonly kind: "entry"; readonly index: number; readonly entry: unknown }
  /** Everything else at the top level, once the file ends (a single resource is all here). */
  | { readonly kind: "top"; readonly value: unknown };

/**
 * Reads a JSON file as a stream of tokens (stream-json), handing out each element of a Bundle's top-level
 * `entry` list as it completes, so a Bundle of any size is scored in flat memory. The rest of the top-level
 * object is small and is handed out last; a file that is not a Bundle arrives whole that way.
 */
const SCALAR_VALUES = new Set(["stringValue", "numberValue", "nullValue", "trueValue", "falseValue"]);

export async function* streamedJson(file: string): AsyncGenerator<StreamedJson> {
  const tokens = createReadStream(file).pipe(parser.asStream());
  const top = new Assembler();
  let depth = 0;
  let topKey: string | undefined;
  let inEntryList = false;
  let element: Assembler | undefined;
  let index = 0;
  for await (const token of tokens as AsyncIterable<{ name: string; value?: unknown }>) {
    const { name } = token;
    const step =
      name === "startObject" || name === "startArray"
        ? 1
        : name === "endObject" || name === "endArray"
          ? -1
          : 0;
    // Depth 2 is the `entry` list itself: every token below it belongs to one element.
    if (inEntryList && !(depth === 2 && name === "endArray")) {
      element ??= new Assembler();
      element.consume(token as never);
      depth += step;
      // Back at the list's depth after a closing bracket or a scalar: one element is complete.
      if (depth === 2 && (step === -1 || SCALAR_VALUES.has(name))) {
        const value = element.current;
        element = undefined;
        yield { kind: "entry", index, entry: value };
        index += 1;
      }
      continue;
    }
    if (depth === 1 && name === "keyValue") topKey = token.value as string;
    if (depth === 1 && topKey === "entry" && name === "startArray") inEntryList = true;
    else if (inEntryList && depth === 2 && name === "endArray") inEntryList = false;
    // The top-level object keeps an empty list where the entries were.
    top.consume(token as never);
    depth += step;
  }
  yield { kind: "top", value: top.current };
}
