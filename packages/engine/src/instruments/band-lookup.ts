import type { Band, InstrumentDefinition } from "./instrument-definition.js";

export type Sex = "male" | "female";

/** The bands that apply: AUDIT-C's depend on sex; without a sex, the women's (lower, safer) cut-off. */
export function bandsFor(definition: InstrumentDefinition, sex: Sex | undefined): readonly Band[] {
  if (definition.bandsBySex === undefined) return definition.bands;
  return sex === "male" ? definition.bandsBySex.male : definition.bandsBySex.female;
}

/** The first band whose range holds the total (ASQ's two positive bands share a range; see asq-reading.ts). */
export function bandContaining(bands: readonly Band[], total: number): Band | undefined {
  for (const band of bands) {
    if (total >= band.min && total <= band.max) return band;
  }
  return undefined;
}
