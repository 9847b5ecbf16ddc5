import { assess, type PlacementResult } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { resultFor } from "./adaptive-flow.js";
import type { Responses } from "./questions.js";
import { resultStatus } from "./result-status.js";

const context = { voice: "family-or-friend" as const, asOf: "2026-11-27", assess };
const SAFE = {
  age: "adult",
  "overdose-now": "no",
  "suicidal-thoughts": "no",
  "danger-now": "no",
  "withdrawal-emergency": "no",
};

/** A result as an engine without levelStatus and mustAsk would give it. */
const OLDER_ENGINE = { levelStatus: undefined, mustAsk: undefined };

function statusOf(responses: Responses, extra: object = {}) {
  const result = { ...resultFor(responses, context), ...extra } as PlacementResult;
  return resultStatus(result, responses);
}

describe("whether a result may name a level", () => {
  it("suggests a level when every safety question is answered and the engine does not ask for more", () => {
    expect(
      statusOf({ ...SAFE, "main-substance": "alcohol", frequency: "weekly" }, OLDER_ENGINE).levelStatus,
    ).toBe("suggested");
  });

  it("suggests the level after a full check but lists the engine's questions to answer in place", () => {
    const status = statusOf({ ...SAFE, "main-substance": "alcohol", frequency: "weekly" });
    expect(status.levelStatus).toBe("suggested");
    expect(status.mustAsk.length).toBeGreaterThan(0);
  });

  it("holds the level back when a 'not sure' answer could add an urgent item, as the engine says", () => {
    const status = statusOf({ ...SAFE, "main-substance": "alcohol", frequency: null });
    expect(status.levelStatus).toBe("needs-answers");
  });

  it("needs answers when a safety question is 'not sure', naming it first, whatever an older engine says", () => {
    const status = statusOf(
      { ...SAFE, "suicidal-thoughts": null, "main-substance": "cannabis" },
      OLDER_ENGINE,
    );
    expect(status.levelStatus).toBe("needs-answers");
    expect(status.mustAsk.map((item) => item.question?.id)).toEqual(["suicidal-thoughts"]);
  });

  it("needs answers when opioids are involved and past overdoses are not known", () => {
    const status = statusOf({ ...SAFE, "main-substance": "opioids", "overdose-history": null });
    expect(status.levelStatus).toBe("needs-answers");
    expect(status.mustAsk.map((item) => item.question?.id)).toContain("overdose-history");
  });

  it("reads a newer engine's levelStatus and mustAsk, as paths or as objects with EN/ES text", () => {
    const status = statusOf(
      { ...SAFE, "main-substance": "alcohol", frequency: null },
      {
        levelStatus: "needs-answers",
        mustAsk: [
          {
            path: "substances[0].frequency",
            question: { en: "How often?", es: "¿Con qué frecuencia?" },
            couldAdd: "same-day",
          },
          "withdrawal.history.seizures",
          { field: "a.field.we.do.not.ask", text: { en: "Ask this", es: "Pregunte esto" } },
          42,
        ],
      },
    );
    expect(status.levelStatus).toBe("needs-answers");
    expect(status.mustAsk.map((item) => item.question?.id ?? item.path)).toEqual([
      "frequency",
      "seizure-history",
      "a.field.we.do.not.ask",
    ]);
    expect(status.mustAsk[2]?.text).toEqual({ en: "Ask this", es: "Pregunte esto" });
  });

  it("never holds back the under-18 redirect", () => {
    expect(statusOf({ age: "under-18" }).levelStatus).toBe("suggested");
  });
});
