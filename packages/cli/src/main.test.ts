import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "./main.js";
import { captureOutput } from "./testing/capture-output.js";

describe("the stepwise command", () => {
  const saved = { ...process.env };
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
  });

  it("refuses a PORT that is not a port number with one line and a non-zero exit", async () => {
    const output = captureOutput();
    process.env.PORT = "eighty";
    const code = await runCli(["serve"]);
    expect(code).not.toBe(0);
    expect(output.stderr.trim().split("\n")).toEqual([
      'stepwise serve: PORT must be a whole number from 0 to 65535, but it is "eighty".',
    ]);
  });

  it("refuses a data folder that is a regular file, without a stack trace", async () => {
    const output = captureOutput();
    const file = join(mkdtempSync(join(tmpdir(), "stepwise-cli-")), "data");
    writeFileSync(file, "");
    process.env.STEPWISE_DATA_DIR = file;
    process.env.PORT = "0";
    const code = await runCli(["serve"]);
    expect(code).toBe(1);
    expect(output.stderr).toMatch(/^stepwise serve: The data folder .* is a file, not a folder\./);
    expect(output.stderr).not.toMatch(/\n\s+at /);
  });

  it("names an unknown command and exits with 2", async () => {
    const output = captureOutput();
    expect(await runCli(["launch"])).toBe(2);
    expect(output.stderr).toContain('unknown command "launch"');
  });

  it("lists its commands for help", async () => {
    const output = captureOutput();
    expect(await runCli(["help"])).toBe(0);
    expect(output.stdout).toContain("stepwise serve");
  });
});
