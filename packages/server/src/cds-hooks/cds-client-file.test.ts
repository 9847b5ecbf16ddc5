import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../config.js";
import { readCdsClientsFile } from "./cds-client-file.js";

describe("the CDS clients file", () => {
  const folder = mkdtempSync(join(tmpdir(), "stepwise-cds-clients-"));
  const write = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };

  it("reads each issuer with its keys", () => {
    const path = write(
      "ok.json",
      JSON.stringify([{ issuer: "https://ehr.example.org", jwks: { keys: [{ kty: "EC" }] } }]),
    );
    expect(readCdsClientsFile(path)).toEqual([
      { issuer: "https://ehr.example.org", jwks: { keys: [{ kty: "EC" }] } },
    ]);
  });

  it("refuses a file it cannot use with one line naming the setting", () => {
    for (const text of [
      "not json",
      "{}",
      JSON.stringify([{ issuer: "", jwks: { keys: [] } }]),
      JSON.stringify([{ issuer: "x" }]),
    ]) {
      const path = write("bad.json", text);
      expect(() => readCdsClientsFile(path)).toThrow(ConfigError);
      expect(() => readCdsClientsFile(path)).toThrow(/^STEPWISE_CDS_CLIENTS_FILE "[^\n]+"[^\n]*$/);
    }
    expect(() => readCdsClientsFile(join(folder, "missing.json"))).toThrow(ConfigError);
  });
});
