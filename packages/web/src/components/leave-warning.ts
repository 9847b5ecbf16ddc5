import { useLayoutEffect } from "preact/hooks";
import { isExiting } from "./quick-exit.js";

/**
 * Closing or reloading the tab while answers are on screen (kept in memory only, not saved on the
 * device) asks first, with the browser's own "Leave site?" dialog, so answers are not lost by a slip
 * (HTML `beforeunload`). The quick exit never asks. The listener is added as the screen is committed
 * (a layout effect), not after it is painted, so there is no moment when answers show and closing does not ask.
 */
export function useLeaveWarning(answersOnScreen: boolean): void {
  useLayoutEffect(() => {
    if (!answersOnScreen) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isExiting()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [answersOnScreen]);
}
