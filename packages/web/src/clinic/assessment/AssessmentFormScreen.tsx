// Contract placeholder: the clinic-assessment branch replaces this file with the real screen (same export and props).
export function AssessmentFormScreen(_props: {
  readonly clientId: string;
  readonly previousAssessmentId?: string | undefined;
}) {
  return null;
}
