import { readFileSync } from "node:fs";
import { ConfigError } from "../config.js";
import type { CdsClient } from "./cds-client-jwt.js";

/**
 * Reads the CDS clients this server trusts from a JSON file (`STEPWISE_CDS_CLIENTS_FILE`): a list of
 * `{ "issuer": "https://ehr.example.org", "jwks": { "keys": [ …public JWKs… ] } }`. The keys are held
 * here, so a hook call never makes the server fetch anything (docs/fhir.md "CDS Hooks").
 */
export function readCdsClientsFile(path: string): CdsClient[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new ConfigError(`STEPWISE_CDS_CLIENTS_FILE "${path}" cannot be read as JSON.`);
  }
  const valid =
    Array.isArray(json) &&
    json.every(
      (client: { issuer?: unknown; jwks?: { keys?: unknown } } | null) =>
        typeof client?.issuer === "string" &&
        client.issuer !== "" &&
        Array.isArray(client.jwks?.keys) &&
        (client.jwks.keys as unknown[]).every((key) => key !== null && typeof key === "object"),
    );
  if (!valid)
    throw new ConfigError(
      `STEPWISE_CDS_CLIENTS_FILE "${path}" must be a list of { "issuer": "…", "jwks": { "keys": [ … ] } }.`,
    );
  return json as CdsClient[];
}
