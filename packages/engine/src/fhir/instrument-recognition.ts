import { INSTRUMENTS } from "../instruments/instrument-catalogue.js";
import type { InstrumentDefinition, InstrumentItem } from "../instruments/instrument-definition.js";
import { INSTRUMENT_IDS } from "../instruments/scale-result.js";
import { DEFAULT_CANONICAL_BASE, questionnaireUrl } from "./canonical-urls.js";
import {
  type FhirCoding,
  LOINC_SYSTEM,
  type Questionnaire,
  type QuestionnaireItem,
} from "./fhir-resources.js";
import type { ResponseEntry } from "./response-entries.js";

/**
 * Which known scale a response is, and which of its items each linkId is — from the Questionnaire's LOINC
 * panel code or canonical URL, else from LOINC item codes (as linkIds like "/44250-9" or as Questionnaire
 * item codes) and our own linkIds. Form numbers are never used: "1" in a stranger's Questionnaire means nothing.
 */

interface RecognitionTables {
  readonly byPanel: Map<string, InstrumentDefinition>;
  readonly byTotalCode: Map<string, InstrumentDefinition>;
  readonly byCanonical: Map<string, InstrumentDefinition>;
  readonly byItemKey: Map<string, { definition: InstrumentDefinition; item: InstrumentItem }[]>;
  readonly itemKeysByDefinition: Map<InstrumentDefinition, Map<string, InstrumentItem>>;
}

let tables: RecognitionTables | undefined;

/** Built on first use, so bundles that never import a FHIR response (the self-check) pay nothing at load. */
function recognitionTables(): RecognitionTables {
  if (tables !== undefined) return tables;
  const built: RecognitionTables = {
    byPanel: new Map(),
    byTotalCode: new Map(),
    byCanonical: new Map(),
    byItemKey: new Map(),
    itemKeysByDefinition: new Map(),
  };
  for (const id of INSTRUMENT_IDS) {
    const definition = INSTRUMENTS[id];
    if (definition.loinc.panel !== undefined) {
      built.byPanel.set(definition.loinc.panel, definition);
      // LOINC's own FHIR Questionnaires use this canonical (docs/design/instruments.md §1.2, loinc.org/q/72109-2).
      built.byCanonical.set(`http://loinc.org/q/${definition.loinc.panel}`, definition);
    }
    if (definition.loinc.total !== undefined) built.byTotalCode.set(definition.loinc.total, definition);
    built.byCanonical.set(questionnaireUrl(id, DEFAULT_CANONICAL_BASE), definition);
    const keys = new Map<string, InstrumentItem>();
    for (const item of definition.items) {
      for (const key of [item.id, ...item.loinc, ...(item.importCodes ?? [])]) {
        keys.set(key, item);
        const list = built.byItemKey.get(key) ?? [];
        list.push({ definition, item });
        built.byItemKey.set(key, list);
      }
    }
    built.itemKeysByDefinition.set(definition, keys);
  }
  tables = built;
  return built;
}

function withoutSlash(linkId: string): string {
  return linkId.startsWith("/") ? linkId.slice(1) : linkId;
}

function isLoincOrUnsystematic(coding: FhirCoding): boolean {
  return coding.system === undefined || coding.system === LOINC_SYSTEM;
}

/** The keys a linkId may be known by: itself, without a leading slash, and its Questionnaire item's LOINC codes. */
export function itemKeys(linkId: string, questionnaireItem: QuestionnaireItem | undefined): string[] {
  const keys = [linkId];
  const bare = withoutSlash(linkId);
  if (bare !== linkId) keys.push(bare);
  for (const coding of questionnaireItem?.code ?? []) {
    if (coding.code !== undefined && isLoincOrUnsystematic(coding)) keys.push(coding.code);
  }
  return keys;
}

export function instrumentItemFor(
  definition: InstrumentDefinition,
  linkId: string,
  questionnaireItem: QuestionnaireItem | undefined,
): InstrumentItem | undefined {
  const keys = recognitionTables().itemKeysByDefinition.get(definition);
  if (keys === undefined) return undefined;
  // The common cases first, without building the key list: our linkId, then "/LOINC" as US Core and LHC write it.
  const direct = keys.get(linkId) ?? (linkId.charCodeAt(0) === 47 ? keys.get(linkId.slice(1)) : undefined);
  if (direct !== undefined || questionnaireItem === undefined) return direct;
  for (const key of itemKeys(linkId, questionnaireItem)) {
    const item = keys.get(key);
    if (item !== undefined) return item;
  }
  return undefined;
}

/** Whether a linkId (or its Questionnaire item) is the scale's LOINC total. */
export function isTotalOf(
  definition: InstrumentDefinition,
  linkId: string,
  questionnaireItem: QuestionnaireItem | undefined,
): boolean {
  const total = definition.loinc.total;
  return total !== undefined && itemKeys(linkId, questionnaireItem).includes(total);
}

function withoutVersion(canonical: string): string {
  const bar = canonical.indexOf("|");
  return bar === -1 ? canonical : canonical.slice(0, bar);
}

export function recognizeInstrument(
  responseCanonical: string | undefined,
  entries: readonly ResponseEntry[],
  questionnaire: Questionnaire | undefined,
  questionnaireItems: ReadonlyMap<string, QuestionnaireItem>,
): InstrumentDefinition | undefined {
  const { byPanel, byCanonical, byItemKey, byTotalCode } = recognitionTables();
  for (const coding of questionnaire?.code ?? []) {
    const found =
      coding.code === undefined || !isLoincOrUnsystematic(coding) ? undefined : byPanel.get(coding.code);
    if (found !== undefined) return found;
  }
  for (const canonical of [questionnaire?.url, responseCanonical]) {
    const found = canonical === undefined ? undefined : byCanonical.get(withoutVersion(canonical));
    if (found !== undefined) return found;
  }
  const matched = new Map<InstrumentDefinition, number>();
  const seen = new Set<InstrumentItem>();
  const totals = new Set<InstrumentDefinition>();
  const considerKey = (key: string) => {
    const candidates = byItemKey.get(key);
    if (candidates !== undefined) {
      for (const { definition, item } of candidates) {
        if (seen.has(item)) continue;
        seen.add(item);
        matched.set(definition, (matched.get(definition) ?? 0) + 1);
      }
    }
    const total = byTotalCode.get(key);
    if (total !== undefined) totals.add(total);
  };
  const consider = (linkId: string, questionnaireItem: QuestionnaireItem | undefined) => {
    if (questionnaireItem !== undefined) {
      for (const key of itemKeys(linkId, questionnaireItem)) considerKey(key);
      return;
    }
    // Without a Questionnaire item, the linkId itself or "/LOINC" (as US Core writes it); no arrays built.
    considerKey(linkId);
    if (linkId.charCodeAt(0) === 47) considerKey(linkId.slice(1));
  };
  for (const [linkId, questionnaireItem] of questionnaireItems) consider(linkId, questionnaireItem);
  for (const entry of entries) consider(entry.linkId, questionnaireItems.get(entry.linkId));
  for (const definition of totals) if (!matched.has(definition)) matched.set(definition, 0);
  let best: InstrumentDefinition | undefined;
  let bestScore = 0;
  for (const [definition, items] of matched) {
    // A stated LOINC total is a strong hint (PHQ-2 vs PHQ-9, AUDIT-C vs AUDIT); fewer items wins a tie.
    const score = items + (totals.has(definition) ? 0.5 : 0) - definition.items.length / 1000;
    if (score > bestScore) {
      best = definition;
      bestScore = score;
    }
  }
  return best;
}
