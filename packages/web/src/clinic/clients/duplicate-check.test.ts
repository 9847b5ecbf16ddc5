import { describe, expect, it } from "vitest";
import { likelyDuplicates } from "./duplicate-check.js";

describe("a likely duplicate when registering a client", () => {
  const existing = [
    { id: "1", name: "María José Ortega", birthDate: "1990-04-02" },
    { id: "2", name: "Maria Jose Ortega", birthDate: "1991-04-02" },
    { id: "3", name: "Maria Ortega", birthDate: "1990-04-02" },
  ];

  it("is the same name, ignoring accents, case and spacing, with the same birth date", () => {
    expect(
      likelyDuplicates(existing, "  maria  JOSE ortega ", "1990-04-02").map((client) => client.id),
    ).toEqual(["1"]);
  });

  it("is not another person born the same day, nor the same name born another day", () => {
    expect(likelyDuplicates(existing, "Ana Ortega", "1990-04-02")).toEqual([]);
    expect(likelyDuplicates(existing, "María José Ortega", "1980-01-01")).toEqual([]);
  });
});
