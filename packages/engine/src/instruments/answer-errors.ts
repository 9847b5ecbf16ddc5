/** Bad answers are errors that name the item and what is allowed, never a silently different total. */

export class UnknownInstrumentError extends Error {
  override readonly name = "UnknownInstrumentError";
  constructor(
    readonly instrument: string,
    known: readonly string[],
  ) {
    super(`"${instrument}" is not a known instrument; known instruments: ${known.join(", ")}.`);
  }
}

export class UnknownItemError extends Error {
  override readonly name = "UnknownItemError";
  constructor(
    readonly instrument: string,
    readonly itemId: string,
    readonly knownItems: readonly string[],
  ) {
    super(`${instrument} has no item "${itemId}"; its items are ${knownItems.join(", ")}.`);
  }
}

export class AnswerOutOfRangeError extends Error {
  override readonly name = "AnswerOutOfRangeError";
  constructor(
    readonly instrument: string,
    readonly itemId: string,
    readonly received: string,
    /** Each allowed answer as `points (code "label")`. */
    readonly allowed: readonly string[],
  ) {
    super(`${itemId}: ${received} is not an allowed answer; allowed answers are ${allowed.join(", ")}.`);
  }
}
