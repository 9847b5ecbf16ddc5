import type { Level } from "./caseload-messages.js";

/** The caseload's search and filters as the person set them. */
export interface CaseloadFilters {
  readonly search: string;
  /** "me", "anyone", or a user id. */
  readonly assignedTo: string;
  readonly level: Level | "";
  readonly openEpisode: "" | "true" | "false";
  readonly reassessmentDue: "" | "true" | "false";
  readonly status: "active" | "inactive" | "all";
}

export const DEFAULT_FILTERS: CaseloadFilters = {
  search: "",
  assignedTo: "me",
  level: "",
  openEpisode: "",
  reassessmentDue: "",
  status: "active",
};

/**
 * The GET /api/clients query for the filters: overdue reassessments first (`sort=reassessment-due`).
 * The query goes to the API only, never into the address bar or history.
 */
export function caseloadQuery(filters: CaseloadFilters, myId: string, cursor?: string): string {
  const query = new URLSearchParams({ sort: "reassessment-due", limit: "50", status: filters.status });
  const search = filters.search.trim();
  if (search !== "") query.set("q", search);
  if (filters.assignedTo === "me") query.set("assignedTo", myId);
  else if (filters.assignedTo !== "anyone") query.set("assignedTo", filters.assignedTo);
  if (filters.level !== "") query.set("level", filters.level);
  if (filters.openEpisode !== "") query.set("openEpisode", filters.openEpisode);
  if (filters.reassessmentDue !== "") query.set("reassessmentDue", filters.reassessmentDue);
  if (cursor !== undefined) query.set("cursor", cursor);
  return `/api/clients?${query.toString()}`;
}
