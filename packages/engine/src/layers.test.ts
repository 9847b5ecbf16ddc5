/**
 * The engine is layered (docs/engine-changes.md): the answers, scales, levels, ratings, safety items,
 * medication notes and rules at the bottom; placement, its explanation, transitions and messages above
 * them. A lower layer never imports from a higher one, so the words a result uses are defined where the
 * rules that produce them can see them, and a rule can be read without the result code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const LOWER = ["assessment", "instruments", "levels", "medications", "ratings", "rules", "safety"];
const HIGHER = ["placement", "explanation", "transitions", "messages", "fhir"];

function sourcesIn(folder: string): string[] {
  const root = new URL(`./${folder}/`, import.meta.url);
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => `${folder}/${name}`);
}

function importsOf(file: string): string[] {
  const text = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
  return [...text.matchAll(/from\s+"([^"]+)"/g)].map((match) => match[1] as string);
}

describe("engine layers", () => {
  it("lower layers never import placement, explanation, transitions, messages or FHIR code", () => {
    const upward: string[] = [];
    for (const folder of LOWER)
      for (const file of sourcesIn(folder))
        for (const source of importsOf(file))
          if (
            HIGHER.some(
              (higher) => source.startsWith(`../${higher}/`) || source.startsWith(`../../${higher}/`),
            )
          )
            upward.push(`${file} imports ${source}`);
    expect(upward).toEqual([]);
  });

  it("finds the files it checks", () => {
    expect(sourcesIn("rules")).toContain("rules/rule.ts");
    expect(importsOf("rules/rule.ts")).toContain("../levels/withdrawal-management.js");
  });
});
