import { createPublicKey, type JsonWebKey, verify } from "node:crypto";
import { HttpProblem } from "../problem.js";

/** A CDS client this server trusts: its issuer and its public keys, held locally (no key is fetched). */
export interface CdsClient {
  /** The `iss` of the client's tokens (CDS Hooks 2.0 "Trusting CDS Clients"). */
  readonly issuer: string;
  /** The client's JSON Web Key Set (RFC 7517). */
  readonly jwks: { readonly keys: readonly JsonWebKey[] };
}

/** The algorithms CDS Hooks 2.0 requires a service to support; any other is refused. */
const ALGORITHMS: Readonly<Record<string, { readonly hash: string; readonly ec: boolean }>> = {
  ES384: { hash: "sha384", ec: true },
  RS384: { hash: "sha384", ec: false },
};

/** Clock skew allowed on `exp` and `iat`, seconds. */
const LEEWAY_SECONDS = 60;

const refused = (detail: string) => new HttpProblem(401, "Unauthorized", detail);

function decodePart(part: string | undefined, what: string): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(part ?? "", "base64url").toString("utf8")) as unknown;
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Falls through to the refusal below.
  }
  throw refused(`The bearer token's ${what} is not base64url JSON.`);
}

/**
 * Checks the JWT a CDS client sends in `Authorization: Bearer` (CDS Hooks 2.0 "Trusting CDS Clients";
 * RFC 7519): signed with ES384 or RS384 by a key of a configured issuer's JWKS (chosen by `kid`), `aud`
 * the service's own address, `exp` in the future, `iat` not in the future, and a `jti`. Answers 401
 * naming what is wrong; returns the issuer, the `jti` and until when the token is accepted (for the replay
 * check, cds-token-replay.ts).
 */
export function verifyCdsClientJwt(
  authorization: string | undefined,
  options: { readonly clients: readonly CdsClient[]; readonly audience: string; readonly now: Date },
): { readonly issuer: string; readonly jti: string; readonly acceptedUntil: Date } {
  if (options.clients.length === 0)
    throw refused("No CDS client is configured on this server, so no hook request can be trusted.");
  const token = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i.exec(authorization ?? "")?.[1];
  if (token === undefined) throw refused("Send the CDS client's JWT as Authorization: Bearer <token>.");
  const [headerPart, payloadPart, signaturePart] = token.split(".");
  const header = decodePart(headerPart, "header");
  const payload = decodePart(payloadPart, "payload");
  const algorithm = typeof header.alg === "string" ? ALGORITHMS[header.alg] : undefined;
  if (algorithm === undefined) throw refused("The bearer token must be signed with ES384 or RS384.");
  const client = options.clients.find((candidate) => candidate.issuer === payload.iss);
  if (client === undefined) throw refused("The bearer token's issuer (iss) is not a configured CDS client.");
  const key = client.jwks.keys.find(
    (candidate) =>
      (header.kid === undefined || candidate.kid === header.kid) && (candidate.kty === "EC") === algorithm.ec,
  );
  if (key === undefined) throw refused("No key of the issuer's key set matches the token's kid.");
  let valid = false;
  try {
    valid = verify(
      algorithm.hash,
      Buffer.from(`${headerPart}.${payloadPart}`),
      {
        key: createPublicKey({ key, format: "jwk" }),
        ...(algorithm.ec ? { dsaEncoding: "ieee-p1363" as const } : {}),
      },
      Buffer.from(signaturePart ?? "", "base64url"),
    );
  } catch {
    valid = false;
  }
  if (!valid) throw refused("The bearer token's signature does not verify with the issuer's key.");
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(options.audience))
    throw refused(`The bearer token's audience (aud) must be this service's address, ${options.audience}.`);
  const now = options.now.getTime() / 1000;
  if (typeof payload.exp !== "number" || payload.exp + LEEWAY_SECONDS < now)
    throw refused("The bearer token has expired (exp).");
  if (typeof payload.iat === "number" && payload.iat - LEEWAY_SECONDS > now)
    throw refused("The bearer token was issued in the future (iat).");
  if (typeof payload.jti !== "string" || payload.jti === "") throw refused("The bearer token has no jti.");
  return {
    issuer: client.issuer,
    jti: payload.jti,
    acceptedUntil: new Date((payload.exp + LEEWAY_SECONDS) * 1000),
  };
}
