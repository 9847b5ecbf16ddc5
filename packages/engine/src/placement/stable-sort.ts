/**
 * Sorts a short list in place by a number, lowest first, keeping the order of equals (insertion sort).
 * The lists a result sorts (urgent items, questions to ask) hold a handful of entries, where the set-up
 * of `Array.prototype.sort` costs more than the sorting (bench/README.md "Engine placement").
 */
export function sortStableBy<T>(items: T[], rank: (item: T) => number): T[] {
  for (let next = 1; next < items.length; next++) {
    const item = items[next] as T;
    const itemRank = rank(item);
    let slot = next;
    for (; slot > 0 && rank(items[slot - 1] as T) > itemRank; slot--) items[slot] = items[slot - 1] as T;
    items[slot] = item;
  }
  return items;
}
