import { describe, expect, it } from "vitest";
import { AnswersStore, DEVICE_STORAGE_KEY, type DeviceStorage, todayOnDevice } from "./answers-store.js";

class MemoryStorage implements DeviceStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const today = () => "2026-11-27";

describe("the answers store", () => {
  it("keeps answers in memory only until the person opts in", () => {
    const storage = new MemoryStorage();
    const store = new AnswersStore(storage, today);
    store.setVoice("family-or-friend");
    store.setResponse("housing", "unstable");
    expect(storage.items.size).toBe(0);
    expect(store.answers.assessment.respondent).toBe("family-or-friend");
    expect(store.answers.assessment.mode).toBe("self-check");
    expect(store.answers.assessment.asOf).toBe("2026-11-27");
  });

  it("saves on this device after opting in, restores on the next visit, and deletes in one tap", () => {
    const storage = new MemoryStorage();
    const store = new AnswersStore(storage, today);
    store.setVoice("self");
    store.setResponse("cravings", null);
    store.saveOnDevice();
    store.setAssessment({ ...store.answers.assessment, environment: { housing: "homeless" } });
    const nextVisit = new AnswersStore(storage, today);
    expect(nextVisit.answers.savedOnDevice).toBe(true);
    expect(nextVisit.answers.voice).toBe("self");
    expect(nextVisit.answers.responses).toEqual({ cravings: null });
    expect(nextVisit.answers.assessment.environment?.housing).toBe("homeless");
    nextVisit.deleteFromDevice();
    expect(storage.getItem(DEVICE_STORAGE_KEY)).toBeNull();
    expect(new AnswersStore(storage, today).answers.voice).toBeNull();
  });

  it("drops a saved copy that is not a valid assessment instead of trusting it", () => {
    const storage = new MemoryStorage();
    storage.setItem(
      DEVICE_STORAGE_KEY,
      JSON.stringify({ voice: "self", assessment: { asOf: 5 }, responses: {} }),
    );
    const store = new AnswersStore(storage, today);
    expect(store.answers.voice).toBeNull();
    expect(storage.getItem(DEVICE_STORAGE_KEY)).toBeNull();
  });

  it("a new assessment keeps the other features' answers and stores no result", () => {
    const store = new AnswersStore(null, today);
    store.setFeatureAnswers("decision-aid", { matters: ["stay-at-work"] });
    store.setAssessment({ ...store.answers.assessment, intoxicatedNow: false });
    expect(store.answers).not.toHaveProperty("result");
    expect(store.answers.features["decision-aid"]).toEqual({ matters: ["stay-at-work"] });
    store.clear();
    expect(store.answers.features).toEqual({});
  });

  it("writes the date in the person's own calendar", () => {
    expect(todayOnDevice(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
