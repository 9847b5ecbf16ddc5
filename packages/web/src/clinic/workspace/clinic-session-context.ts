import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { SignedInSession } from "../clinic-api.js";

/** The signed-in person and organisation, for any screen inside the workspace. */
export const ClinicSessionContext = createContext<SignedInSession | undefined>(undefined);

export function useClinicSession(): SignedInSession {
  const session = useContext(ClinicSessionContext);
  if (session === undefined) throw new Error("useClinicSession is used outside the signed-in workspace");
  return session;
}
