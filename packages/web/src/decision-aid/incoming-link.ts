/**
 * Picks up a weigh-it-together link when the app opens (or when one is pasted into the address bar of
 * an open tab). The fragment is read once and then removed from the address with
 * history.replaceState, which adds no history entry, so the ratings do not stay in the address bar,
 * in a bookmark or in Back (docs/design/consumer.md §6.4). A link pasted into an open tab made a new
 * history entry of its own; it becomes the app's one extra "Back" entry (browser-back.ts), so no more
 * than one is ever added. This file is tiny on purpose: it ships with the first screen; the decision
 * aid decodes the fragment in its own chunk.
 */
import { GUARD_STATE } from "../browser-back.js";

const PREFIX = "#weigh=";

let pending: string | null = null;
const listeners = new Set<() => void>();

function takeFromAddress(pastedIntoOpenTab: boolean): boolean {
  const { hash, pathname, search } = window.location;
  if (!hash.startsWith(PREFIX)) return false;
  pending = hash;
  window.history.replaceState(
    pastedIntoOpenTab ? GUARD_STATE : window.history.state,
    "",
    `${pathname}${search}`,
  );
  return true;
}

/** Call once at start-up; `onArrive` runs when a link arrives (then and later). */
export function watchForWeighLinks(onArrive: () => void): void {
  if (takeFromAddress(false)) onArrive();
  window.addEventListener("hashchange", () => {
    if (!takeFromAddress(true)) return;
    onArrive();
    for (const listener of listeners) listener();
  });
}

/** The link's fragment, once: the decision aid takes it and it is gone. */
export function takePendingWeighFragment(): string | null {
  const fragment = pending;
  pending = null;
  return fragment;
}

/** The decision aid listens while it is open, for a link that arrives after it loaded. */
export function onWeighLink(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
