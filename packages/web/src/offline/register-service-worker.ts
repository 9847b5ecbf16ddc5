/**
 * Registers the service worker (dist/sw.js, written at build time) once the first screen has loaded,
 * so caching the rest never competes with the first screen for the network (the first-screen budget, bench/README.md).
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Offline support is a bonus: without it (or in the dev server, which has no sw.js) the app still works.
    });
  };
  // After load, and then only when the main thread is idle: parsing the worker and starting its install
  // must not land in the window where a phone is still making the first screen interactive.
  window.addEventListener("load", () => {
    if ("requestIdleCallback" in window) window.requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 2000);
  });
}
