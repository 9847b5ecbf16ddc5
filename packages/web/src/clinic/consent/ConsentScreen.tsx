// Contract placeholder: the clinic-consent branch replaces this file with the real screen (same export and props).
export function ConsentScreen(_props: { readonly clientId: string }) {
  return null;
}
