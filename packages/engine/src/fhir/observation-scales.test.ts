import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../placement/assess.js";
import { scalesFromObservations } from "./observation-scales.js";

const usCore = new URL("../../../../fixtures/fhir/us-core/", import.meta.url);
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(name, usCore), "utf8")) as Record<string, unknown>;

function itemObservation(code: string, answer: string) {
  return {
    resourceType: "Observation",
    status: "final",
    code: { coding: [{ system: "http://loinc.org", code }] },
    valueCodeableConcept: { coding: [{ system: "http://loinc.org", code: answer }] },
  };
}

describe("scales from screening Observations", () => {
  it("reads the US Core AUDIT-C total as AUDIT-C, not as the AUDIT it shares item codes with", () => {
    const { scales } = scalesFromObservations([
      { resource: fixture("Observation-AUDIT-C-panel-example-72109-2.json"), location: "panel" },
      { resource: fixture("Observation-AUDIT-C-item-example-75626-2.json"), location: "total" },
      { resource: itemObservation("68519-8", "LA15694-5"), location: "item 2" },
    ]);
    expect(scales.map((scale) => scale.instrument)).toEqual(["audit-c"]);
    expect(scales[0]?.total).toBe(0);
  });

  it("raises the suicide-risk flag from an item 9 Observation above zero, whatever total was sent", () => {
    const { scales } = scalesFromObservations([
      { resource: fixture("Observation-PHQ9-panel-example-44249-1.json"), location: "panel" },
      { resource: itemObservation("44260-8", "LA6570-1"), location: "item 9" },
    ]);
    expect(scales).toEqual([{ instrument: "phq-9", total: null, flags: [], itemScores: { "phq-9.9": 2 } }]);
    const result = assess({ modelVersion: "1", asOf: "2026-03-02", mode: "clinician", scales });
    expect(result.urgent.map((item) => item.tier)).toContain("same-day");
  });

  it("names the element of an item it cannot read, and ignores codes that are not a scale's", () => {
    expect(() =>
      scalesFromObservations([{ resource: itemObservation("44260-8", "LA0000-0"), location: "entry[3]" }]),
    ).toThrow("entry[3].value[x]");
    const { scales, ignored } = scalesFromObservations([
      {
        resource: { resourceType: "Observation", status: "final", code: { text: "Blood pressure" } },
        location: "x",
      },
    ]);
    expect(scales).toEqual([]);
    expect(ignored).toBe(1);
  });
});
