// The method every ratio benchmark here shares (bench/README.md): warm up, run the subjects in alternating
// rounds so a slow spell hits all of them, and in each round divide the subject's time by the baseline's
// time of the same round. The median of those paired ratios is the figure that counts: a slow spell that
// stretches one round stretches both halves of its ratio, where a ratio of two medians taken from
// different rounds would not cancel it.

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {object} options
 * @param {Record<string, () => void>} options.subjects  the work, by name; one of them is the baseline
 * @param {string} options.baseline                     the baseline's name (e.g. "JSON.parse (baseline)")
 * @param {number} options.rounds
 * @param {(work: () => void) => number} options.timeRound  nanoseconds per item for one round of `work`
 * @param {Record<string, number>} options.targets        the highest ratio each named subject may reach
 * @returns {boolean} true when every target is met
 */
export function compareSideBySide({ subjects, baseline, rounds, timeRound, targets }) {
  for (const work of Object.values(subjects)) timeRound(work); // warm-up: let the JIT settle
  const samples = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++)
    for (const [name, work] of Object.entries(subjects)) samples[name].push(timeRound(work));

  let allMet = true;
  for (const [name, values] of Object.entries(samples)) {
    const ns = median(values);
    const ratio = median(values.map((value, round) => value / samples[baseline][round]));
    const target = targets[name];
    let verdict = "";
    if (target !== undefined) {
      const met = ratio <= target;
      allMet &&= met;
      verdict = `  target ≤ ${Number.isInteger(target) ? target.toFixed(1) : target}×: ${met ? "met" : "NOT met"}`;
    }
    console.log(
      `${name.padEnd(26)} ${(1e9 / ns).toFixed(0).padStart(9)} per second  ${(ns / 1000).toFixed(2).padStart(8)} µs each  ${ratio.toFixed(2).padStart(6)}× JSON.parse  (spread ${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)} µs)${verdict}`,
    );
  }
  return allMet;
}

/** A `--name value` option from the command line, or `fallback` when it is not given. */
export function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}
