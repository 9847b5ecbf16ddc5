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

/** Windows kept in memory; past this, those with nothing left to write are forgotten (they are written). */
const WINDOWS_KEPT = 10_000;

/** Windows more than an hour old are removed from the table at most once a minute. */
const PRUNE_EVERY_MS = 60_000;
const PRUNE_OLDER_THAN_MS = 3_600_000;

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
  /** Hits in the database for this window, all instances, as of the database's last answer. */
  written: number;
  /** Hits this instance counted and has not written yet. */
  unwritten: number;
  /** Hits in the statement under way for this key (one at a time, so answers arrive in order). */
  inFlight: number;
  /** That statement, settled either way; undefined when none is under way. */
  writing: Promise<unknown> | undefined;
  /**
   * Other instances' hits this instance has learnt of from the database's answers in this window. A
   * request's count is its place among the hits this instance knew of when it came, plus those learnt
   * of since.
   */
  othersLearnt: number;
}

/**
 * Counts for `@fastify/rate-limit` kept in the database, so every server instance behind a load balancer
 * counts the same requests (docs/scaling.md).
 *
 * Most routes (program search, FHIR, CDS Hooks, service accounts) are counted in memory and written in
 * batches: each instance adds its hits to the shared rows at most every `RATE_LIMIT_FLUSH_MS`, in one
 * statement per flush (per 500 keys), and decides from the database's total at its last answer plus its own
 * hits since. Once a key is near its limit each hit is written on the spot. A limit can therefore be passed
 * by at most the other instances' hits this instance has not yet seen in the database (their last quarter to
 * half second); with one instance it is exact. A request waits on a write only near the limit, and never
 * fails because of one: a failed write keeps its hits for the next.
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

  /**
   * Takes in the database's total after a statement that added `hits`: what it holds beyond this
   * instance's last known total and those hits came from other instances.
   */
  function learn(window: Window, answer: { hits: number; startedAt: number }, hits: number): void {
    if (answer.startedAt === window.startedAt) {
      window.othersLearnt += Math.max(0, answer.hits - window.written - hits);
      window.written = Math.max(window.written, answer.hits);
    } else if (answer.startedAt > window.startedAt || window.written === 0) {
      // A window the database started later than this instance thought, or the first answer for a
      // window this instance started on its own: the database's start wins.
      window.othersLearnt += Math.max(0, answer.hits - hits);
      window.startedAt = answer.startedAt;
      window.written = answer.hits;
    }
  }

  async function writeAll(): Promise<void> {
    // Hits already on their way (near the limit) land first, so each key has one statement at a time.
    await Promise.all([...windows.values()].map((window) => window.writing));
    const at = now();
    // Keys in one order on every instance, so two flushes on PostgreSQL take the rows' locks in one order.
    const taken = [...windows.values()]
      .filter((window) => window.unwritten > 0 && window.writing === undefined)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const byTimeWindow = new Map<number, Window[]>();
    for (const window of taken) {
      const group = byTimeWindow.get(window.timeWindow) ?? [];
      group.push(window);
      byTimeWindow.set(window.timeWindow, group);
    }
    for (const [timeWindow, group] of byTimeWindow) {
      for (let start = 0; start < group.length; start += ROWS_PER_STATEMENT) {
        // A key may have started a write near its limit while an earlier chunk was being written.
        const chunk = group
          .slice(start, start + ROWS_PER_STATEMENT)
          .filter((window) => window.unwritten > 0 && window.writing === undefined);
        if (chunk.length === 0) continue;
        const write = addHits(
          chunk.map((window) => ({ key: window.key, hits: window.unwritten })),
          timeWindow,
          at,
        );
        const settled = write.catch(() => undefined);
        for (const window of chunk) {
          window.inFlight = window.unwritten;
          window.unwritten = 0;
          window.writing = settled;
        }
        let answers: Awaited<typeof write> | undefined;
        try {
          answers = await write;
        } catch (error) {
          options.onWriteError?.(error);
        }
        for (const window of chunk) landed(window, answers?.get(window.key));
      }
    }
    try {
      if (at - prunedAt >= PRUNE_EVERY_MS) await prune(at);
    } catch (error) {
      options.onWriteError?.(error);
    }
    forgetOldWindows(now());
  }

  /** A key's statement has settled: its total is learnt, or (failed) its hits wait for the next write. */
  function landed(window: Window, answer: { hits: number; startedAt: number } | undefined): void {
    if (answer === undefined) window.unwritten += window.inFlight;
    else learn(window, answer, window.inFlight);
    window.inFlight = 0;
    window.writing = undefined;
  }

  const idle = (window: Window) => window.unwritten === 0 && window.writing === undefined;

  /** Drops ended windows with nothing left to write and, past `WINDOWS_KEPT`, the oldest written ones. */
  function forgetOldWindows(at: number): void {
    for (const [key, window] of windows) {
      if (idle(window) && at >= window.startedAt + window.timeWindow) windows.delete(key);
    }
    if (windows.size <= WINDOWS_KEPT) return;
    for (const [key, window] of windows) {
      if (windows.size <= WINDOWS_KEPT) break;
      if (idle(window)) windows.delete(key);
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
        if ([...windows.values()].some((window) => !idle(window))) scheduleFlush();
      });
    }, flushEveryMs);
    // A pending flush never keeps the process alive; close() writes what is left.
    timer.unref();
  }

  function count(windowKey: string, timeWindow: number, max: number): Promise<Count> {
    const at = now();
    let window = windows.get(windowKey);
    if (window === undefined) {
      window = {
        key: windowKey,
        timeWindow,
        startedAt: at,
        written: 0,
        unwritten: 0,
        inFlight: 0,
        writing: undefined,
        othersLearnt: 0,
      };
      windows.set(windowKey, window);
    }
    // A route may give each request its own window length (`timeWindow` as a function).
    window.timeWindow = timeWindow;
    if (at >= window.startedAt + timeWindow) {
      // The window has ended here; hits not yet written are kept and count in the new one (the safe side).
      window.startedAt = at;
      window.written = 0;
      window.othersLearnt = 0;
    }
    window.unwritten += 1;
    const counted = window.written + window.inFlight + window.unwritten;
    const place = { counted, othersLearnt: window.othersLearnt };
    // Near the limit, this hit is written now and the database's total decides. Past the limit on what
    // this instance knows, the total of all instances is past it too: refused without waiting on a write.
    if (counted <= max && counted > nearTheLimit(max)) return writeNow(window, place);
    scheduleFlush();
    return Promise.resolve({ current: counted, ttl: ttlOf(window, at) });
  }

  /**
   * Near the limit: this hit and any before it go to the database now, after the key's statement under
   * way (if any). The request's count is its place when it came plus the other instances' hits the
   * answers showed since, so concurrent requests of one instance keep their order.
   */
  async function writeNow(window: Window, place: { counted: number; othersLearnt: number }): Promise<Count> {
    const current = () => place.counted + Math.max(0, window.othersLearnt - place.othersLearnt);
    while (window.writing !== undefined) await window.writing;
    // An earlier statement may have carried this hit already.
    if (window.unwritten === 0) return { current: current(), ttl: ttlOf(window, now()) };
    const write = addHits([{ key: window.key, hits: window.unwritten }], window.timeWindow, now());
    window.inFlight = window.unwritten;
    window.unwritten = 0;
    window.writing = write.catch(() => undefined);
    let answer: { hits: number; startedAt: number } | undefined;
    try {
      answer = (await write).get(window.key);
    } catch (error) {
      options.onWriteError?.(error);
    }
    landed(window, answer);
    // A failed write: the hits wait for the next flush, and this instance's own count decides.
    if (answer === undefined) scheduleFlush();
    return { current: current(), ttl: ttlOf(window, now()) };
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
      // `exactAcrossInstances` comes from the route's `rateLimit` (routes/api-route.ts `RouteRateLimit`).
      const options = routeOptions as {
        exactAcrossInstances?: unknown;
        routeInfo?: { method?: unknown; url?: unknown };
      };
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
      // The second flush takes hits left behind by a write near the limit still under way during the first.
      await flush();
      await flush();
    },
    get flushScheduled() {
      return timer !== undefined;
    },
  };
}
