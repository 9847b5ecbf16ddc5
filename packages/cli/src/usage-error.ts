/**
 * A problem with what the person typed or the files they named. The CLI prints the message as one
 * line and exits with `exitCode` (2 for bad usage, unreadable or invalid input; 1 for a problem the input did not cause).
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}
