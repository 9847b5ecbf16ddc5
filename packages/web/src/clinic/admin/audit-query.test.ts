import { describe, expect, it } from "vitest";
import { auditQuery, NO_AUDIT_FILTERS } from "./audit-query.js";

describe("the audit viewer's query", () => {
  it("sends only the filters the admin filled in", () => {
    expect(auditQuery(NO_AUDIT_FILTERS, { limit: "50" })).toBe("limit=50");
    expect(auditQuery({ ...NO_AUDIT_FILTERS, action: " client.* ", from: "2026-03-01" })).toBe(
      "action=client.*&from=2026-03-01",
    );
  });
});
