import type { ProgramLevel, ProgramWithdrawal } from "./program-form.js";

/** `GET /api/programs` for a place and a kind of care: nothing about the client but the ZIP code. */
export function programSearchPath(
  zipCode: string,
  level: ProgramLevel,
  withdrawal?: ProgramWithdrawal | null,
) {
  const query = new URLSearchParams({ near: zipCode, level, limit: "10" });
  if (withdrawal !== undefined && withdrawal !== null) query.set("withdrawal", withdrawal);
  return `/api/programs?${query.toString()}`;
}
