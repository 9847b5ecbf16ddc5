import { describe, expect, it } from "vitest";
import {
  listLengthMismatches,
  missingSpanishKeys,
  stigmatizingTexts,
  untranslatedKeys,
} from "../../i18n/catalog-quality.js";
import { accountingQuery, consentProblems, consentRequest, EMPTY_CONSENT } from "./consent-form.js";
import { consentCatalog } from "./consent-messages.js";

const complete = {
  recipientName: " Dr. Sam Okafor ",
  information: ["episodes", "identifiers"] as const,
  purpose: "treatment" as const,
  purposeText: "",
  signedOn: "2026-03-02",
  expiresOn: "2027-03-01",
  signedBy: "Jordan Lee",
};

describe("the consent form", () => {
  it("names every missing element of a written consent before anything is sent", () => {
    expect(Object.keys(consentProblems(EMPTY_CONSENT))).toEqual([
      "recipientName",
      "information",
      "purpose",
      "signedOn",
      "expiresOn",
      "signedBy",
    ]);
    expect(consentProblems(complete)).toEqual({});
  });

  it("asks for the reason in words when the purpose is another reason, and an end on or after signing", () => {
    expect(consentProblems({ ...complete, purpose: "other" })).toEqual({
      purposeText: "consent.missing.purposeText",
    });
    expect(consentProblems({ ...complete, expiresOn: "2026-03-01" })).toEqual({
      expiresOn: "consent.endsBeforeSigned",
    });
    expect(consentProblems({ ...complete, signedOn: "2026-02-30" })).toEqual({
      signedOn: "consent.missing.signedOn",
    });
  });

  it("sends the kinds in a stable order, trimmed, with the reason only for another reason", () => {
    expect(consentRequest(complete)).toEqual({
      recipientName: "Dr. Sam Okafor",
      information: ["identifiers", "episodes"],
      purpose: "treatment",
      signedOn: "2026-03-02",
      expiresOn: "2027-03-01",
      signedBy: "Jordan Lee",
    });
    expect(consentRequest({ ...complete, purpose: "other", purposeText: " research " })).toMatchObject({
      purposeText: "research",
    });
  });

  it("asks for the accounting of a period only for the days given", () => {
    expect(accountingQuery("", "")).toBe("limit=200");
    expect(accountingQuery("2026-01-01", " ")).toBe("limit=200&from=2026-01-01");
  });
});

describe("the consent screen's English and Spanish texts", () => {
  it("has a Spanish text for every English key, each really translated, in person-first words", () => {
    expect(missingSpanishKeys(consentCatalog)).toEqual([]);
    expect(untranslatedKeys(consentCatalog, new Set())).toEqual([]);
    expect(listLengthMismatches(consentCatalog)).toEqual([]);
    expect(stigmatizingTexts(consentCatalog)).toEqual([]);
  });
});
