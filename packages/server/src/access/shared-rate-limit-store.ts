import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.js";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type Count = { current: number; ttl: number };

/** How often each instance writes the hits it counted to the database (docs/scaling.md). */
export const RATE_LIMIT_FLUSH_MS = 250;

/**
 * A key is written on the spot, not at the next flush, once its count reaches the last tenth of its
 * limit, so the decisions near the limit use every instance's written hits.
 */
const nearTheLimit = (max: number) => max - Math.max(1, Math.ceil(max / 10));

/** Rows per statement when flushing (SQLite allows 32,766 parameters; 3 a row). */
const ROWS_PER_STATEMENT = 500;

/** Windows kept in memory before those with nothing left to write are forgotten (their count is in the database). */
const WINDOWS_KEPT = 10_000;

/** Windows more than an hour old are removed from the table at most once a minute. */
const PRUNE_EVERY_MS = 60_000;
const PRUNE_OLDER_THAN_MS = 3_600_000;

/**
 * The option a route adds to its `rateLimit` when every attempt must be counted in the database as it
 * happens (sign-in, password links): `{ max, timeWindow, exactAcrossInstances: true }`.
 */
export interface ExactRateLimit {
  readonly exactAcrossInstances?: boolean;
}

export interface SharedRateLimitCounts {
  /** The store class for `@fastify/rate-limit`'s `store` option. */
  readonly store: FastifyRateLimitStoreCtor;
  /** Writes every hit not yet written. Never throws: a failed write keeps the hits for the next flush. */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left (the app's onClose). */
  close(): Promise<void>;
  /** True while a flush is waiting on its timer. */
  readonly flushScheduled: boolean;
}

export interface SharedRateLimitOptions {
  readonly flushEveryMs?: number;
  readonly now?: () => number;
  /** Told of a failed write (the error only: never a key, which holds a client address). */
  readonly onWriteError?: (error: unknown) => void;
}

/** This instance's view of one key's current window. */
interface Window {
  readonly key: string;
  timeWindow: number;
  /** When the window started, from the database once written (until then, this instance's first hit). */
  startedAt: number;
  /** Hits in the database for this window, all instances, as of this instance's last write. */
  written: number;
  /** Hits this instance counted and has not written yet. */
  unwritten: number;
}

/**
 * Counts for `@fastify/rate-limit` kept in the database, so every server instance behind a load balancer
 * counts the same requests (docs/scaling.md).
 *
 * Most routes (program search, FHIR, CDS Hooks, service accounts) are counted in memory and written in
 * batches: each instance adds its hits to the shared rows at most every `RATE_LIMIT_FLUSH_MS`, in one
 * statement per flush (per 500 keys), and decides from the database's total at its last write plus its own hits since.
 * Once a key is near its limit each hit is written on the spot. A limit can therefore be passed by at most
 * the other instances' hits this instance has not yet seen in the database (their last quarter to half
 * second); with one instance it is exact. A request waits on a write only near the limit, and never fails
 * because of one: a failed write keeps its hits for the next.
 *
 * Routes whose `rateLimit` says `exactAcrossInstances: true` (sign-in, password links) keep one atomic
 * UPSERT per attempt, as before: every instance sees every attempt at once.
 *
 * Both kinds keep fixed windows: a window starts with the first hit after the last one ended.
 */
export function sharedRateLimitCounts(
  database: Kysely<DatabaseSchema>,
  options: SharedRateLimitOptions = {},
): SharedRateLimitCounts {
  const now = options.now ?? Date.now;
  const flushEveryMs = options.flushEveryMs ?? RATE_LIMIT_FLUSH_MS;
  const windows = new Map<string, Window>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let flushing: Promise<void> = Promise.resolve();
  let prunedAt = now();
  let exactSincePrune = 0;

  const ttlOf = (window: Window, at: number) => Math.max(0, window.startedAt + window.timeWindow - at);

  /**
   * Adds `hits` to each key's shared row in one statement: a row whose window has ended starts a new
   * window with these hits. Returns each row's total and start.
   */
  async function addHits(
    rows: readonly { key: string; hits: number }[],
    timeWindow: number,
    at: number,
  ): Promise<Map<string, { hits: number; startedAt: number }>> {
    const started = new Date(at).toISOString();
    const cutoff = new Date(at - timeWindow).toISOString();
    const written = await database
      .insertInto("rate_limit_windows")
      .values(rows.map((row) => ({ key: row.key, window_started_at: started, hits: row.hits })))
      .onConflict((conflict) =>
        conflict.column("key").doUpdateSet((eb) => ({
          hits: eb
            .case()
            .when("rate_limit_windows.window_started_at", "<=", cutoff)
            .then(eb.ref("excluded.hits"))
            .else(eb("rate_limit_windows.hits", "+", eb.ref("excluded.hits")))
            .end(),
          window_started_at: eb
            .case()
            .when("rate_limit_windows.window_started_at", "<=", cutoff)
            .then(eb.ref("excluded.window_started_at"))
            .else(eb.ref("rate_limit_windows.window_started_at"))
            .end(),
        })),
      )
      .returning(["key", "hits", "window_started_at"])
      .execute();
    return new Map(
      written.map((row) => [
        row.key,
        { hits: Number(row.hits), startedAt: new Date(row.window_started_at).getTime() },
      ]),
    );
  }

  async function prune(at: number): Promise<void> {
    prunedAt = at;
    await database
      .deleteFrom("rate_limit_windows")
      .where("window_started_at", "<", new Date(at - PRUNE_OLDER_THAN_MS).toISOString())
      .execute();
  }

  /** Takes in the database's answer; answers can arrive out of order, so an older one changes nothing. */
  function learn(window: Window, answer: { hits: number; startedAt: number }): void {
    if (answer.startedAt > window.startedAt) {
      window.startedAt = answer.startedAt;
      window.written = answer.hits;
    } else if (answer.startedAt === window.startedAt) {
      window.written = Math.max(window.written, answer.hits);
    } else if (window.written === 0) {
      // The first answer for a window this instance started on its own: the database's start wins.
      window.startedAt = answer.startedAt;
      window.written = answer.hits;
    }
  }

  async function writeAll(): Promise<void> {
    const at = now();
    const taken = [...windows.values()]
      .filter((window) => window.unwritten > 0)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((window) => ({ window, hits: window.unwritten }));
    for (const { window } of taken) window.unwritten = 0;
    const byTimeWindow = new Map<number, (typeof taken)[number][]>();
    for (const entry of taken) {
      const group = byTimeWindow.get(entry.window.timeWindow) ?? [];
      group.push(entry);
      byTimeWindow.set(entry.window.timeWindow, group);
    }
    // Keys in one order on every instance, so two flushes on PostgreSQL take the rows' locks in one order.
    for (const [timeWindow, group] of byTimeWindow) {
      for (let start = 0; start < group.length; start += ROWS_PER_STATEMENT) {
        const chunk = group.slice(start, start + ROWS_PER_STATEMENT);
        try {
          const answers = await addHits(
            chunk.map(({ window, hits }) => ({ key: window.key, hits })),
            timeWindow,
            at,
          );
          for (const { window } of chunk) {
            const answer = answers.get(window.key);
            if (answer !== undefined) learn(window, answer);
          }
        } catch (error) {
          for (const { window, hits } of chunk) window.unwritten += hits;
          options.onWriteError?.(error);
        }
      }
    }
    try {
      if (at - prunedAt >= PRUNE_EVERY_MS) await prune(at);
    } catch (error) {
      options.onWriteError?.(error);
    }
    forgetOldWindows(now());
  }

  /** Drops windows that have ended with nothing left to write, and past `WINDOWS_KEPT` the oldest written ones. */
  function forgetOldWindows(at: number): void {
    for (const [key, window] of windows) {
      if (window.unwritten === 0 && at >= window.startedAt + window.timeWindow) windows.delete(key);
    }
    if (windows.size <= WINDOWS_KEPT) return;
    for (const [key, window] of windows) {
      if (windows.size <= WINDOWS_KEPT) break;
      if (window.unwritten === 0) windows.delete(key);
    }
  }

  function flush(): Promise<void> {
    // One flush at a time; a flush asked for during one runs after it, so nothing counted is skipped.
    flushing = flushing.then(writeAll).catch((error: unknown) => options.onWriteError?.(error));
    return flushing;
  }

  function scheduleFlush(): void {
    if (timer !== undefined || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush().then(() => {
        if ([...windows.values()].some((window) => window.unwritten > 0)) scheduleFlush();
      });
    }, flushEveryMs);
    // A pending flush never keeps the process alive; close() writes what is left.
    timer.unref();
  }

  function count(windowKey: string, timeWindow: number, max: number): Promise<Count> {
    const at = now();
    let window = windows.get(windowKey);
    if (window === undefined) {
      window = { key: windowKey, timeWindow, startedAt: at, written: 0, unwritten: 0 };
      windows.set(windowKey, window);
    }
    // A route may give each request its own window length (`timeWindow` as a function).
    window.timeWindow = timeWindow;
    if (at >= window.startedAt + timeWindow) {
      // The window has ended here; hits not yet written are kept and count in the new one (the safe side).
      window.startedAt = at;
      window.written = 0;
    }
    window.unwritten += 1;
    const counted = window.written + window.unwritten;
    // Near the limit, this hit is written now and the database's total decides. Past the limit on what
    // this instance knows, the total of all instances is past it too: refused without waiting on a write.
    if (counted <= max && counted > nearTheLimit(max)) return writeNow(window, at);
    scheduleFlush();
    return Promise.resolve({ current: counted, ttl: ttlOf(window, at) });
  }

  /** Near the limit: this hit and any before it go to the database now, and its total decides. */
  async function writeNow(window: Window, at: number): Promise<Count> {
    const hits = window.unwritten;
    window.unwritten = 0;
    try {
      const answer = (await addHits([{ key: window.key, hits }], window.timeWindow, at)).get(window.key);
      if (answer === undefined) throw new Error("The rate limit row was not returned.");
      learn(window, answer);
      return { current: answer.hits, ttl: ttlOf(window, now()) };
    } catch (error) {
      window.unwritten += hits;
      options.onWriteError?.(error);
      scheduleFlush();
      return { current: window.written + window.unwritten, ttl: ttlOf(window, at) };
    }
  }

  /** One atomic UPSERT per attempt: every instance sees the attempt before the next is decided. */
  async function countExactly(windowKey: string, timeWindow: number): Promise<Count> {
    const at = now();
    const answer = (await addHits([{ key: windowKey, hits: 1 }], timeWindow, at)).get(windowKey);
    if (answer === undefined) throw new Error("The rate limit row was not returned.");
    exactSincePrune += 1;
    if (exactSincePrune >= 100) {
      exactSincePrune = 0;
      await prune(at);
    }
    return { current: answer.hits, ttl: Math.max(0, answer.startedAt + timeWindow - at) };
  }

  const answer = (work: Promise<Count>, callback: Callback) =>
    work.then(
      (result) => callback(null, result),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );

  class SharedRateLimitStore implements FastifyRateLimitStore {
    readonly #scope: string;
    readonly #exact: boolean;
    constructor(_options?: unknown, scope = "global", exact = false) {
      this.#scope = scope;
      this.#exact = exact;
    }

    incr(key: string, callback: Callback, timeWindow: number, max: number): void {
      const windowKey = `${this.#scope} ${key ?? "unknown client"}`;
      void answer(
        this.#exact ? countExactly(windowKey, timeWindow) : count(windowKey, timeWindow, max),
        callback,
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      const options = routeOptions as ExactRateLimit & { routeInfo?: { method?: unknown; url?: unknown } };
      const scope =
        `${String(options.routeInfo?.method ?? "")} ${String(options.routeInfo?.url ?? "")}`.trim();
      return new SharedRateLimitStore(
        undefined,
        scope === "" ? "route" : scope,
        options.exactAcrossInstances === true,
      );
    }
  }

  return {
    store: SharedRateLimitStore,
    flush,
    async close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await flush();
    },
    get flushScheduled() {
      return timer !== undefined;
    },
  };
}
