import { describe, expect, it } from "vitest";
import type { Rule } from "../rules/rule.js";
import { placeFromRules } from "./place.js";

const statement = { en: "test need", es: "necesidad de prueba" };
const need = (fields: Partial<Rule>): Rule => ({
  id: "need",
  kind: "placement",
  statement,
  sources: [],
  when: { always: true },
  ...fields,
});

describe("placeFromRules", () => {
  it("starts at early intervention with no withdrawal management when no need has fired", () => {
    expect(placeFromRules([])).toEqual({ level: "early-intervention", withdrawalManagement: "none" });
  });

  it("takes the most intensive level and setting any need calls for, never an average", () => {
    const placement = placeFromRules([
      need({ minimumLevel: "outpatient" }),
      need({ minimumLevel: "residential", withdrawalManagement: "ambulatory" }),
      need({ minimumLevel: "intensive-outpatient", withdrawalManagement: "medically-monitored" }),
      need({ withdrawalManagement: "residential" }),
    ]);
    expect(placement).toEqual({ level: "residential", withdrawalManagement: "medically-monitored" });
  });

  it("lets only placement rules set the level: a safety item or a consideration is not a need", () => {
    const placement = placeFromRules([
      need({
        kind: "safety",
        minimumLevel: "medically-managed-inpatient",
        withdrawalManagement: "medically-managed",
      }),
      need({ kind: "consideration", minimumLevel: "residential" }),
      need({ minimumLevel: "outpatient" }),
    ]);
    expect(placement).toEqual({ level: "outpatient", withdrawalManagement: "none" });
  });
});
