import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INSTRUMENT_IDS } from "@stepwise/engine";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../main.js";
import { captureOutput } from "../testing/capture-output.js";

describe("stepwise questionnaire export", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one Questionnaire file per instrument, with weights and the total's calculatedExpression", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "stepwise-q-")), "questionnaires");
    const output = captureOutput();
    expect(await runCli(["questionnaire", "export", "--out", out])).toBe(0);
    expect(readdirSync(out).sort()).toEqual(INSTRUMENT_IDS.map((id) => `${id}.json`).sort());
    expect(output.stdout.trim().split("\n")).toHaveLength(INSTRUMENT_IDS.length);
    const phq9 = JSON.parse(readFileSync(join(out, "phq-9.json"), "utf8"));
    expect(phq9).toMatchObject({ resourceType: "Questionnaire", id: "phq-9", code: [{ code: "44249-1" }] });
    const total = phq9.item.find((item: { linkId: string }) => item.linkId === "phq-9.total");
    expect(JSON.stringify(total)).toContain("calculatedExpression");
  });

  it("writes only the instrument asked for, with the organization's canonical base", async () => {
    const out = mkdtempSync(join(tmpdir(), "stepwise-q-"));
    captureOutput();
    expect(
      await runCli([
        "questionnaire",
        "export",
        "--instrument",
        "gad-7",
        "--out",
        out,
        "--base",
        "https://fhir.example.org/r4",
      ]),
    ).toBe(0);
    expect(readdirSync(out)).toEqual(["gad-7.json"]);
    expect(JSON.parse(readFileSync(join(out, "gad-7.json"), "utf8")).url).toBe(
      "https://fhir.example.org/r4/Questionnaire/gad-7",
    );
  });

  it("names an unknown instrument in one line, exit 2", async () => {
    const output = captureOutput();
    expect(await runCli(["questionnaire", "export", "--instrument", "phq-10"])).toBe(2);
    expect(output.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/"phq-10" is not known; known instruments: /),
    ]);
  });
});
