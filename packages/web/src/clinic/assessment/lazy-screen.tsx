import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useLanguage } from "../../i18n/language.js";

/** While a screen's code loads; a plain text so this file stays tiny (its catalog loads with the screen). */
const LOADING = { en: "Loading…", es: "Cargando…" } as const;

/**
 * A screen whose code (and the engine it needs) loads only when it is opened, so the clinic's first
 * screen after sign-in stays small (docs/design.md "Fast").
 */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  return function LazyScreen(props: Props) {
    const language = useLanguage();
    const [Screen, setScreen] = useState<ComponentType<Props> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen !== undefined) return;
      let live = true;
      load().then(
        (component) => {
          loaded = component;
          if (live) setScreen(() => component);
        },
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [Screen]);
    if (Screen !== undefined) return <Screen {...props} />;
    return failed ? null : <p role="status">{LOADING[language]}</p>;
  };
}
