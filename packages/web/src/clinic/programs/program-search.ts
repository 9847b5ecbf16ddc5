import type { Language } from "@stepwise/engine";
import type { ProgramLevel, ProgramWithdrawal } from "./program-form.js";

/**
 * `GET /api/programs` for a place and a kind of care: nothing about the client but the ZIP code. The
 * reasons come back in the screen's language.
 */
export function programSearchPath(
  zipCode: string,
  level: ProgramLevel,
  language: Language,
  withdrawal?: ProgramWithdrawal | null,
) {
  const query = new URLSearchParams({ near: zipCode, level, limit: "10", textLanguage: language });
  if (withdrawal !== undefined && withdrawal !== null) query.set("withdrawal", withdrawal);
  return `/api/programs?${query.toString()}`;
}
