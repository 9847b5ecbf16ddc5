import { assess, validateAssessment } from "@stepwise/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type FlowContext,
  flowPosition,
  newUrgentItems,
  possibleAnswers,
  recommendationKey,
  resultFor,
} from "./adaptive-flow.js";
import { buildAssessment, QUESTIONS, type Responses } from "./questions.js";
import { opioidsOrSedativesInvolved, SAFETY_QUESTION_IDS } from "./safety-questions.js";

const ASKED_ABOUT_SELF: FlowContext = { voice: "self", asOf: "2026-11-27", assess };
const SAFE_ADULT = {
  age: "adult",
  "overdose-now": "no",
  "suicidal-thoughts": "no",
  "danger-now": "no",
  "withdrawal-emergency": "no",
};

/** A person: what they would answer to each question if asked ("I'm not sure" included). */
const person = fc.record(
  Object.fromEntries(
    QUESTIONS.map((question) => [question.id, fc.constantFrom(...possibleAnswers(question))]),
  ),
) as fc.Arbitrary<Record<string, string | null>>;

/** Runs the adaptive flow the way the screen does: ask the next question, record the answer, repeat. */
function runFlow(answers: Record<string, string | null>, context: FlowContext): Responses {
  let responses: Record<string, string | null> = {};
  for (let step = 0; step <= QUESTIONS.length; step += 1) {
    const { next } = flowPosition(responses, context);
    if (next === null) return responses;
    responses = { ...responses, [next.id]: answers[next.id] ?? null };
  }
  throw new Error("the flow asked more questions than there are");
}

describe("the adaptive self-check", () => {
  it("skips a question only when no answer to it could change the result (checked against the engine)", () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom<"self" | "family-or-friend">("self", "family-or-friend"),
        (answers, voice) => {
          const context: FlowContext = { ...ASKED_ABOUT_SELF, voice };
          const responses = runFlow(answers, context);
          if (responses.age === "under-18") return;
          const final = recommendationKey(resultFor(responses, context));
          for (const question of QUESTIONS) {
            if (question.id in responses) continue;
            for (const answer of possibleAnswers(question)) {
              const changed = recommendationKey(resultFor({ ...responses, [question.id]: answer }, context));
              expect(changed, `skipped "${question.id}" answered ${String(answer)}`).toBe(final);
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it("asks safety questions before anything about use, whatever the answers", () => {
    fc.assert(
      fc.property(person, (answers) => {
        const asked = Object.keys(runFlow({ ...answers, age: "adult" }, ASKED_ABOUT_SELF));
        const firstUse = asked.indexOf("main-substance");
        for (const safety of ["overdose-now", "suicidal-thoughts", "danger-now", "withdrawal-emergency"]) {
          expect(asked.indexOf(safety)).toBeGreaterThanOrEqual(0);
          if (firstUse >= 0) expect(asked.indexOf(safety)).toBeLessThan(firstUse);
        }
      }),
      { numRuns: 8 },
    );
  }, 60_000);

  it("always asks the safety questions, and past overdoses when opioids or sedatives are involved, even when they cannot change the level", () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom<"self" | "family-or-friend">("self", "family-or-friend"),
        (answers, voice) => {
          const responses = runFlow({ ...answers, age: "adult" }, { ...ASKED_ABOUT_SELF, voice });
          for (const safety of SAFETY_QUESTION_IDS) expect(responses, safety).toHaveProperty(safety);
          if (opioidsOrSedativesInvolved(responses))
            expect(responses, "past overdoses").toHaveProperty("overdose-history");
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it("asks about pregnancy only when it can apply, after the sex at birth", () => {
    fc.assert(
      fc.property(person, (answers) => {
        const asked = Object.keys(runFlow({ ...answers, age: "adult" }, ASKED_ABOUT_SELF));
        if (!asked.includes("pregnant")) return;
        expect(asked.indexOf("sex"), "sex asked before pregnancy").toBeGreaterThanOrEqual(0);
        expect(asked.indexOf("sex")).toBeLessThan(asked.indexOf("pregnant"));
        expect(answers.sex, "pregnancy asked of someone male at birth").not.toBe("male");
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("never asks a man whether he is pregnant, and asks a woman who uses opioids", () => {
    const opioids = {
      ...SAFE_ADULT,
      "main-substance": "opioids",
      frequency: "daily",
      "opioid-medication": "no",
    };
    const man = runFlow({ ...opioids, sex: "male", pregnant: "yes" }, ASKED_ABOUT_SELF);
    expect(man).not.toHaveProperty("pregnant");
    const woman = Object.keys(runFlow({ ...opioids, sex: "female", pregnant: "no" }, ASKED_ABOUT_SELF));
    expect(woman).toContain("pregnant");
    expect(woman.indexOf("sex")).toBeLessThan(woman.indexOf("pregnant"));
  });

  it("asks a mother about her son's past overdoses once she names opioids", () => {
    const asked = runFlow(
      { ...SAFE_ADULT, "main-substance": "opioids", frequency: "daily", "overdose-history": "past-year" },
      { ...ASKED_ABOUT_SELF, voice: "family-or-friend" },
    );
    expect(asked["overdose-history"]).toBe("past-year");
  });

  it("asks fewer questions than it has when the answers leave some without effect", () => {
    const light = runFlow(
      {
        age: "adult",
        "overdose-now": "no",
        "suicidal-thoughts": "no",
        "danger-now": "no",
        "withdrawal-emergency": "no",
        "main-substance": "cannabis",
        frequency: "monthly",
      },
      ASKED_ABOUT_SELF,
    );
    // Cannabis once a month: past withdrawal seizures cannot raise the level, so they are not asked.
    expect(light).not.toHaveProperty("seizure-history");
    expect(Object.keys(light).length).toBeLessThan(QUESTIONS.length);
  });

  it("stops at once for someone under 18", () => {
    expect(flowPosition({ age: "under-18" }, ASKED_ABOUT_SELF).next).toBeNull();
    expect(resultFor({ age: "under-18" }, ASKED_ABOUT_SELF).adolescent).not.toBeNull();
  });

  it("interrupts when an answer raises a crisis", () => {
    const before = resultFor({ age: "adult" }, ASKED_ABOUT_SELF);
    const after = resultFor({ age: "adult", "suicidal-thoughts": "plan" }, ASKED_ABOUT_SELF);
    expect(newUrgentItems(before, after).map((item) => item.tier)).toContain("crisis");
  });

  it("builds a valid assessment from any answers, in either voice", () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom<"self" | "family-or-friend">("self", "family-or-friend"),
        (answers, voice) => {
          const validation = validateAssessment(buildAssessment(answers, voice, "2026-11-27"));
          expect(validation.ok ? [] : validation.problems).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
