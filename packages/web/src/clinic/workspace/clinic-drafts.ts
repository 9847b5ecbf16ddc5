/**
 * Unsaved form drafts live in `sessionStorage` under one prefix, so signing out or timing out can clear
 * every one of them at once (docs/security.md: no record data left in browser storage).
 */
export const CLINIC_DRAFT_PREFIX = "stepwise.clinic.draft.";

export function clearClinicDrafts(storage: Storage = sessionStorage): void {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(CLINIC_DRAFT_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
