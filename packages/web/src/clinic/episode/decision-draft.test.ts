import { describe, expect, it } from "vitest";
import { clearClinicDrafts } from "../workspace/clinic-drafts.js";
import { dropDecisionDraft, keepDecisionDraft, readDecisionDraft } from "./decision-draft.js";

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const draft = {
  chosen: "residential",
  available: ["outpatient", "residential"],
  reason: "client-preference",
  reasonText: "Wants to stay near her children.",
  codes: { "safety-suicidal-intent-or-plan": "crisis-plan-made" },
  codeTexts: {},
};

describe("the unsaved decision form", () => {
  it("comes back after leaving the screen, and is gone once saved", () => {
    const storage = new MemoryStorage();
    keepDecisionDraft(storage, "a1", draft);
    expect(readDecisionDraft(storage, "a1")).toEqual(draft);
    expect(readDecisionDraft(storage, "a2")).toBeUndefined();
    dropDecisionDraft(storage, "a1");
    expect(readDecisionDraft(storage, "a1")).toBeUndefined();
  });

  it("is cleared with every other clinic draft at sign-out", () => {
    const storage = new MemoryStorage();
    keepDecisionDraft(storage, "a1", draft);
    storage.setItem("stepwise.language", "es");
    clearClinicDrafts(storage);
    expect(readDecisionDraft(storage, "a1")).toBeUndefined();
    expect(storage.getItem("stepwise.language")).toBe("es");
  });

  it("ignores a damaged draft rather than failing", () => {
    const storage = new MemoryStorage();
    storage.setItem("stepwise.clinic.draft.decision.a1", "{not json");
    expect(readDecisionDraft(storage, "a1")).toBeUndefined();
    storage.setItem(
      "stepwise.clinic.draft.decision.a1",
      JSON.stringify({ chosen: 4, codes: { x: 1, y: "other" } }),
    );
    expect(readDecisionDraft(storage, "a1")).toMatchObject({ chosen: "", codes: { y: "other" } });
  });
});
