import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../main.js";
import { captureOutput } from "../testing/capture-output.js";

/** The public FHIR fixtures in the repository's fixtures/fhir (sources and licences in its README). */
const fixtures = (path: string) =>
  fileURLToPath(new URL(`../../../../fixtures/fhir/${path}`, import.meta.url));

function temporaryFile(name: string, content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "stepwise-score-")), name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const readFixture = (path: string) =>
  JSON.parse(readFileSync(fixtures(path), "utf8")) as Record<string, unknown>;

describe("stepwise score-response", { timeout: 60_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints the recomputed score of one response as a JSON object", async () => {
    const output = captureOutput();
    expect(
      await runCli(["score-response", fixtures("us-core/QuestionnaireResponse-phq-9-example.json")]),
    ).toBe(0);
    const printed = JSON.parse(output.stdout);
    expect(printed).toMatchObject({
      response: "phq-9-example",
      instrument: "phq-9",
      total: 12,
      band: "moderate",
      flags: [],
      missingItems: [],
    });
    expect(output.stderr).toBe("");
  });

  it("recomputes a wrong stored total", async () => {
    const response = readFixture("us-core/QuestionnaireResponse-phq-9-example.json");
    const items = response.item as { linkId: string; answer: unknown[] }[];
    const total = items.find((item) => item.linkId === "/44261-6");
    if (total !== undefined) total.answer = [{ valueDecimal: 3 }];
    const output = captureOutput();
    expect(await runCli(["score-response", temporaryFile("wrong-total.json", response)])).toBe(0);
    expect(JSON.parse(output.stdout)).toMatchObject({ total: 12, statedTotal: 3 });
  });

  it("prints a list for a Bundle, one object per response, with Observations when asked", async () => {
    const bundle = {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: readFixture("us-core/QuestionnaireResponse-phq-9-example.json") },
        { resource: readFixture("us-core/QuestionnaireResponse-TAPS.json") },
        { resource: readFixture("us-core/QuestionnaireResponse-AUDIT-C.json") },
      ],
    };
    const output = captureOutput();
    expect(await runCli(["score-response", temporaryFile("bundle.json", bundle), "--observations"])).toBe(0);
    const printed = JSON.parse(output.stdout) as Record<string, unknown>[];
    expect(printed.map((entry) => [entry.instrument, entry.total, entry.band])).toEqual([
      ["phq-9", 12, "moderate"],
      ["taps-1", 0, "negative"],
      ["audit-c", null, null],
    ]);
    expect(printed[2]?.missingItems).toEqual(["/68518-0"]);
    expect(printed[0]?.observation).toMatchObject({
      resourceType: "Observation",
      valueQuantity: { value: 12 },
      derivedFrom: [{ reference: "QuestionnaireResponse/phq-9-example" }],
    });
  });

  it("scores a never-seen Questionnaire's response by its contained ValueSet weights as instrument 'unknown'", async () => {
    const response = {
      resourceType: "QuestionnaireResponse",
      status: "completed",
      item: [
        {
          linkId: "link-1",
          item: [
            {
              linkId: "link-1.1",
              item: [
                {
                  linkId: "link-1.1.1",
                  answer: [{ valueCoding: { system: "some-system-2", code: "some-code-1" } }],
                },
                {
                  linkId: "link-1.1.2",
                  answer: [{ valueCoding: { system: "some-system-1", code: "some-code-2" } }],
                },
              ],
            },
          ],
        },
      ],
    };
    const output = captureOutput();
    const code = await runCli([
      "score-response",
      temporaryFile("response.json", response),
      "--questionnaire",
      fixtures("lhc-forms/q-with-contained-valueset-with-itemWeight.json"),
    ]);
    expect(output.stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(output.stdout)).toMatchObject({
      instrument: "unknown",
      total: 12,
      band: null,
      flags: [],
    });
  });

  it("refuses a schema-invalid LHC-Forms Questionnaire with exit 2 and one line naming the bad element", async () => {
    const output = captureOutput();
    const code = await runCli([
      "score-response",
      fixtures("us-core/QuestionnaireResponse-phq-9-example.json"),
      "--questionnaire",
      fixtures("lhc-forms/phq9.json"),
    ]);
    expect(code).toBe(2);
    const lines = output.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^stepwise score-response: ".*phq9\.json" is not valid FHIR R4: Questionnaire\.item\[0\]\.extension\[2\]\.valueDuration\.value should be number/,
    );
    expect(output.stdout).toBe("");
  });

  it("scores it anyway with --lenient, warning on one line", async () => {
    const output = captureOutput();
    const code = await runCli([
      "score-response",
      fixtures("us-core/QuestionnaireResponse-phq-9-example.json"),
      "--questionnaire",
      fixtures("lhc-forms/lforms-fhir-app-phq9.json"),
      "--lenient",
    ]);
    expect(code).toBe(0);
    expect(output.stderr).toMatch(/^stepwise score-response: warning: .*\.valueString should be string\.\n$/);
    expect(JSON.parse(output.stdout)).toMatchObject({ instrument: "phq-9", total: 12 });
  });

  it.each([
    [["score-response"], /no response file given/],
    [["score-response", "/no/such/file.json"], /cannot read "\/no\/such\/file\.json"/],
    [["score-response", "a.json", "b.json"], /give one response file/],
    [["score-response", "a.json", "--sex", "unknown"], /--sex must be male or female/],
    [["score-response", "a.json", "--format"], /unknown option "--format"/],
    [["score-response", "a.json", "--questionnaire"], /--questionnaire needs a value/],
    [["score-response", "a.json", "--questionnaire", "--lenient"], /--questionnaire needs a value/],
  ])("refuses %o with exit 2 and one line", async (args, message) => {
    const output = captureOutput();
    expect(await runCli(args)).toBe(2);
    expect(output.stderr.trim().split("\n")).toHaveLength(1);
    expect(output.stderr).toMatch(message);
  });

  it("says when the file is not JSON, not a response, or has an answer the scale does not have", async () => {
    const notJson = captureOutput();
    expect(await runCli(["score-response", temporaryFile("broken.json", "{ not json")])).toBe(2);
    expect(notJson.stderr).toMatch(/"[^"]*broken\.json" is not valid JSON/);
    vi.restoreAllMocks();

    const questionnaire = captureOutput();
    expect(await runCli(["score-response", fixtures("us-core/Questionnaire-TAPS.json")])).toBe(2);
    expect(questionnaire.stderr).toMatch(
      /cannot be scored: Questionnaire: expected a QuestionnaireResponse or a Bundle/,
    );
    vi.restoreAllMocks();

    const response = readFixture("us-core/QuestionnaireResponse-phq-9-example.json");
    const first = (response.item as { answer: unknown[] }[])[0];
    if (first !== undefined) first.answer = [{ valueInteger: 7 }];
    const outOfRange = captureOutput();
    expect(await runCli(["score-response", temporaryFile("out-of-range.json", response)])).toBe(2);
    expect(outOfRange.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /cannot be scored: \/44250-9: valueInteger 7 is not an allowed answer; allowed answers are 0 /,
      ),
    ]);
  });

  it("reports a response that breaks the R4 schema (a bad status) instead of crashing", async () => {
    const response = readFixture("us-core/QuestionnaireResponse-phq-9-example.json");
    response.status = "done";
    const output = captureOutput();
    expect(await runCli(["score-response", temporaryFile("bad-status.json", response)])).toBe(2);
    expect(output.stderr).toMatch(
      /is not valid FHIR R4: QuestionnaireResponse\.status should be equal to one of the allowed values/,
    );
    expect(output.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("stepwise score-response, streamed", { timeout: 60_000 }, () => {
  afterEach(() => vi.restoreAllMocks());
  const phq9 = () => readFixture("us-core/QuestionnaireResponse-phq-9-example.json");
  const withItem9 = (code: string) => {
    const response = phq9();
    const item9 = (response.item as { linkId: string; answer: unknown[] }[]).find(
      (item) => item.linkId === "/44260-8",
    );
    if (item9 !== undefined) item9.answer = [{ valueCoding: { system: "http://loinc.org", code } }];
    return response;
  };

  it("NDJSON: one line per resource, an error line naming the entry and id, and it does not stop", async () => {
    const lines = [
      JSON.stringify(phq9()),
      "{ not json",
      JSON.stringify({ ...withItem9("LA9999-9"), id: "bad-code" }),
      JSON.stringify({ ...withItem9("LA6571-9"), id: "item-9-nearly-every-day" }),
      JSON.stringify({ ...phq9(), id: "stu3", questionnaire: { reference: "Questionnaire/phq-9" } }),
    ];
    const output = captureOutput();
    expect(await runCli(["score-response", temporaryFile("responses.ndjson", lines.join("\n"))])).toBe(2);
    const printed = output.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(
      printed.map((line) => [line.entry, line.response, line.total ?? line.error !== undefined]),
    ).toEqual([
      [0, "phq-9-example", 12],
      [1, undefined, true],
      [2, "bad-code", true],
      [3, "item-9-nearly-every-day", 15],
      [4, "stu3", 12],
    ]);
    expect(printed[1].error).toMatch(/line 2 is not valid JSON/);
    expect(printed[2].error).toMatch(/44260-8/);
    expect(printed[3].flags).toContain("suicide-risk-follow-up");
    expect(output.stderr).toMatch(/2 of 5 entries could not be scored/);
  });

  it("a Bundle prints a JSON list, one entry per line; a bad entry is named by index and id", async () => {
    const bundle = {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: phq9() },
        {
          fullUrl: "urn:uuid:1",
          resource: {
            resourceType: "QuestionnaireResponse",
            id: "unknown-scale",
            status: "completed",
            item: [{ linkId: "x", answer: [{ valueString: "y" }] }],
          },
        },
        { resource: readFixture("us-core/QuestionnaireResponse-AUDIT-C.json") },
      ],
    };
    const output = captureOutput();
    expect(await runCli(["score-response", temporaryFile("bundle.json", bundle)])).toBe(2);
    const printed = JSON.parse(output.stdout) as Record<string, unknown>[];
    expect(output.stdout.trim().split("\n")).toHaveLength(5);
    expect(printed.map((line) => [line.entry, line.response])).toEqual([
      [0, "phq-9-example"],
      [1, "unknown-scale"],
      [2, "AUDIT-C"],
    ]);
    expect(printed[1]?.error).toMatch(/Bundle\.entry\[1\]\.resource: no known scale/);
  });

  it("--lenient never crashes on unknown shapes: each gives one error line", async () => {
    const odd = [
      { ...phq9(), questionnaire: 42 },
      { ...phq9(), item: "not a list" },
      {
        resourceType: "QuestionnaireResponse",
        status: "completed",
        item: [{ linkId: "/44260-8", answer: [{ valueCoding: "LA6571-9" }] }],
      },
      [1, 2, 3],
    ];
    const output = captureOutput();
    const file = temporaryFile("odd.ndjson", odd.map((value) => JSON.stringify(value)).join("\n"));
    expect(await runCli(["score-response", file, "--lenient"])).toBe(2);
    const printed = output.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(printed).toHaveLength(4);
    for (const line of printed) expect(line.error).toEqual(expect.any(String));
    expect(output.stderr).not.toMatch(/\n\s+at |is not a function/);
  });
});
