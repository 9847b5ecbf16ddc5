import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

/**
 * Which screen is showing. The screen lives in memory only, never in the URL or a hash route. The
 * browser's Back button works through ONE extra history entry with the same URL (browser-back.ts), so
 * it means "back" inside the app, and the quick exit removes it before leaving, so Back after a quick
 * exit cannot return to the person's answers (docs/design/consumer.md §1.9 and §5.4). Back inside the
 * app uses the in-memory trail below, after the screen's own Back (e.g. the previous question).
 */
export const SCREEN_IDS = ["guide", "self-check", "results", "decision-aid", "methods"] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

/** The first screen, shown eagerly; every other screen is a lazily loaded chunk. */
export const HOME_SCREEN: ScreenId = "guide";

/** A screen component gets nothing: it reads the language, the answers store and navigation by hooks. */
export type ScreenComponent = ComponentType<Record<string, never>>;
export type ScreenLoader = () => Promise<ScreenComponent>;

/**
 * The screen registry. Each feature adds its screen with ONE line: its id and a lazy import, so the
 * first screen's JavaScript stays within the budget (bench/web-budget.mjs). A screen that is not
 * registered yet is not offered (`isScreenAvailable`).
 */
export const SCREEN_LOADERS: Partial<Record<ScreenId, ScreenLoader>> = {
  "self-check": () => import("./self-check/SelfCheckScreen.js").then((module) => module.SelfCheckScreen),
  "decision-aid": () =>
    import("./decision-aid/DecisionAidScreen.js").then((module) => module.DecisionAidScreen),
  methods: () => import("./decision-aid/MethodsScreen.js").then((module) => module.MethodsScreen),
  results: () => import("./self-check/ResultsScreen.js").then((module) => module.ResultsScreen),
};

export function isScreenAvailable(screen: ScreenId): boolean {
  return screen === HOME_SCREEN || SCREEN_LOADERS[screen] !== undefined;
}

export interface NavigationState {
  readonly screen: ScreenId;
  /** Screens to return to with the in-app Back, most recent last. */
  readonly trail: readonly ScreenId[];
}

type Listener = (state: NavigationState) => void;

/** A screen's own Back (e.g. to the previous question); returns true when it handled it. */
export type BackHandler = () => boolean;

/** A tiny observable: the shell renders `state.screen`; screens call `navigate` and `goBack`. */
export class Navigation {
  #state: NavigationState;
  readonly #listeners = new Set<Listener>();
  #backHandler: BackHandler | null = null;

  constructor(initial: ScreenId = HOME_SCREEN) {
    this.#state = { screen: initial, trail: [] };
  }

  get state(): NavigationState {
    return this.#state;
  }

  navigate(screen: ScreenId): void {
    if (screen === this.#state.screen) return;
    if (!isScreenAvailable(screen)) throw new Error(`Screen "${screen}" is not registered in SCREEN_LOADERS`);
    this.#set({ screen, trail: [...this.#state.trail, this.#state.screen] });
  }

  /** In-app Back: the previous screen, or home when there is none. Returns false when already home. */
  goBack(): boolean {
    const previous = this.#state.trail.at(-1);
    if (previous === undefined) {
      if (this.#state.screen === HOME_SCREEN) return false;
      this.#set({ screen: HOME_SCREEN, trail: [] });
      return true;
    }
    this.#set({ screen: previous, trail: this.#state.trail.slice(0, -1) });
    return true;
  }

  /**
   * The screen showing now takes Back first (one handler at a time, the latest wins); returns the
   * function that removes it.
   */
  handleBack(handler: BackHandler): () => void {
    this.#backHandler = handler;
    return () => {
      if (this.#backHandler === handler) this.#backHandler = null;
    };
  }

  /** Back as the person means it: the screen's own step back first, else the previous screen. */
  back(): boolean {
    if (this.#backHandler?.() === true) return true;
    return this.goBack();
  }

  /** Start over at home with no trail (e.g. after "delete my answers"). */
  reset(): void {
    this.#set({ screen: HOME_SCREEN, trail: [] });
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(state: NavigationState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
  }
}

/** The app's one navigation. */
export const navigation = new Navigation();

export interface NavigationHandle {
  readonly screen: ScreenId;
  readonly canGoBack: boolean;
  navigate(screen: ScreenId): void;
  goBack(): boolean;
  reset(): void;
}

export function useNavigation(): NavigationHandle {
  const [state, setState] = useState(navigation.state);
  useEffect(() => navigation.subscribe(setState), []);
  return {
    screen: state.screen,
    canGoBack: state.trail.length > 0 || state.screen !== HOME_SCREEN,
    navigate: (screen) => navigation.navigate(screen),
    goBack: () => navigation.goBack(),
    reset: () => navigation.reset(),
  };
}
