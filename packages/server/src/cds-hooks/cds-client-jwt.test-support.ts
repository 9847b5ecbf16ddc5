import { generateKeyPairSync, randomUUID, sign } from "node:crypto";
import type { CdsClient } from "./cds-client-jwt.js";

/**
 * A CDS client (an EHR) for tests that walk every route: its configuration for the server, and a fresh
 * ES384 JWT per call as CDS Hooks 2.0 "Trusting CDS Clients" shows it (each with its own jti).
 */
export function testCdsClient(issuer = "https://ehr.example.org") {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-384" });
  const client: CdsClient = {
    issuer,
    jwks: { keys: [{ ...publicKey.export({ format: "jwk" }), kid: "ehr-key-1", alg: "ES384", use: "sig" }] },
  };
  const jwtFor = (audience: string, now: Date): string => {
    const seconds = Math.floor(now.getTime() / 1000);
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const header = part({ alg: "ES384", typ: "JWT", kid: "ehr-key-1" });
    const payload = part({
      iss: issuer,
      sub: "ehr-client",
      aud: audience,
      exp: seconds + 300,
      iat: seconds,
      jti: randomUUID(),
    });
    const signature = sign("sha384", Buffer.from(`${header}.${payload}`), {
      key: privateKey,
      dsaEncoding: "ieee-p1363",
    });
    return `${header}.${payload}.${signature.toString("base64url")}`;
  };
  return { client, jwtFor };
}
