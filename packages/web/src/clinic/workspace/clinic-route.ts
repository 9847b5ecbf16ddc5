import { createContext } from "preact";
import { useContext } from "preact/hooks";

/**
 * Where the clinician is in the workspace. Kept in memory only: record ids never go into the address
 * bar, history entries or storage (docs/security.md: no record data in URLs), so a reload returns to
 * the caseload.
 */
export type ClinicRoute =
  | { readonly view: "caseload" }
  | { readonly view: "register-client" }
  | { readonly view: "client"; readonly clientId: string }
  | { readonly view: "assessment-form"; readonly clientId: string; readonly previousAssessmentId?: string }
  | { readonly view: "assessment-result"; readonly clientId: string; readonly assessmentId: string }
  | { readonly view: "decision"; readonly clientId: string; readonly assessmentId: string }
  | { readonly view: "episode"; readonly clientId: string; readonly episodeId: string }
  | { readonly view: "determination-print"; readonly clientId: string; readonly assessmentId: string }
  | { readonly view: "consents"; readonly clientId: string }
  | { readonly view: "programs" }
  | { readonly view: "people" }
  | { readonly view: "audit" }
  | { readonly view: "account" };

export interface ClinicNavigation {
  readonly route: ClinicRoute;
  /** Shows another screen; its heading takes focus (ScreenHeading). */
  readonly go: (route: ClinicRoute) => void;
}

export const ClinicNavigationContext = createContext<ClinicNavigation>({
  route: { view: "caseload" },
  go: () => undefined,
});

/** The current screen and the way to another, for any screen inside the workspace. */
export function useClinicNavigation(): ClinicNavigation {
  return useContext(ClinicNavigationContext);
}
