/**
 * The "weigh it together" link. It carries only the factors and, if the person chooses, their ratings,
 * and it carries them in the URL fragment (after "#"). Browsers never send the fragment to a server, so
 * the ratings go from one phone to the other without passing through Stepwise (docs/design/consumer.md
 * §6.4: nothing leaves the device unless the person chooses, and then only to the person they choose).
 * The app reads the fragment on arrival and clears it with history.replaceState.
 */
import { type FactorId, type Importance, isFactorId, isImportance, type Ratings } from "./factors.js";

export const WEIGH_FRAGMENT_PREFIX = "#weigh=";
const FORMAT_VERSION = "1";

/** "ask": the first person's invitation; "reply": the second person's ratings coming back. */
export type WeighLinkKind = "ask" | "reply";

export interface WeighMessage {
  readonly kind: WeighLinkKind;
  readonly factors: readonly FactorId[];
  /** The sender's ratings, or null when they chose not to share them (an invitation only). */
  readonly ratings: Ratings | null;
}

export type WeighDecoding =
  | { readonly ok: true; readonly message: WeighMessage }
  | { readonly ok: false; readonly field: string; readonly expected: string };

export function encodeWeighFragment(message: WeighMessage): string {
  const parts = [
    `${WEIGH_FRAGMENT_PREFIX}${FORMAT_VERSION}`,
    `k=${message.kind}`,
    `f=${message.factors.join(".")}`,
  ];
  if (message.ratings !== null) {
    const ratings = message.ratings;
    parts.push(`r=${message.factors.map((factor) => ratings[factor] ?? "-").join("")}`);
  }
  return parts.join("&");
}

/**
 * The link to send: this app's address with the fragment, and nothing in the path or the query, even
 * when the page was opened with some (so no part of the message can reach a server's logs).
 */
export function weighLink(pageAddress: string, message: WeighMessage): string {
  const url = new URL(pageAddress);
  return `${url.origin}/${encodeWeighFragment(message)}`;
}

export function isWeighFragment(hash: string): boolean {
  return hash.startsWith(WEIGH_FRAGMENT_PREFIX);
}

function failure(field: string, expected: string): WeighDecoding {
  return { ok: false, field, expected };
}

export function decodeWeighFragment(hash: string): WeighDecoding {
  if (!isWeighFragment(hash)) return failure("link", `a fragment starting with ${WEIGH_FRAGMENT_PREFIX}`);
  const params = new URLSearchParams(hash.slice(1));
  if (params.get("weigh") !== FORMAT_VERSION) return failure("version", `version ${FORMAT_VERSION}`);
  const kind = params.get("k");
  if (kind !== "ask" && kind !== "reply") return failure("k", '"ask" or "reply"');
  const factorText = params.get("f") ?? "";
  const codes = factorText === "" ? [] : factorText.split(".");
  if (codes.length === 0) return failure("f", "at least one factor");
  const factors: FactorId[] = [];
  for (const code of codes) {
    if (!isFactorId(code)) return failure("f", `known factors, not "${code}"`);
    if (factors.includes(code)) return failure("f", `each factor once, "${code}" is repeated`);
    factors.push(code);
  }
  const ratingText = params.get("r");
  if (ratingText === null) {
    if (kind === "reply") return failure("r", "ratings in a reply");
    return { ok: true, message: { kind, factors, ratings: null } };
  }
  if (ratingText.length !== factors.length) return failure("r", `${factors.length} ratings, one per factor`);
  const ratings: Partial<Record<FactorId, Importance>> = {};
  for (const [index, factor] of factors.entries()) {
    const mark = ratingText[index] ?? "-";
    if (mark === "-") continue;
    const value = Number(mark);
    if (!isImportance(value)) return failure("r", `ratings from 0 to 5 or "-", not "${mark}"`);
    ratings[factor] = value;
  }
  return { ok: true, message: { kind, factors, ratings } };
}
