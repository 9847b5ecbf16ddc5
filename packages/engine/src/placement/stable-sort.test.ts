import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortStableBy } from "./stable-sort.js";

describe("sorting a short list", () => {
  it("orders by rank and keeps equals in the order they came, as Array.prototype.sort does", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ rank: fc.integer({ min: 0, max: 4 }), at: fc.nat() })), (items) => {
        const expected = [...items].sort((a, b) => a.rank - b.rank);
        expect(sortStableBy([...items], (item) => item.rank)).toEqual(expected);
      }),
    );
  });
});
