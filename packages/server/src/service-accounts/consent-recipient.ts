/**
 * Whether a consent's recipient is the one a service account discloses to. A consent names its recipient
 * in words (42 CFR 2.31(a)(2)); the account carries the same name, and they must match apart from case,
 * spacing and Unicode form, so "County  Health Exchange" and "county health exchange" are the same
 * recipient but "County Health" is not.
 */
export function sameRecipient(consentRecipient: string, accountRecipient: string): boolean {
  return normalized(consentRecipient) === normalized(accountRecipient);
}

function normalized(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
