import { useEffect, useRef } from "preact/hooks";

/** Moves keyboard and screen-reader focus to a new screen's heading (WCAG 2.4.3 focus order). */
export function useFocusOnMount<Element extends HTMLElement>() {
  const ref = useRef<Element>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
