// Contract placeholder: the clinic-episode branch replaces this file with the real screen (same export and props).
export function EpisodeScreen(_props: { readonly clientId: string; readonly episodeId: string }) {
  return null;
}
