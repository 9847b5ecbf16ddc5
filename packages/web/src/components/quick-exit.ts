import { isGuardEntry } from "../browser-back.js";

/**
 * Where the quick exit goes: a neutral, everyday page. `location.replace` swaps the current history
 * entry, so the Back button cannot bring the person back here (docs/design/consumer.md §1.9 and §5.4).
 * When the app's one extra history entry (browser-back.ts) is there, the exit first steps back off it,
 * so the entry that is replaced is the only one Stepwise has and Back never reaches Stepwise.
 */
export const NEUTRAL_SITE = "https://www.weather.gov/";

/** How long to wait for the browser to step back off the extra entry before leaving anyway. */
const STEP_BACK_WAIT_MS = 400;

let exiting = false;

/** True once the quick exit has started: nothing may hold the person back (no "leave?" prompt). */
export function isExiting(): boolean {
  return exiting;
}

export function quickExit(): void {
  exiting = true;
  document.title = "Weather";
  document.body.replaceChildren();
  const leave = () => window.location.replace(NEUTRAL_SITE);
  if (!isGuardEntry(window.history.state)) {
    leave();
    return;
  }
  window.addEventListener("popstate", leave, { once: true });
  window.setTimeout(leave, STEP_BACK_WAIT_MS);
  window.history.back();
}
