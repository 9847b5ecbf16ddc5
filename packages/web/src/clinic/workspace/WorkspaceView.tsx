import { AssessmentFormScreen } from "../assessment/AssessmentFormScreen.js";
import { AssessmentResultScreen } from "../assessment/AssessmentResultScreen.js";
import { ClientScreen } from "../clients/ClientScreen.js";
import { ConsentScreen } from "../consent/ConsentScreen.js";
import { DecisionScreen } from "../episode/DecisionScreen.js";
import { DeterminationPrintScreen } from "../episode/DeterminationPrintScreen.js";
import { EpisodeScreen } from "../episode/EpisodeScreen.js";
import { ProgramsScreen } from "../programs/ProgramsScreen.js";
import type { ClinicRoute } from "./clinic-route.js";

/** The screen for the current route. The caseload, people and audit screens come with the shell. */
export function WorkspaceView({ route }: { readonly route: ClinicRoute }) {
  switch (route.view) {
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
    default:
      return null;
  }
}
