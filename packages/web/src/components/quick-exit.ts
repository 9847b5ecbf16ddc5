/**
 * Where the quick exit goes: a neutral, everyday page. `location.replace` swaps the current history
 * entry, so the Back button cannot bring the person back here (docs/design/consumer.md §1.9 and §5.4).
 */
export const NEUTRAL_SITE = "https://www.weather.gov/";

export function quickExit(): void {
  document.title = "Weather";
  document.body.replaceChildren();
  window.location.replace(NEUTRAL_SITE);
}
