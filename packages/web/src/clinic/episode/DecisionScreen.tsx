// Contract placeholder: the clinic-episode branch replaces this file with the real screen (same export and props).
export function DecisionScreen(_props: { readonly clientId: string; readonly assessmentId: string }) {
  return null;
}
