import { useState } from "preact/hooks";
import { callApi, type SignedInSession } from "./clinic-api.js";
import { FormMessage } from "./form-parts.js";
import { ClinicNavigationContext, type ClinicRoute } from "./workspace/clinic-route.js";
import { ClinicSessionContext } from "./workspace/clinic-session-context.js";
import { IdleWarning } from "./workspace/IdleWarning.js";
import { useIdleTimeout } from "./workspace/idle-timeout.js";
import { WorkspaceNav } from "./workspace/WorkspaceNav.js";
import { WorkspaceView } from "./workspace/WorkspaceView.js";

/**
 * The signed-in workspace: the navigation, the current screen (the caseload first), and the idle
 * watch that warns before the session ends and clears every record from view when it does.
 */
export function WorkspaceScreen({
  session,
  notice,
  onSignOut,
  onSessionEnded,
}: {
  readonly session: SignedInSession;
  readonly notice: string | undefined;
  readonly onSignOut: () => void;
  /** The session ended without the person signing out: idle too long, or the server ended it. */
  readonly onSessionEnded: (why: "idle" | "lost") => void;
}) {
  const [route, setRoute] = useState<ClinicRoute>({ view: "caseload" });
  const [showNotice, setShowNotice] = useState(true);
  const idle = useIdleTimeout(session.idleMinutes, onSessionEnded);
  const go = (next: ClinicRoute) => {
    setShowNotice(false);
    setRoute(next);
  };
  return (
    <ClinicSessionContext.Provider value={session}>
      <ClinicNavigationContext.Provider value={{ route, go }}>
        <div data-signed-in class="workspace">
          <WorkspaceNav onSignOut={onSignOut} />
          <main id="main">
            {showNotice ? <FormMessage kind="notice" text={notice} /> : null}
            {/* A new key per route: each screen mounts afresh and its heading takes focus. */}
            <WorkspaceView key={JSON.stringify(route)} route={route} />
          </main>
          {idle === "warning" ? (
            <IdleWarning
              onStay={() => void callApi("POST", "/api/session/keep-alive").catch(() => undefined)}
              onLeave={onSignOut}
            />
          ) : null}
        </div>
      </ClinicNavigationContext.Provider>
    </ClinicSessionContext.Provider>
  );
}
