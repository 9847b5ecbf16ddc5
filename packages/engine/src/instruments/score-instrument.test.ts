import { describe, expect, it } from "vitest";
import { AnswerOutOfRangeError, UnknownInstrumentError, UnknownItemError } from "./answer-errors.js";
import { INSTRUMENTS } from "./instrument-catalogue.js";
import type { InstrumentDefinition } from "./instrument-definition.js";
import type { InstrumentId } from "./scale-result.js";
import { scoreInstrument } from "./score-instrument.js";

/** Answers (by item id → points) that reach exactly `total` on a summed scale, filling items in order. */
function answersReaching(definition: InstrumentDefinition, total: number): Record<string, number> {
  let remaining = total;
  const answers: Record<string, number> = {};
  for (const item of definition.items) {
    if (!item.countsTowardTotal) continue;
    const points = item.options
      .map((option) => option.points)
      .filter((value) => value <= remaining)
      .sort((a, b) => b - a)[0];
    if (points === undefined) throw new Error(`cannot reach ${total} on ${definition.id}`);
    answers[item.id] = points;
    remaining -= points;
  }
  if (remaining !== 0) throw new Error(`cannot reach ${total} on ${definition.id}`);
  return answers;
}

/** Band edges and their neighbours, written out from docs/design/instruments.md (not read from the code). */
const bandEdges: Record<string, [number, string][]> = {
  "phq-9": [
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderately-severe"],
    [19, "moderately-severe"],
    [20, "severe"],
    [27, "severe"],
  ],
  "phq-2": [
    [0, "negative"],
    [2, "negative"],
    [3, "positive"],
    [6, "positive"],
  ],
  "gad-7": [
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "severe"],
    [21, "severe"],
  ],
  audit: [
    [0, "low-risk"],
    [7, "low-risk"],
    [8, "hazardous"],
    [15, "hazardous"],
    [16, "harmful"],
    [19, "harmful"],
    [20, "possible-dependence"],
    [40, "possible-dependence"],
  ],
  "dast-10": [
    [0, "none"],
    [1, "low"],
    [2, "low"],
    [3, "moderate"],
    [5, "moderate"],
    [6, "substantial"],
    [8, "substantial"],
    [9, "severe"],
    [10, "severe"],
  ],
  "ciwa-ar": [
    [0, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [18, "moderate"],
    [19, "severe"],
    [67, "severe"],
  ],
  cows: [
    [0, "none"],
    [4, "none"],
    [5, "mild"],
    [12, "mild"],
    [13, "moderate"],
    [24, "moderate"],
    [25, "moderately-severe"],
    [36, "moderately-severe"],
    [37, "severe"],
    [48, "severe"],
  ],
};

describe("band edges and their neighbours", () => {
  for (const [id, edges] of Object.entries(bandEdges)) {
    it.each(edges)(`${id}: total %i is %s`, (total, band) => {
      const result = scoreInstrument(id, answersReaching(INSTRUMENTS[id as InstrumentId], total));
      expect(result.total).toBe(total);
      expect(result.band).toBe(band);
      expect(result.missingItems).toEqual([]);
    });
  }

  it.each([
    [2, "negative", "negative"],
    [3, "negative", "positive"],
    [4, "positive", "positive"],
  ])("AUDIT-C total %i reads %s for men and %s for women", (total, male, female) => {
    const answers = answersReaching(INSTRUMENTS["audit-c"], total);
    expect(scoreInstrument("audit-c", answers, { sex: "male" }).band).toBe(male);
    expect(scoreInstrument("audit-c", answers, { sex: "female" }).band).toBe(female);
    const unknownSex = scoreInstrument("audit-c", answers);
    expect(unknownSex.readingsBySex).toEqual({ male, female });
    expect(unknownSex.band).toBe(female);
    expect(scoreInstrument("audit-c", answers, { sex: "male" }).readingsBySex).toBeUndefined();
  });
});

describe("published examples", () => {
  it("scores the US Core 9.0.0 PHQ-9 example as 12, moderate, with item 9 negative", () => {
    const result = scoreInstrument("phq-9", {
      "44250-9": "LA6570-1",
      "44255-8": "LA6570-1",
      "44259-0": "LA6570-1",
      "44254-1": "LA6570-1",
      "44251-7": "LA6569-3",
      "44258-2": "LA6569-3",
      "44252-5": "LA6570-1",
      "44253-3": "LA6568-5",
      "44260-8": "LA6568-5",
      "69722-7": "LA6573-5",
    });
    expect(result).toMatchObject({ total: 12, band: "moderate", flags: [], missingItems: [] });
  });
});

describe("reverse-scored and uneven-point items", () => {
  it("scores DAST-10 item 3 ('always able to stop?') as 1 for No and 0 for Yes", () => {
    const allNo = Object.fromEntries(INSTRUMENTS["dast-10"].items.map((item) => [item.id, "no"]));
    expect(scoreInstrument("dast-10", allNo)).toMatchObject({ total: 1, band: "low" });
    expect(scoreInstrument("dast-10", { ...allNo, "dast-10.3": "yes" })).toMatchObject({
      total: 0,
      band: "none",
    });
    const allYes = Object.fromEntries(INSTRUMENTS["dast-10"].items.map((item) => [item.id, true]));
    expect(scoreInstrument("dast-10", allYes)).toMatchObject({ total: 9, band: "severe" });
  });

  it("scores AUDIT questions 9 and 10 as 0, 2 or 4 and refuses 1 or 3", () => {
    const zeros = answersReaching(INSTRUMENTS.audit, 0);
    expect(scoreInstrument("audit", { ...zeros, "audit.9": "yes-not-in-the-last-year" }).total).toBe(2);
    expect(scoreInstrument("audit", { ...zeros, "audit.10": "Yes, during the last year" }).total).toBe(4);
    expect(() => scoreInstrument("audit", { ...zeros, "audit.9": 1 })).toThrow(AnswerOutOfRangeError);
    expect(() => scoreInstrument("audit", { ...zeros, "audit.10": 3 })).toThrow(
      /audit\.10: 3 is not an allowed answer; allowed answers are 0 \(no "No"\), 2 .*, 4 /,
    );
  });

  it("accepts only the COWS points printed on the form (pulse 0/1/2/4, gooseflesh 0/3/5)", () => {
    const top = Object.fromEntries(
      INSTRUMENTS.cows.items.map((item) => [
        item.id,
        Math.max(...item.options.map((option) => option.points)),
      ]),
    );
    expect(scoreInstrument("cows", top)).toMatchObject({ total: 48, band: "severe" });
    expect(() => scoreInstrument("cows", { "cows.1": 3 })).toThrow(/cows\.1: 3 is not an allowed answer/);
    expect(() => scoreInstrument("cows", { "cows.11": 1 })).toThrow(/allowed answers are 0 .*, 3 .*, 5 /);
  });

  it("scores CIWA-Ar orientation only from 0 to 4, the other items 0 to 7", () => {
    expect(() => scoreInstrument("ciwa-ar", { "ciwa-ar.10": 5 })).toThrow(AnswerOutOfRangeError);
    expect(() => scoreInstrument("ciwa-ar", { "ciwa-ar.9": 8 })).toThrow(AnswerOutOfRangeError);
    expect(scoreInstrument("ciwa-ar", answersReaching(INSTRUMENTS["ciwa-ar"], 67)).total).toBe(67);
  });
});

describe("missing answers", () => {
  it("never gives a silently lower total: total is null, answeredTotal and missingItems say what is known", () => {
    const result = scoreInstrument("gad-7", { "gad-7.1": 3, "gad-7.2": 3 });
    expect(result.total).toBeNull();
    expect(result.band).toBeNull();
    expect(result.answeredTotal).toBe(6);
    expect(result.missingItems).toEqual(["gad-7.3", "gad-7.4", "gad-7.5", "gad-7.6", "gad-7.7"]);
    expect(result.bandFloor).toBe("mild");
  });

  it("does not count the unscored PHQ-9 difficulty item as missing", () => {
    const answers = answersReaching(INSTRUMENTS["phq-9"], 3);
    expect(scoreInstrument("phq-9", answers)).toMatchObject({ total: 3, missingItems: [] });
  });

  it("raises the CIWA-Ar severe flag once the answered items reach 19, even before the rest are in", () => {
    const result = scoreInstrument("ciwa-ar", { "ciwa-ar.1": 7, "ciwa-ar.2": 7, "ciwa-ar.3": 5 });
    expect(result.total).toBeNull();
    expect(result.bandFloor).toBe("severe");
    expect(result.flags).toEqual(["alcohol-withdrawal-severe"]);
  });

  it("does not claim mild withdrawal from an incomplete CIWA-Ar that could still be anything", () => {
    expect(scoreInstrument("ciwa-ar", { "ciwa-ar.1": 1 }).flags).toEqual([]);
  });
});

describe("safety flags", () => {
  it("asks for a suicide-risk follow-up when PHQ-9 item 9 is above zero, even with a minimal total", () => {
    const result = scoreInstrument("phq-9", {
      ...answersReaching(INSTRUMENTS["phq-9"], 0),
      "phq-9.9": "several-days",
    });
    expect(result).toMatchObject({ total: 1, band: "minimal", flags: ["suicide-risk-follow-up"] });
  });

  it.each([
    [{ "asq.1": "no", "asq.2": "no", "asq.3": "no", "asq.4": "no" }, "negative", []],
    [
      { "asq.1": "yes", "asq.2": "no", "asq.3": "no", "asq.4": "no", "asq.5": "no" },
      "non-acute-positive",
      ["asq-positive-non-acute"],
    ],
    [
      { "asq.1": "no", "asq.2": "no", "asq.3": "no", "asq.4": "declined", "asq.5": "no" },
      "non-acute-positive",
      ["asq-positive-non-acute"],
    ],
    [
      { "asq.1": "no", "asq.2": "no", "asq.3": "yes", "asq.4": "no", "asq.5": "yes" },
      "acute-positive",
      ["asq-positive-acute"],
    ],
    [{ "asq.1": "yes", "asq.2": "no", "asq.3": "no", "asq.4": "no" }, null, ["asq-acuity-unanswered"]],
    [
      { "asq.1": "no", "asq.2": "no", "asq.3": "no", "asq.4": "no", "asq.5": "declined" },
      "acute-positive",
      ["asq-positive-acute"],
    ],
  ] as const)("ASQ %o reads %s with flags %o", (answers, band, flags) => {
    const result = scoreInstrument("asq", answers);
    expect(result.band).toBe(band);
    expect(result.flags).toEqual(flags);
  });

  it("lists the ASQ acuity question as missing only after a positive answer", () => {
    expect(
      scoreInstrument("asq", { "asq.1": "yes", "asq.2": "no", "asq.3": "no", "asq.4": "no" }).missingItems,
    ).toEqual(["asq.5"]);
    expect(
      scoreInstrument("asq", { "asq.1": "no", "asq.2": "no", "asq.3": "no", "asq.4": "no" }).missingItems,
    ).toEqual([]);
  });

  it.each([
    [{ "cows.1": 4, "cows.3": 1 }, "mild", ["opioid-withdrawal-mild"]],
    [{ "cows.1": 4 }, "none", []],
  ])("COWS %o with the rest zero reads %s", (answers, band, flags) => {
    const zeros = answersReaching(INSTRUMENTS.cows, 0);
    const result = scoreInstrument("cows", { ...zeros, ...answers });
    expect(result.band).toBe(band);
    expect(result.flags).toEqual(flags);
  });
});

describe("TAPS reports each substance on its own", () => {
  it("TAPS-1 counts the substances screened positive", () => {
    const result = scoreInstrument("taps-1", {
      "taps-1.1": "daily-or-almost-daily",
      "taps-1.2": "never",
      "taps-1.3": "less-than-monthly",
      "taps-1.4": "never",
    });
    expect(result).toMatchObject({ total: 2, band: "positive" });
    expect(result.substances).toEqual([
      { substance: "tobacco", score: 1, reading: "positive" },
      { substance: "alcohol", score: 0, reading: "negative" },
      { substance: "drugs", score: 1, reading: "positive" },
      { substance: "prescription-medications", score: 0, reading: "negative" },
    ]);
  });

  it("TAPS-2 sums each substance, asks follow-ups only after a yes, and bands on the highest", () => {
    const stems = Object.fromEntries(
      INSTRUMENTS["taps-2"].items
        .filter((item) => item.shownWhen === undefined)
        .map((item) => [item.id, "no"]),
    );
    const answers = {
      ...stems,
      "taps-2.alcohol": "yes",
      "taps-2.alcohol.a": "yes",
      "taps-2.alcohol.b": "no",
      "taps-2.alcohol.c": "yes",
      "taps-2.marijuana": "yes",
      "taps-2.marijuana.a": "no",
      "taps-2.marijuana.b": "no",
    };
    const result = scoreInstrument("taps-2", answers);
    expect(result).toMatchObject({ total: 3, band: "higher-risk", missingItems: [] });
    expect(result.substances?.find((reading) => reading.substance === "alcohol")).toEqual({
      substance: "alcohol",
      score: 3,
      reading: "higher-risk",
    });
    expect(result.substances?.find((reading) => reading.substance === "marijuana")?.reading).toBe(
      "problem-use",
    );
    expect(result.substances?.find((reading) => reading.substance === "heroin")?.reading).toBe("no-use");
    const { "taps-2.alcohol.c": _, ...withoutOne } = answers;
    const incomplete = scoreInstrument("taps-2", withoutOne);
    expect(incomplete.total).toBeNull();
    expect(incomplete.missingItems).toEqual(["taps-2.alcohol.c"]);
    expect(incomplete.substances?.find((reading) => reading.substance === "alcohol")?.score).toBeNull();
  });
});

describe("bad input", () => {
  it("names an unknown instrument", () => {
    expect(() => scoreInstrument("phq-10", {})).toThrow(UnknownInstrumentError);
  });
  it("names an item the scale does not have", () => {
    expect(() => scoreInstrument("phq-2", { "phq-2.3": 1 })).toThrow(/phq-2 has no item "phq-2\.3"/);
    expect(() => scoreInstrument("phq-2", { "phq-2.3": 1 })).toThrow(UnknownItemError);
  });
  it("names the item and the allowed answers for an out-of-range answer", () => {
    expect(() => scoreInstrument("phq-9", { "phq-9.9": 4 })).toThrow(
      'phq-9.9: 4 is not an allowed answer; allowed answers are 0 (not-at-all "Not at all"), 1 (several-days "Several days"), 2 (more-than-half-the-days "More than half the days"), 3 (nearly-every-day "Nearly every day").',
    );
  });
});
