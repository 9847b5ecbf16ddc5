import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.js";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for `@fastify/rate-limit` that keeps the per-address counts in the database, so every
 * server instance behind a load balancer counts the same attempts (docs/scaling.md). One statement
 * per attempt: an UPSERT that starts a new window or adds one to the current one, atomically on both
 * databases. Windows older than an hour are removed now and then.
 */
export function sharedRateLimitStore(
  database: Kysely<DatabaseSchema>,
  now: () => number = Date.now,
): FastifyRateLimitStoreCtor {
  let sincePrune = 0;
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    readonly #scope: string;
    constructor(_options?: unknown, scope = "global") {
      this.#scope = scope;
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      const started = new Date(at).toISOString();
      const cutoff = new Date(at - timeWindow).toISOString();
      const windowKey = `${this.#scope} ${key ?? "unknown client"}`;
      sincePrune += 1;
      const prune = sincePrune >= 100;
      if (prune) sincePrune = 0;
      void (async () => {
        const row = await database
          .insertInto("rate_limit_windows")
          .values({ key: windowKey, window_started_at: started, hits: 1 })
          .onConflict((conflict) =>
            conflict.column("key").doUpdateSet((eb) => ({
              hits: eb
                .case()
                .when("rate_limit_windows.window_started_at", "<=", cutoff)
                .then(1)
                .else(eb("rate_limit_windows.hits", "+", 1))
                .end(),
              window_started_at: eb
                .case()
                .when("rate_limit_windows.window_started_at", "<=", cutoff)
                .then(started)
                .else(eb.ref("rate_limit_windows.window_started_at"))
                .end(),
            })),
          )
          .returning(["hits", "window_started_at"])
          .executeTakeFirstOrThrow();
        if (prune) {
          await database
            .deleteFrom("rate_limit_windows")
            .where("window_started_at", "<", new Date(at - 3_600_000).toISOString())
            .execute();
        }
        const ttl = Math.max(0, new Date(row.window_started_at).getTime() + timeWindow - at);
        return { current: Number(row.hits), ttl };
      })().then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      const scope = `${String(route?.method ?? "")} ${String(route?.url ?? "")}`.trim();
      return new SharedRateLimitStore(undefined, scope === "" ? "route" : scope);
    }
  };
}
