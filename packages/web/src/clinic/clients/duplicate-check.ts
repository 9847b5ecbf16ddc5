/** Folds a name for comparison: no accents, lower case, single spaces ("José  Ortega" = "jose ortega"). */
export function foldedName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A likely duplicate: the same name (ignoring accents, case and spacing) and the same birth date. */
export function likelyDuplicates<Client extends { name: string; birthDate: string | null }>(
  candidates: readonly Client[],
  name: string,
  birthDate: string,
): Client[] {
  const wanted = foldedName(name);
  return candidates.filter((client) => client.birthDate === birthDate && foldedName(client.name) === wanted);
}
