import { LazyScreen } from "./lazy-screen.js";

/** Step 6: one episode of care (EpisodeView.tsx), fetched when first opened. */
export function EpisodeScreen(props: { readonly clientId: string; readonly episodeId: string }) {
  return (
    <LazyScreen
      key={props.episodeId}
      load={() => import("./EpisodeView.js").then((module) => module.EpisodeView)}
      props={props}
    />
  );
}
