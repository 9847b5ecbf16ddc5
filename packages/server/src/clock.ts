/**
 * The server's sense of time. Sessions, lockouts, links and TOTP all read it, so tests can move time
 * forward instead of waiting (the engine never reads a clock; the server does, through this).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function minutesAfter(moment: Date, minutes: number): Date {
  return new Date(moment.getTime() + minutes * 60_000);
}
