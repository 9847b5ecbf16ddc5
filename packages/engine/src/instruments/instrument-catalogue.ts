import { UnknownInstrumentError } from "./answer-errors.js";
import { ASQ } from "./asq.js";
import { AUDIT } from "./audit.js";
import { AUDIT_C } from "./audit-c.js";
import { CIWA_AR } from "./ciwa-ar.js";
import { COWS } from "./cows.js";
import { DAST_10 } from "./dast-10.js";
import { GAD_7 } from "./gad-7.js";
import type { InstrumentDefinition } from "./instrument-definition.js";
import { PHQ_2 } from "./phq-2.js";
import { PHQ_9 } from "./phq-9.js";
import { INSTRUMENT_IDS, type InstrumentId } from "./scale-result.js";
import { TAPS_1 } from "./taps-1.js";
import { TAPS_2 } from "./taps-2.js";

/** Every validated scale Stepwise scores, by its documented id. */
export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  audit: AUDIT,
  "audit-c": AUDIT_C,
  "dast-10": DAST_10,
  "taps-1": TAPS_1,
  "taps-2": TAPS_2,
  "ciwa-ar": CIWA_AR,
  cows: COWS,
  "phq-9": PHQ_9,
  "phq-2": PHQ_2,
  "gad-7": GAD_7,
  asq: ASQ,
};

export function isInstrumentId(value: string): value is InstrumentId {
  return (INSTRUMENT_IDS as readonly string[]).includes(value);
}

export function instrumentDefinition(id: string): InstrumentDefinition {
  if (!isInstrumentId(id)) throw new UnknownInstrumentError(id, INSTRUMENT_IDS);
  return INSTRUMENTS[id];
}
