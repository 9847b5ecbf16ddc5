import { describe, expect, it } from "vitest";
import { chosenLanguage, LANGUAGE_STORAGE_KEY, rememberLanguage } from "./language.js";

describe("the chosen language", () => {
  it("is kept for a reload of the tab, and anything else stored there is ignored", () => {
    const stored = new Map<string, string>();
    const storage = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    };
    expect(chosenLanguage(storage)).toBeNull();
    rememberLanguage(storage, "es");
    expect(chosenLanguage(storage)).toBe("es");
    stored.set(LANGUAGE_STORAGE_KEY, "fr");
    expect(chosenLanguage(storage)).toBeNull();
  });

  it("is simply not kept when storage is blocked", () => {
    const blocked = {
      getItem: (): string | null => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("blocked");
      },
    };
    expect(() => rememberLanguage(blocked, "es")).not.toThrow();
    expect(chosenLanguage(blocked)).toBeNull();
  });
});
