import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../main.js";
import { captureOutput } from "../testing/capture-output.js";

const examples = fileURLToPath(new URL("../../../../docs/examples/", import.meta.url));

function fileWith(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "stepwise-assess-")), "assessment.json");
  writeFileSync(file, content);
  return file;
}

describe("stepwise assess", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints the placement with every field of the placement result", async () => {
    const output = captureOutput();
    const code = await runCli(["assess", join(examples, "residential-withdrawal-unstable-housing.json")]);
    expect(code).toBe(0);
    const result = JSON.parse(output.stdout);
    for (const field of [
      "level",
      "withdrawalManagement",
      "coOccurringEnhanced",
      "urgent",
      "ratings",
      "reasons",
      "wouldChange",
      "unknowns",
      "provisional",
      "rulesetVersion",
    ])
      expect(result).toHaveProperty(field);
    expect(result.level).toBe("residential");
    expect(result.withdrawalManagement).toBe("residential");
  });

  it("says it cannot suggest a level yet, and what to ask, while safety answers are missing", async () => {
    // Thoughts of suicide with plan and intent not asked: the next questions come now (C-SSRS screener order).
    const output = captureOutput();
    const file = fileWith(
      JSON.stringify({
        modelVersion: "1",
        asOf: "2026-12-01",
        mode: "clinician",
        respondent: "professional",
        mentalHealth: { suicidalThoughts: true },
      }),
    );
    const code = await runCli(["assess", "--language", "es", file]);
    expect(code).toBe(0);
    const result = JSON.parse(output.stdout);
    expect(result.levelStatus).toBe("needs-answers");
    expect(result.mustAsk.map((item: { id: string }) => item.id)).toEqual(
      expect.arrayContaining(["mentalHealth.suicidalPlan", "mentalHealth.suicidalIntent"]),
    );
    expect(result.description.levelStatus.text).toMatch(/^Todavía no podemos sugerir un nivel/);
    expect(output.stderr).toMatch(/^Todavía no podemos sugerir un nivel.*\(1\) /);
    expect(output.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("adds the transition with --previous", async () => {
    const output = captureOutput();
    const code = await runCli([
      "assess",
      "--previous",
      join(examples, "reassessment-earlier-residential.json"),
      join(examples, "reassessment-later-step-down.json"),
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(output.stdout);
    expect(result.transition).toMatchObject({
      kind: "step-down",
      from: "residential",
      to: "intensive-outpatient",
    });
    expect(result.transition.stepDownPlan.firstAppointmentBy).toBe("2026-12-04");
    // The result describes where the move leaves the person; its own placement is kept apart.
    expect(result.level).toBe("intensive-outpatient");
    expect(result.choice.recommended).toBe("intensive-outpatient");
    expect(result.placementLevel).toBe("intensive-outpatient");
    expect(result.nextLowerLevel.level).toBe("outpatient");
  });

  it("accepts an earlier result printed by assess as --previous", async () => {
    const first = captureOutput();
    await runCli(["assess", join(examples, "reassessment-earlier-residential.json")]);
    const earlierResult = fileWith(first.stdout);
    vi.restoreAllMocks();
    const output = captureOutput();
    const code = await runCli([
      "assess",
      "--previous",
      earlierResult,
      join(examples, "reassessment-later-step-down.json"),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(output.stdout).transition.kind).toBe("step-down");
  });

  it("adds words in Spanish with --language es", async () => {
    const output = captureOutput();
    await runCli(["assess", "--language", "es", join(examples, "self-check-partial.json")]);
    const result = JSON.parse(output.stdout);
    expect(result.description.level).toBe("Atención ambulatoria intensiva (IOP)");
    expect(result.description.provisional).toMatch(/provisional/);
  });

  it("exits 2 with the path of each bad field on one line", async () => {
    const output = captureOutput();
    const code = await runCli(["assess", join(examples, "invalid.json")]);
    expect(code).toBe(2);
    const lines = output.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    for (const path of ["asOf", "substances[0].frequency", "environment.housing"])
      expect(lines[0]).toContain(path);
  });

  it("exits 2 for a file that is not JSON, and for a missing file", async () => {
    const output = captureOutput();
    expect(await runCli(["assess", fileWith("{ not json")])).toBe(2);
    expect(await runCli(["assess", join(examples, "no-such-file.json")])).toBe(2);
    expect(output.stderr).toContain("is not valid JSON");
    expect(output.stderr).toContain("cannot read");
  });

  it("exits 2 when no file is given", async () => {
    const output = captureOutput();
    expect(await runCli(["assess"])).toBe(2);
    expect(output.stderr).toContain("usage: stepwise assess");
  });

  it.each([
    [["assess", "a.json", "--previous"], /--previous needs a value/],
    [["assess", "a.json", "--language", "fr"], /--language must be en or es/],
    [["assess", "a.json", "--verbose"], /unknown option "--verbose"/],
    [["assess", "a.json", "b.json"], /give one assessment file/],
  ])("refuses %o with exit 2 and one line naming the problem and the usage", async (args, message) => {
    const output = captureOutput();
    expect(await runCli(args)).toBe(2);
    expect(output.stderr.trim().split("\n")).toHaveLength(1);
    expect(output.stderr).toMatch(message);
    expect(output.stderr).toContain("usage: stepwise assess");
  });
});
