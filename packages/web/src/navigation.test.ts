import { describe, expect, it } from "vitest";
import { HOME_SCREEN, isScreenAvailable, Navigation, type ScreenId } from "./navigation.js";

describe("in-app navigation (screens in memory, Back inside the app)", () => {
  it("starts on the guide and goes back along the trail the person took", () => {
    const navigation = new Navigation();
    expect(navigation.state.screen).toBe(HOME_SCREEN);
    navigation.navigate("self-check");
    expect(navigation.state.screen).toBe("self-check");
    expect(navigation.goBack()).toBe(true);
    expect(navigation.state.screen).toBe("guide");
    expect(navigation.goBack()).toBe(false);
  });

  it("tells every subscriber about a new screen and stops after unsubscribe", () => {
    const navigation = new Navigation();
    const seen: string[] = [];
    const stop = navigation.subscribe((state) => seen.push(state.screen));
    navigation.navigate("self-check");
    stop();
    navigation.goBack();
    expect(seen).toEqual(["self-check"]);
  });

  it("refuses a screen nobody registered, naming it", () => {
    const navigation = new Navigation();
    const unregistered = "not-a-screen" as ScreenId;
    expect(isScreenAvailable(unregistered)).toBe(false);
    expect(() => navigation.navigate(unregistered)).toThrow(/not-a-screen/);
  });

  it("reset returns home with nothing to go back to", () => {
    const navigation = new Navigation();
    navigation.navigate("self-check");
    navigation.reset();
    expect(navigation.state).toEqual({ screen: "guide", trail: [] });
  });

  it("lets the screen showing take Back first (the previous question), then goes to the previous screen", () => {
    const navigation = new Navigation();
    navigation.navigate("self-check");
    let questionsLeftToStepBack = 2;
    const stop = navigation.handleBack(() => {
      if (questionsLeftToStepBack === 0) return false;
      questionsLeftToStepBack -= 1;
      return true;
    });
    expect(navigation.back()).toBe(true);
    expect(navigation.back()).toBe(true);
    expect(navigation.state.screen).toBe("self-check");
    expect(navigation.back()).toBe(true);
    expect(navigation.state.screen).toBe("guide");
    stop();
    expect(navigation.back()).toBe(false);
  });
});
