import { LazyScreen } from "./lazy-screen.js";

/** Step 5: the level-of-care decision (DecisionForm.tsx), fetched when first opened. */
export function DecisionScreen(props: { readonly clientId: string; readonly assessmentId: string }) {
  return (
    <LazyScreen
      key={props.assessmentId}
      load={() => import("./DecisionForm.js").then((module) => module.DecisionForm)}
      props={props}
    />
  );
}
