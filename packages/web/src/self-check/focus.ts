import { useLayoutEffect, useRef } from "preact/hooks";

/**
 * Moves keyboard and screen-reader focus to a new screen's heading (WCAG 2.4.3 focus order). Done as the
 * screen is put in the page, before the browser paints it: after paint, a quick user (or a slow device)
 * could already be typing in the screen's first field when focus jumps away from it.
 */
export function useFocusOnMount<Element extends HTMLElement>() {
  const ref = useRef<Element>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
