import { HOME_SCREEN, type Navigation } from "./navigation.js";

/**
 * The browser's Back button means "back" inside the app, using at most ONE extra history entry with
 * the same URL (no screen or answer is ever put in the URL or in history state). While the person is
 * away from the guide the entry is there; pressing Back pops it, the app steps back one question or
 * screen, and puts the entry back if there is still somewhere to go back to. Back at the guide the
 * entry is taken away again, so the next Back leaves the site as usual. The quick exit (quick-exit.ts)
 * takes the entry away before it replaces the page, so Back after it never reaches Stepwise. Back
 * should go where the person feels "back" is (Nielsen Norman Group, "The Back button"), and the extra
 * entry only ever stands for a real step back, never a trap.
 */
export const GUARD_STATE = { stepwise: "back" } as const;

/** The parts of `window.history` used here, so tests can pass their own. */
export interface BrowserHistory {
  readonly state: unknown;
  pushState(state: unknown, unused: string): void;
  back(): void;
}

export function isGuardEntry(state: unknown): boolean {
  return typeof state === "object" && state !== null && (state as { stepwise?: unknown }).stepwise === "back";
}

export interface BrowserBack {
  /** Call on every popstate event. */
  onPopState(): void;
  /** Call after every change of screen. */
  sync(): void;
}

export function browserBack(
  navigation: Navigation,
  history: BrowserHistory,
  leaving: () => boolean = () => false,
): BrowserBack {
  // A popstate we caused ourselves (taking the entry away at the guide) is not the person's Back.
  let ownBack = false;
  const sync = () => {
    if (leaving()) return;
    const away = navigation.state.screen !== HOME_SCREEN;
    const guarded = isGuardEntry(history.state);
    if (away && !guarded) history.pushState(GUARD_STATE, "");
    else if (!away && guarded) {
      ownBack = true;
      history.back();
    }
  };
  return {
    onPopState() {
      if (leaving()) return;
      if (ownBack) {
        ownBack = false;
        return;
      }
      if (isGuardEntry(history.state)) return;
      navigation.back();
      sync();
    },
    sync,
  };
}

/** Wires the app's navigation to the real browser history. */
export function installBrowserBack(navigation: Navigation, leaving: () => boolean): () => void {
  const back = browserBack(navigation, window.history, leaving);
  const onPopState = () => back.onPopState();
  window.addEventListener("popstate", onPopState);
  const stop = navigation.subscribe(() => back.sync());
  back.sync();
  return () => {
    window.removeEventListener("popstate", onPopState);
    stop();
  };
}
