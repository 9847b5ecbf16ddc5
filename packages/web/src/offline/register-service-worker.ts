/**
 * Registers the service worker (dist/sw.js, written at build time) once the first screen has loaded,
 * so caching the rest never competes with the first screen for the network (issue 5 speed budget).
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Offline support is a bonus: without it (or in the dev server, which has no sw.js) the app still works.
    });
  });
}
