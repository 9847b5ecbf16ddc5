import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { clinicCatalog } from "../clinic-catalog.js";
import { FormMessage } from "../form-parts.js";

/**
 * Shows a screen whose code is fetched the first time it is opened, so the clinic's first screen after
 * sign-in stays within its byte budget (bench/README.md, "Byte budget"). The screen's
 * own heading takes focus when it appears (ScreenHeading).
 */
export function LazyScreen<Props extends object>({
  load,
  props,
}: {
  readonly load: () => Promise<ComponentType<Props>>;
  readonly props: Props;
}) {
  const t = useCatalog(clinicCatalog);
  const [Screen, setScreen] = useState<ComponentType<Props> | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    load().then(
      (component) => {
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
  if (failed) return <FormMessage kind="error" text={t.text("common.offline")} />;
  if (Screen === undefined) return <p role="status">{t.text("common.working")}</p>;
  return <Screen {...props} />;
}
