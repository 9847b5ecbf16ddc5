import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.js";

/**
 * Remembers each CDS client token's `jti` until the token expires, so a token is accepted once
 * (RFC 7519 4.1.7: the `jti` "can be used to prevent the JWT from being replayed"; CDS Hooks 2.0
 * "Trusting CDS Clients" requires it). Kept in the database table the rate limiter shares
 * (access/shared-rate-limit-store.ts), so every server instance behind a load balancer refuses the same
 * replay, and a restart forgets nothing. A row's key is a digest of issuer and `jti` (bounded length, and
 * no rate-limit key can take that form); its `window_started_at` holds the token's expiry, so the rate
 * limiter's own clean-up (windows more than an hour old) removes it only after the token has expired, and
 * the rows of expired tokens are also removed here now and then.
 */
export function cdsTokenReplayGuard(database: Kysely<DatabaseSchema>) {
  let sincePrune = 0;
  return {
    /** True the first time this issuer's `jti` is seen; false for a replay. */
    async firstUse(token: { issuer: string; jti: string; expiresAt: Date; now: Date }): Promise<boolean> {
      const digest = createHash("sha256").update(`${token.issuer}\n${token.jti}`).digest("base64url");
      sincePrune += 1;
      if (sincePrune >= 100) {
        sincePrune = 0;
        await database
          .deleteFrom("rate_limit_windows")
          .where("key", "like", "cds-jti %")
          .where("window_started_at", "<", token.now.toISOString())
          .execute();
      }
      const row = await database
        .insertInto("rate_limit_windows")
        .values({ key: `cds-jti ${digest}`, window_started_at: token.expiresAt.toISOString(), hits: 1 })
        .onConflict((conflict) => conflict.column("key").doNothing())
        .returning("key")
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type CdsTokenReplayGuard = ReturnType<typeof cdsTokenReplayGuard>;
