/**
 * Fingerprints that tie a generated file to what it was written from, so a test can tell when it is out of
 * date (README "Generated files"). Pure text functions: the generators and the tests read the files.
 */

/** A short fingerprint of a text: FNV-1a, 32 bits, in hex. */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const FACTS_START = "export const FACTS = {";
const FACTS_END = "} as const satisfies";

/** The FACTS table's text in facts.ts' source: what every-fact.generated.ts copies its readings from. */
export function factsTableText(factsSource: string): string {
  const start = factsSource.indexOf(FACTS_START);
  const end = factsSource.indexOf(FACTS_END, start);
  if (start === -1 || end === -1) throw new Error(`facts.ts: no "${FACTS_START} … ${FACTS_END}" table`);
  return factsSource.slice(start, end);
}
