import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "../../i18n/catalog-quality.js";
import type { Catalog } from "../../i18n/language.js";
import { adminCatalog } from "../admin/admin-messages.js";
import { clientCatalog } from "../clients/client-messages.js";
import { caseloadCatalog } from "./caseload-messages.js";

describe("the caseload, client and admin screens' English and Spanish texts", () => {
  const catalogs: [string, Catalog<string>][] = [
    ["caseload", caseloadCatalog],
    ["clients", clientCatalog],
    ["admin", adminCatalog],
  ];
  for (const [name, catalog] of catalogs) {
    it(`${name}: has a Spanish text for every English key, each translated, in person-first words`, () => {
      expect(missingSpanishKeys(catalog)).toEqual([]);
      expect(untranslatedKeys(catalog, new Set(["caseload.no", "client.urgentCount", "audit.csv"]))).toEqual(
        [],
      );
      expect(listLengthMismatches(catalog)).toEqual([]);
      expect(stigmatizingTexts(catalog)).toEqual([]);
    });
  }
});
