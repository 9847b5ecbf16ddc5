import { useCatalog } from "../../i18n/language.js";
import { type ClinicMessageKey, clinicCatalog } from "../clinic-catalog.js";
import { type ClinicRoute, useClinicNavigation } from "./clinic-route.js";
import { useClinicSession } from "./clinic-session-context.js";

type Destination = "caseload" | "register-client" | "people" | "audit" | "programs";

const LINKS: readonly { view: Destination; label: ClinicMessageKey; adminOnly: boolean }[] = [
  { view: "caseload", label: "nav.caseload", adminOnly: false },
  { view: "register-client", label: "nav.register", adminOnly: false },
  { view: "people", label: "nav.people", adminOnly: true },
  { view: "audit", label: "nav.audit", adminOnly: true },
  { view: "programs", label: "nav.programs", adminOnly: true },
];

/** Which nav item a screen belongs to: a client's screens belong to the caseload. */
function sectionOf(route: ClinicRoute): string {
  return route.view === "register-client" ||
    route.view === "people" ||
    route.view === "audit" ||
    route.view === "programs" ||
    route.view === "account"
    ? route.view
    : "caseload";
}

/** The workspace's navigation: the day's screens, the admin's screens, who is signed in, sign out. */
export function WorkspaceNav({ onSignOut }: { readonly onSignOut: () => void }) {
  const t = useCatalog(clinicCatalog);
  const session = useClinicSession();
  const { route, go } = useClinicNavigation();
  const section = sectionOf(route);
  const canRegister = session.user.role !== "reviewer";
  return (
    <nav class="workspace-nav" aria-label={t.text("nav.label")}>
      <ul>
        {LINKS.filter(
          (link) =>
            (!link.adminOnly || session.user.role === "admin") &&
            (link.view !== "register-client" || canRegister),
        ).map((link) => (
          <li key={link.view}>
            <button
              type="button"
              aria-current={section === link.view ? "page" : undefined}
              onClick={() => go({ view: link.view })}
            >
              {t.text(link.label)}
            </button>
          </li>
        ))}
      </ul>
      <div class="workspace-nav__person">
        <button
          type="button"
          aria-current={section === "account" ? "page" : undefined}
          aria-label={t.text("nav.account", { name: session.user.displayName })}
          onClick={() => go({ view: "account" })}
        >
          {session.user.displayName}
        </button>
        <button type="button" onClick={onSignOut}>
          {t.text("workspace.signOut")}
        </button>
      </div>
    </nav>
  );
}
