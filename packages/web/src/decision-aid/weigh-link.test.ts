import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FACTOR_IDS, type FactorId, type Importance, type Ratings } from "./factors.js";
import { decodeWeighFragment, encodeWeighFragment, type WeighMessage, weighLink } from "./weigh-link.js";

const factorLists = fc.shuffledSubarray([...FACTOR_IDS], { minLength: 1 });
const messages: fc.Arbitrary<WeighMessage> = factorLists
  .chain((factors) =>
    fc.record({
      kind: fc.constantFrom("ask" as const, "reply" as const),
      factors: fc.constant(factors),
      ratings: fc.option(
        fc
          .tuple(...factors.map(() => fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined })))
          .map((values) => {
            const ratings: Partial<Record<FactorId, Importance>> = {};
            factors.forEach((factor, index) => {
              const value = values[index];
              if (value !== undefined) ratings[factor] = value as Importance;
            });
            return ratings as Ratings;
          }),
        { nil: null },
      ),
    }),
  )
  .filter((message) => message.kind === "ask" || message.ratings !== null);

describe("the weigh-it-together link", () => {
  it("round-trips any set of factors and ratings", () => {
    fc.assert(
      fc.property(messages, (message) => {
        const decoded = decodeWeighFragment(encodeWeighFragment(message));
        expect(decoded).toEqual({ ok: true, message });
      }),
    );
  });

  it("carries nothing in the path or the query, whatever page it was made on", () => {
    const pages = fc.constantFrom(
      "https://stepwise.example.org/",
      "https://stepwise.example.org/app/screen?lang=es&answers=secret",
      "http://localhost:8080/?x=1#guide-iop",
    );
    fc.assert(
      fc.property(pages, messages, (page, message) => {
        const link = new URL(weighLink(page, message));
        expect(link.pathname).toBe("/");
        expect(link.search).toBe("");
        expect(link.origin).toBe(new URL(page).origin);
        expect(decodeWeighFragment(link.hash)).toEqual({ ok: true, message });
      }),
    );
  });

  it("keeps the first person's ratings out of the link when they choose not to share them", () => {
    const link = weighLink("https://stepwise.example.org/", {
      kind: "ask",
      factors: ["time", "cost"],
      ratings: null,
    });
    expect(link).toBe("https://stepwise.example.org/#weigh=1&k=ask&f=time.cost");
  });

  it("explains what is wrong with a damaged link, naming the part", () => {
    expect(decodeWeighFragment("#weigh=1&k=ask&f=time.rocket")).toMatchObject({ ok: false, field: "f" });
    expect(decodeWeighFragment("#weigh=1&k=reply&f=time.cost&r=39")).toMatchObject({ ok: false, field: "r" });
    expect(decodeWeighFragment("#weigh=1&k=reply&f=time.cost")).toMatchObject({ ok: false, field: "r" });
    expect(decodeWeighFragment("#weigh=1&k=reply&f=time.cost&r=3")).toMatchObject({ ok: false, field: "r" });
    expect(decodeWeighFragment("#weigh=2&k=ask&f=time")).toMatchObject({ ok: false, field: "version" });
    expect(decodeWeighFragment("#weigh=1&k=take&f=time")).toMatchObject({ ok: false, field: "k" });
    expect(decodeWeighFragment("#weigh=1&k=ask&f=time.time")).toMatchObject({ ok: false, field: "f" });
    expect(decodeWeighFragment("#guide-iop")).toMatchObject({ ok: false, field: "link" });
  });
});
