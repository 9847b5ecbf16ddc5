import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FRESH_PROGRESS, type ProgressMemory, showProgress } from "./progress.js";

describe("progress that never lies", () => {
  it("never shows a bigger count than before, and the bar never moves back, whatever the flow finds", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 30 }), (lefts) => {
        let memory: ProgressMemory = FRESH_PROGRESS;
        let lastCount = Number.POSITIVE_INFINITY;
        let lastDone = 0;
        for (const [answered, left] of lefts.entries()) {
          const step = showProgress(memory, left, answered);
          if (step.shown.kind === "count") {
            expect(step.shown.left).toBeLessThanOrEqual(lastCount);
            lastCount = step.shown.left;
          }
          expect(step.done).toBeGreaterThanOrEqual(lastDone);
          lastDone = step.done;
          memory = step.memory;
        }
      }),
    );
  });

  it("says 'a few more' when the count would jump from 9 to 22, and counts again once it is back to 9", () => {
    const first = showProgress(FRESH_PROGRESS, 9, 6);
    expect(first.shown).toEqual({ kind: "count", left: 9 });
    const jump = showProgress(first.memory, 22, 7);
    expect(jump.shown).toEqual({ kind: "few" });
    const back = showProgress(jump.memory, 9, 20);
    expect(back.shown).toEqual({ kind: "count", left: 9 });
  });
});
