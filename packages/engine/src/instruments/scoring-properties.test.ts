import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INSTRUMENTS } from "./instrument-catalogue.js";
import type { InstrumentDefinition } from "./instrument-definition.js";
import { INSTRUMENT_IDS } from "./scale-result.js";
import { scoreInstrument } from "./score-instrument.js";

/** Every item answered with any of its options: a complete response. */
function completeAnswers(definition: InstrumentDefinition) {
  return fc.record(
    Object.fromEntries(
      definition.items.map((item) => [
        item.id,
        fc.constantFrom(...item.options.map((option) => option.points)),
      ]),
    ),
  );
}

describe.each(INSTRUMENT_IDS.map((id) => [id, INSTRUMENTS[id]] as const))(
  "%s properties",
  (id, definition) => {
    it("keeps complete totals inside the published range, with a band", () => {
      fc.assert(
        fc.property(completeAnswers(definition), (answers) => {
          const result = scoreInstrument(id, answers);
          expect(result.total).not.toBeNull();
          expect(result.total).toBeGreaterThanOrEqual(definition.totalRange.min);
          expect(result.total).toBeLessThanOrEqual(definition.totalRange.max);
          expect(result.band).not.toBeNull();
          expect(result.missingItems).toEqual([]);
        }),
      );
    });

    it("never lowers the total when one answer is raised", () => {
      fc.assert(
        fc.property(
          completeAnswers(definition),
          fc.nat(definition.items.length - 1),
          fc.nat(),
          (answers, itemIndex, choice) => {
            const item = definition.items[itemIndex];
            if (item === undefined) return;
            const current = answers[item.id] ?? 0;
            const higher = item.options.map((option) => option.points).filter((points) => points > current);
            if (higher.length === 0) return;
            const raised = { ...answers, [item.id]: higher[choice % higher.length] ?? current };
            const before = scoreInstrument(id, answers).total ?? -1;
            const after = scoreInstrument(id, raised).total ?? -1;
            expect(after).toBeGreaterThanOrEqual(before);
          },
        ),
      );
    });

    it("keeps answeredTotal within range and lists exactly the missing items, for any subset answered", () => {
      fc.assert(
        fc.property(completeAnswers(definition), fc.func(fc.boolean()), (answers, keep) => {
          const partial = Object.fromEntries(Object.entries(answers).filter(([key]) => keep(key)));
          const result = scoreInstrument(id, partial);
          expect(result.answeredTotal).toBeLessThanOrEqual(definition.totalRange.max);
          for (const missing of result.missingItems) expect(partial[missing]).toBeUndefined();
          expect(result.total === null).toBe(result.missingItems.length > 0);
        }),
      );
    });
  },
);

/** Any subset of answers, each item present or not. */
function partialAnswers(definition: InstrumentDefinition) {
  return fc.record(
    Object.fromEntries(
      definition.items.map((item) => [
        item.id,
        fc.option(fc.constantFrom(...item.options.map((option) => option.points)), { nil: undefined }),
      ]),
    ),
  );
}

describe("safety flags follow their items whatever the other answers are", () => {
  it("PHQ-9 item 9 above zero always asks for a suicide-risk follow-up, and only then", () => {
    fc.assert(
      fc.property(partialAnswers(INSTRUMENTS["phq-9"]), fc.constantFrom(0, 1, 2, 3), (answers, item9) => {
        const result = scoreInstrument("phq-9", { ...answers, "phq-9.9": item9 });
        expect(result.flags.includes("suicide-risk-follow-up")).toBe(item9 > 0);
      }),
    );
  });

  it("an ASQ 'yes' to the acuity question is always acute; a positive screen is never left without a flag", () => {
    fc.assert(
      fc.property(partialAnswers(INSTRUMENTS.asq), (answers) => {
        const result = scoreInstrument("asq", answers);
        const acuity = answers["asq.5"];
        const positive = ["asq.1", "asq.2", "asq.3", "asq.4"].some((item) => (answers[item] ?? 0) > 0);
        if (acuity !== undefined && acuity > 0) expect(result.flags).toContain("asq-positive-acute");
        if (positive) expect(result.flags.length).toBeGreaterThan(0);
        if (!positive && !(acuity !== undefined && acuity > 0)) expect(result.flags).toEqual([]);
      }),
    );
  });

  it("CIWA-Ar: answered items adding to 19 or more always raise the severe flag", () => {
    fc.assert(
      fc.property(partialAnswers(INSTRUMENTS["ciwa-ar"]), (answers) => {
        const result = scoreInstrument("ciwa-ar", answers);
        const sum = Object.values(answers).reduce<number>((total, points) => total + (points ?? 0), 0);
        expect(result.flags.includes("alcohol-withdrawal-severe")).toBe(sum >= 19);
      }),
    );
  });

  it("COWS: a complete total above 36 always raises the severe opioid withdrawal flag", () => {
    fc.assert(
      fc.property(completeAnswers(INSTRUMENTS.cows), (answers) => {
        const result = scoreInstrument("cows", answers);
        expect(result.flags.includes("opioid-withdrawal-severe")).toBe((result.total ?? 0) > 36);
      }),
    );
  });
});
