import { describe, expect, it } from "vitest";
import { CLINIC_DRAFT_PREFIX, clearClinicDrafts } from "../workspace/clinic-drafts.js";
import { clearDraft, draftKey, loadDraft, saveDraft } from "./assessment-draft.js";
import { scorePawss } from "./pawss.js";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe("an unsaved assessment", () => {
  it("comes back after a reload, and is gone once saved", () => {
    const storage = memoryStorage();
    saveDraft(
      "client-1",
      { values: { "mentalHealth.suicidalThoughts": "no" }, previousAssessmentId: null },
      storage,
    );
    expect(loadDraft("client-1", storage)?.values).toEqual({ "mentalHealth.suicidalThoughts": "no" });
    expect(loadDraft("client-2", storage)).toBeNull();
    clearDraft("client-1", storage);
    expect(loadDraft("client-1", storage)).toBeNull();
  });

  it("is kept under the clinic's draft prefix, so sign-out clears it", () => {
    const storage = memoryStorage();
    saveDraft("client-1", { values: { age: "40" }, previousAssessmentId: "earlier" }, storage);
    expect(draftKey("client-1").startsWith(CLINIC_DRAFT_PREFIX)).toBe(true);
    clearClinicDrafts(storage);
    expect(storage.length).toBe(0);
  });

  it("ignores a damaged draft", () => {
    const storage = memoryStorage();
    storage.setItem(draftKey("client-1"), "{not json");
    expect(loadDraft("client-1", storage)).toBeNull();
  });
});

describe("the PAWSS total", () => {
  it("is known once every item is answered, and high risk from 4 points", () => {
    const answers: Record<string, string> = {};
    for (let item = 1; item <= 10; item += 1) answers[String(item)] = item <= 4 ? "yes" : "no";
    expect(scorePawss(answers)).toEqual({ points: 4, answered: 10, total: 4, highRisk: true });
    expect(scorePawss({ "1": "yes", "2": "no" })).toEqual({
      points: 1,
      answered: 2,
      total: null,
      highRisk: false,
    });
  });
});
