import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../main.js";

describe("stepwise schema", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints the assessment model as JSON Schema", async () => {
    let stdout = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    expect(await runCli(["schema", "assessment"])).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toContain("2020-12");
    expect(schema.required).toEqual(expect.arrayContaining(["modelVersion", "asOf"]));
    expect(schema.properties.withdrawal).toBeDefined();
  });

  it("exits 2 for an unknown schema name", async () => {
    let stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    expect(await runCli(["schema", "everything"])).toBe(2);
    expect(stderr).toContain('unknown schema "everything"');
  });
});
