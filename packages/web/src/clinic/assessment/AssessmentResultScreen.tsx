// Contract placeholder: the clinic-assessment branch replaces this file with the real screen (same export and props).
export function AssessmentResultScreen(_props: { readonly clientId: string; readonly assessmentId: string }) {
  return null;
}
