import { CaseloadScreen } from "../caseload/CaseloadScreen.js";
import type { ClinicRoute } from "./clinic-route.js";
import { lazyScreen } from "./lazy-screen.js";

// The caseload is the first screen after sign-in; every other screen loads when first opened, so the
// first screen stays within its script budget (bench/README.md, "Clinic first screen").
const ClientScreen = lazyScreen(() => import("../clients/ClientScreen.js").then((m) => m.ClientScreen));
const RegisterClientScreen = lazyScreen(() =>
  import("../clients/RegisterClientScreen.js").then((m) => m.RegisterClientScreen),
);
const AssessmentFormScreen = lazyScreen(() =>
  import("../assessment/AssessmentFormScreen.js").then((m) => m.AssessmentFormScreen),
);
const AssessmentResultScreen = lazyScreen(() =>
  import("../assessment/AssessmentResultScreen.js").then((m) => m.AssessmentResultScreen),
);
const DecisionScreen = lazyScreen(() => import("../episode/DecisionScreen.js").then((m) => m.DecisionScreen));
const EpisodeScreen = lazyScreen(() => import("../episode/EpisodeScreen.js").then((m) => m.EpisodeScreen));
const DeterminationPrintScreen = lazyScreen(() =>
  import("../episode/DeterminationPrintScreen.js").then((m) => m.DeterminationPrintScreen),
);
const ConsentScreen = lazyScreen(() => import("../consent/ConsentScreen.js").then((m) => m.ConsentScreen));
const ProgramsScreen = lazyScreen(() =>
  import("../programs/ProgramsScreen.js").then((m) => m.ProgramsScreen),
);
const PeopleScreen = lazyScreen(() => import("../admin/PeopleScreen.js").then((m) => m.PeopleScreen));
const AuditLogScreen = lazyScreen(() => import("../admin/AuditLogScreen.js").then((m) => m.AuditLogScreen));
const AccountScreen = lazyScreen(() => import("./AccountScreen.js").then((m) => m.AccountScreen));

/** The screen for the current route. */
export function WorkspaceView({ route }: { readonly route: ClinicRoute }) {
  switch (route.view) {
    case "caseload":
      return <CaseloadScreen />;
    case "register-client":
      return <RegisterClientScreen />;
    case "client":
      return <ClientScreen clientId={route.clientId} />;
    case "assessment-form":
      return (
        <AssessmentFormScreen clientId={route.clientId} previousAssessmentId={route.previousAssessmentId} />
      );
    case "assessment-result":
      return <AssessmentResultScreen clientId={route.clientId} assessmentId={route.assessmentId} />;
    case "decision":
      return <DecisionScreen clientId={route.clientId} assessmentId={route.assessmentId} />;
    case "episode":
      return <EpisodeScreen clientId={route.clientId} episodeId={route.episodeId} />;
    case "determination-print":
      return <DeterminationPrintScreen clientId={route.clientId} assessmentId={route.assessmentId} />;
    case "consents":
      return <ConsentScreen clientId={route.clientId} />;
    case "programs":
      return <ProgramsScreen />;
    case "people":
      return <PeopleScreen />;
    case "audit":
      return <AuditLogScreen />;
    case "account":
      return <AccountScreen />;
  }
}
