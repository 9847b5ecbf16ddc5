import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { clinicCatalog } from "../clinic-catalog.js";
import { FormMessage } from "../form-parts.js";

/**
 * A screen whose code loads only when it is first shown (a dynamic import), so the clinic's first
 * screen after sign-in stays within its script budget (bench/README.md). Once loaded it stays loaded.
 */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  return function LazyScreen(props: Props) {
    const t = useCatalog(clinicCatalog);
    const [Screen, setScreen] = useState<ComponentType<Props> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen !== undefined) return;
      let current = true;
      load().then(
        (component) => {
          loaded = component;
          if (current) setScreen(() => component);
        },
        () => {
          if (current) setFailed(true);
        },
      );
      return () => {
        current = false;
      };
    }, []);
    if (failed) return <FormMessage kind="error" text={t.text("nav.loadFailed")} />;
    if (Screen === undefined) return <p role="status">{t.text("nav.loading")}</p>;
    return <Screen {...props} />;
  };
}
