import { describe, expect, it } from "vitest";
import { idleDeadlines } from "./idle-timeout.js";

describe("when the clinic warns and ends an idle session", () => {
  it("warns two minutes before the server's idle limit and ends at the limit", () => {
    expect(idleDeadlines(0, 30)).toEqual({ warnAt: 28 * 60_000, endAt: 30 * 60_000 });
  });

  it("warns after one minute of a three-minute limit, and halfway through a limit of two minutes or less", () => {
    expect(idleDeadlines(1000, 3)).toEqual({ warnAt: 1000 + 60_000, endAt: 1000 + 180_000 });
    expect(idleDeadlines(0, 1)).toEqual({ warnAt: 30_000, endAt: 60_000 });
  });
});
