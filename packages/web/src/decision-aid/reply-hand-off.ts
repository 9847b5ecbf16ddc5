/**
 * Hands a reply link opened in a new tab to the tab where Person 1 rated. Answers live only in the memory
 * of the tab they were given in (nothing is stored unless the person chooses to save), so a reply link that
 * a messaging app opens in a new tab finds no Person 1 ratings there. The new tab offers the reply to the
 * other Stepwise tabs of this browser over a BroadcastChannel, which reaches only pages of the same site in
 * the same browser on this device; nothing leaves it (docs/design/consumer.md §6.4). A tab that holds Person
 * 1's ratings takes the reply and says so.
 */

const CHANNEL_NAME = "stepwise-weigh-reply";
/** How long a new tab waits for another tab to take its reply before showing it itself. */
export const HAND_OFF_WAIT_MS = 600;

type HandOffMessage =
  | { readonly kind: "offer"; readonly id: string; readonly fragment: string }
  | { readonly kind: "taken"; readonly id: string };

function isOffer(data: unknown): data is Extract<HandOffMessage, { kind: "offer" }> {
  const message = data as Partial<Extract<HandOffMessage, { kind: "offer" }>> | null;
  return (
    message !== null &&
    typeof message === "object" &&
    message.kind === "offer" &&
    typeof message.id === "string" &&
    typeof message.fragment === "string"
  );
}

let listening: BroadcastChannel | null = null;

/**
 * Starts taking replies that other tabs offer, once per tab: `canTake` says whether this tab holds Person
 * 1's ratings now, `take` applies the reply's fragment.
 */
export function takeOfferedReplies(canTake: () => boolean, take: (fragment: string) => void): void {
  if (listening !== null || typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isOffer(event.data) || !canTake()) return;
    take(event.data.fragment);
    const taken: HandOffMessage = { kind: "taken", id: event.data.id };
    channel.postMessage(taken);
  };
  listening = channel;
}

/** Offers a reply to the other tabs; true when one of them took it. */
export function offerReplyToOtherTabs(fragment: string, waitMs = HAND_OFF_WAIT_MS): Promise<boolean> {
  if (typeof BroadcastChannel === "undefined") return Promise.resolve(false);
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const id = crypto.randomUUID();
  return new Promise((resolve) => {
    const finish = (taken: boolean) => {
      clearTimeout(timer);
      channel.close();
      resolve(taken);
    };
    const timer = setTimeout(() => finish(false), waitMs);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data as Partial<HandOffMessage> | null;
      if (message?.kind === "taken" && message.id === id) finish(true);
    };
    const offer: HandOffMessage = { kind: "offer", id, fragment };
    channel.postMessage(offer);
  });
}
