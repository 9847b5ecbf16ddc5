import { useCatalog } from "../../i18n/language.js";
import { clinicCatalog } from "../clinic-catalog.js";
import { ScreenHeading } from "../form-parts.js";
import { useClinicSession } from "./clinic-session-context.js";

/** Who is signed in, in which program, with which role. */
export function AccountScreen() {
  const t = useCatalog(clinicCatalog);
  const session = useClinicSession();
  return (
    <section class="panel panel--wide">
      <ScreenHeading>{t.text("workspace.title")}</ScreenHeading>
      <h2>{t.text("workspace.signedInAs")}</h2>
      <dl class="identity">
        <dt>{t.text("workspace.name")}</dt>
        <dd>{session.user.displayName}</dd>
        <dt>{t.text("workspace.organization")}</dt>
        <dd>{session.organization.name}</dd>
        <dt>{t.text("workspace.role")}</dt>
        <dd>{t.text(`role.${session.user.role}`)}</dd>
      </dl>
    </section>
  );
}
