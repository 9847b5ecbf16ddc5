import { useEffect, useRef, useState } from "preact/hooks";
import { watchApiCalls } from "../clinic-api.js";

/** The warning comes this long before the server's idle limit ends the session. */
export const WARNING_BEFORE_MS = 2 * 60_000;

export interface IdleDeadlines {
  /** When to ask "Are you still there?". */
  readonly warnAt: number;
  /** When the server ends the session: clear the screen then. */
  readonly endAt: number;
}

/**
 * The server counts the idle limit from the last request (docs/security.md, "Timeouts"), so the page
 * does too: two minutes before the end it warns, or halfway for a limit of two minutes or less.
 */
export function idleDeadlines(lastRequestAt: number, idleMinutes: number): IdleDeadlines {
  const limit = idleMinutes * 60_000;
  const lead = limit > WARNING_BEFORE_MS ? WARNING_BEFORE_MS : limit / 2;
  return { warnAt: lastRequestAt + limit - lead, endAt: lastRequestAt + limit };
}

export type IdleState = "active" | "warning";

/**
 * Watches the clinic's requests and calls `onEnd` when the idle limit is reached, or at once when the
 * server says the session is gone (401). Returns whether to show the warning.
 */
export function useIdleTimeout(idleMinutes: number, onEnd: (why: "idle" | "lost") => void): IdleState {
  const [state, setState] = useState<IdleState>("active");
  const ended = useRef(false);
  const end = useRef(onEnd);
  end.current = onEnd;

  useEffect(() => {
    let timers: ReturnType<typeof setTimeout>[] = [];
    const finish = (why: "idle" | "lost") => {
      if (ended.current) return;
      ended.current = true;
      for (const timer of timers) clearTimeout(timer);
      end.current(why);
    };
    const schedule = () => {
      for (const timer of timers) clearTimeout(timer);
      const now = Date.now();
      const { warnAt, endAt } = idleDeadlines(now, idleMinutes);
      setState("active");
      timers = [
        setTimeout(() => setState("warning"), warnAt - now),
        setTimeout(() => finish("idle"), endAt - now),
      ];
    };
    schedule();
    const stop = watchApiCalls((status) => {
      if (status === 401) finish("lost");
      else schedule();
    });
    return () => {
      stop();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [idleMinutes]);
  return state;
}
