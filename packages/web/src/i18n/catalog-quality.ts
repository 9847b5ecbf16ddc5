import type { Catalog, CatalogEntry } from "./language.js";

/**
 * Checks every catalog's tests run: Spanish complete, nothing left in English, lists the same length,
 * person-first words only (NIDA "Words Matter", docs/design/consumer.md §5.3).
 */
export function missingSpanishKeys<Key extends string>(catalog: Catalog<Key>): string[] {
  const spanish = new Set(Object.keys(catalog.es));
  return Object.keys(catalog.en).filter((key) => !spanish.has(key));
}

export function untranslatedKeys<Key extends string>(
  catalog: Catalog<Key>,
  sameInBoth: ReadonlySet<string>,
): string[] {
  return (Object.keys(catalog.en) as Key[]).filter(
    (key) => !sameInBoth.has(key) && JSON.stringify(catalog.en[key]) === JSON.stringify(catalog.es[key]),
  );
}

export function listLengthMismatches<Key extends string>(catalog: Catalog<Key>): string[] {
  return (Object.keys(catalog.en) as Key[]).filter((key) => {
    const english = catalog.en[key];
    const spanish = catalog.es[key];
    return Array.isArray(english) && (!Array.isArray(spanish) || spanish.length !== english.length);
  });
}

const STIGMATIZING =
  /\b(addicts?|abusers?|junkies?|alcoholics?|drunks?|clean|dirty|substance abuse|adict[oa]s?|drogadict[oa]s?|abuso de sustancias)\b/i;

export function stigmatizingTexts<Key extends string>(catalog: Catalog<Key>): string[] {
  const texts: CatalogEntry[] = [
    ...Object.values<CatalogEntry>(catalog.en),
    ...Object.values<CatalogEntry>(catalog.es),
  ];
  return texts.flat().filter((text) => STIGMATIZING.test(text));
}
