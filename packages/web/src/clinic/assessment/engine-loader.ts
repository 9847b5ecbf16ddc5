import { useEffect, useState } from "preact/hooks";

/**
 * The engine, loaded only when a screen needs it, so the clinic's first screen stays small
 * (docs/design.md "Fast").
 */
export type Engine = typeof import("@stepwise/engine");

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= import("@stepwise/engine");
  return loading;
}

/** The engine once it has loaded; undefined before, or if it failed (then `failed` is set). */
export function useEngine(): { readonly engine: Engine | undefined; readonly failed: boolean } {
  const [engine, setEngine] = useState<Engine | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (loaded) => live && setEngine(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { engine, failed };
}
