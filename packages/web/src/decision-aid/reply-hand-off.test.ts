import { afterAll, describe, expect, it } from "vitest";
import { offerReplyToOtherTabs, takeOfferedReplies } from "./reply-hand-off.js";

// Two channels of one process stand for two tabs of one browser: BroadcastChannel delivers between them.
describe("a reply link opened in a new tab", () => {
  let holdsFirstRatings = false;
  const taken: string[] = [];
  takeOfferedReplies(
    () => holdsFirstRatings,
    (fragment) => taken.push(fragment),
  );
  afterAll(() => {
    holdsFirstRatings = false;
  });

  it("stays in the new tab when no other tab holds Person 1's ratings", async () => {
    expect(await offerReplyToOtherTabs("#weigh=1&k=reply&f=time&r=5", 150)).toBe(false);
    expect(taken).toEqual([]);
  });

  it("goes to the tab that holds Person 1's ratings, which says it took it", async () => {
    holdsFirstRatings = true;
    expect(await offerReplyToOtherTabs("#weigh=1&k=reply&f=time&r=4", 2000)).toBe(true);
    expect(taken).toEqual(["#weigh=1&k=reply&f=time&r=4"]);
  });

  it("is taken once per offer, and a second offer is its own", async () => {
    holdsFirstRatings = true;
    expect(await offerReplyToOtherTabs("#weigh=1&k=reply&f=cost&r=2", 2000)).toBe(true);
    expect(taken).toEqual(["#weigh=1&k=reply&f=time&r=4", "#weigh=1&k=reply&f=cost&r=2"]);
  });
});
