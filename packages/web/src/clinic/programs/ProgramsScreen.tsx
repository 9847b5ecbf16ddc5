// Contract placeholder: the clinic-consent branch replaces this file with the real screen (same export and props).
export function ProgramsScreen(_props: Record<string, never>) {
  return null;
}
