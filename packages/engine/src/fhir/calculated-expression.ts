import type { InstrumentDefinition, InstrumentItem } from "../instruments/instrument-definition.js";

/**
 * The SDC `calculatedExpression` (FHIRPath) for a scale's total, written so that, evaluated with npm
 * `fhirpath` on a response and its Questionnaire (%questionnaire, for `weight()`), it gives exactly the
 * engine's total — including "nothing" when a required answer is missing (SDC weight(), see
 * docs/design/instruments.md §2.1).
 */

function quote(linkId: string): string {
  return `'${linkId.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

function answersOf(linkIds: readonly string[]): string {
  if (linkIds.length === 1) return `%resource.repeat(item).where(linkId = ${quote(linkIds[0] ?? "")}).answer`;
  return `%resource.repeat(item).where(${linkIds.map((linkId) => `linkId = ${quote(linkId)}`).join(" or ")}).answer`;
}

function weightSum(linkIds: readonly string[]): string {
  return `${answersOf(linkIds)}.weight().sum()`;
}

function shownCondition(item: InstrumentItem): string | undefined {
  if (item.shownWhen === undefined) return undefined;
  return item.shownWhen.anyOf
    .map((condition) => `${weightSum([condition.item])} >= ${condition.minPoints}`)
    .join(" or ");
}

function completeness(definition: InstrumentDefinition): string {
  const always = definition.items
    .filter((item) => item.required && item.shownWhen === undefined)
    .map((item) => item.id);
  const parts: string[] = [];
  if (always.length > 0) parts.push(`${answersOf(always)}.count() = ${always.length}`);
  for (const item of definition.items) {
    const shown = shownCondition(item);
    if (!item.required || shown === undefined) continue;
    parts.push(`((${shown}) implies ${answersOf([item.id])}.exists())`);
  }
  return parts.join(" and ");
}

function shownSum(items: readonly InstrumentItem[]): string {
  const plain = items.filter((item) => item.shownWhen === undefined).map((item) => item.id);
  const terms = plain.length > 0 ? [weightSum(plain)] : [];
  for (const item of items) {
    const shown = shownCondition(item);
    if (shown !== undefined) terms.push(`iif(${shown}, ${weightSum([item.id])}, 0)`);
  }
  return terms.length === 0 ? "0" : terms.map((term) => `(${term})`).join(" + ");
}

function totalExpression(definition: InstrumentDefinition): string {
  const counting = definition.items.filter((item) => item.countsTowardTotal);
  switch (definition.totalRule) {
    case "sum":
      return shownSum(counting);
    case "count-positive":
      return `${answersOf(counting.map((item) => item.id))}.where(weight() > 0).count()`;
    case "highest-substance": {
      const substances = [...new Set(counting.map((item) => item.substance ?? ""))];
      const perSubstance = substances.map(
        (substance) => `(${shownSum(counting.filter((item) => (item.substance ?? "") === substance))})`,
      );
      return `(${perSubstance.join(" | ")}).max()`;
    }
  }
}

export function totalCalculatedExpression(definition: InstrumentDefinition): string {
  return `iif(${completeness(definition)}, ${totalExpression(definition)}, {})`;
}
