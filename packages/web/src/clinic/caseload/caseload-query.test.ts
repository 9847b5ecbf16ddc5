import { describe, expect, it } from "vitest";
import { caseloadQuery, DEFAULT_FILTERS } from "./caseload-query.js";

describe("the caseload's query to the records API", () => {
  it("shows my active clients, overdue reassessments first, by default", () => {
    expect(caseloadQuery(DEFAULT_FILTERS, "me-id")).toBe(
      "/api/clients?sort=reassessment-due&limit=50&status=active&assignedTo=me-id",
    );
  });

  it("sends the search words and each filter the person chose", () => {
    const url = new URL(
      caseloadQuery(
        {
          search: " 1990-04-02 ",
          assignedTo: "anyone",
          level: "residential",
          openEpisode: "true",
          reassessmentDue: "true",
          status: "all",
        },
        "me-id",
        "next",
      ),
      "http://x",
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      sort: "reassessment-due",
      limit: "50",
      status: "all",
      q: "1990-04-02",
      level: "residential",
      openEpisode: "true",
      reassessmentDue: "true",
      cursor: "next",
    });
  });
});
