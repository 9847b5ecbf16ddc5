import { describe, expect, it } from "vitest";
import { type BrowserHistory, browserBack, isGuardEntry } from "./browser-back.js";
import { Navigation } from "./navigation.js";

/** A browser history in memory: entries, the current index, and popstate delivered by the test. */
class FakeHistory implements BrowserHistory {
  entries: unknown[] = [null];
  index = 0;
  pending = false;
  get state(): unknown {
    return this.entries[this.index];
  }
  get length(): number {
    return this.entries.length;
  }
  pushState(state: unknown): void {
    this.entries = [...this.entries.slice(0, this.index + 1), state];
    this.index += 1;
  }
  back(): void {
    if (this.index > 0) {
      this.index -= 1;
      this.pending = true;
    }
  }
}

function setUp() {
  const navigation = new Navigation();
  const history = new FakeHistory();
  const back = browserBack(navigation, history);
  navigation.subscribe(() => back.sync());
  /** The person presses the browser's Back button. */
  const pressBack = () => {
    history.back();
    history.pending = false;
    back.onPopState();
  };
  const deliverOwnPop = () => {
    if (history.pending) {
      history.pending = false;
      back.onPopState();
    }
  };
  return { navigation, history, pressBack, deliverOwnPop };
}

describe("the browser's Back button", () => {
  it("steps back inside the app using at most one extra history entry", () => {
    const { navigation, history, pressBack } = setUp();
    navigation.navigate("self-check");
    let question = 3;
    navigation.handleBack(() => {
      if (question === 0) return false;
      question -= 1;
      return true;
    });
    expect(history.length).toBe(2);
    pressBack();
    expect(question).toBe(2);
    expect(isGuardEntry(history.state)).toBe(true);
    pressBack();
    pressBack();
    expect(question).toBe(0);
    expect(history.length).toBe(2);
    pressBack();
    expect(navigation.state.screen).toBe("guide");
    expect(history.index).toBe(0);
  });

  it("takes the extra entry away when the person goes home inside the app, so the next Back leaves", () => {
    const { navigation, history, deliverOwnPop } = setUp();
    navigation.navigate("results");
    navigation.navigate("guide");
    expect(history.index).toBe(0);
    deliverOwnPop();
    expect(navigation.state.screen).toBe("guide");
    expect(history.length).toBe(2);
  });
});
