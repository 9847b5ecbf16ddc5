/** The audit viewer's filters as the admin set them. */
export interface AuditFilters {
  readonly clientId: string;
  readonly userId: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { clientId: "", userId: "", action: "", from: "", to: "" };

/** The query string of GET /api/audit-events and its CSV export for the filters (empty ones left out). */
export function auditQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    const text = value.trim();
    if (text !== "") query.set(key, text);
  }
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  return query.toString();
}
