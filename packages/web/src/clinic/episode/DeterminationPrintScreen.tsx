import { LazyScreen } from "./lazy-screen.js";

/** Step 9: the level-of-care determination page for the chart (DeterminationPage.tsx), fetched when first opened. */
export function DeterminationPrintScreen(props: {
  readonly clientId: string;
  readonly assessmentId: string;
}) {
  return (
    <LazyScreen
      key={props.assessmentId}
      load={() => import("./DeterminationPage.js").then((module) => module.DeterminationPage)}
      props={props}
    />
  );
}
