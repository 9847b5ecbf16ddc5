// Stryker compares each mutant's test run with the first, so the property tests draw the same answers in
// every run: a fixed seed for fast-check, in the mutation-testing runs only (stryker.vitest.config.ts).
import fc from "fast-check";

fc.configureGlobal({ seed: 20261205 });
