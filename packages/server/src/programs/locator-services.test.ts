import { readFileSync } from "node:fs";
import { LEVELS_OF_CARE, WITHDRAWAL_MANAGEMENT_SETTINGS } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { profileOfServices, readLocatorRow } from "./locator-row.js";
import { LOCATOR_SERVICE_MAPPINGS, PARTLY_READ_CATEGORIES } from "./locator-services.js";

const fixture = JSON.parse(
  readFileSync(
    new URL("../../../../fixtures/findtreatment/locator-listing-charlottesville-va.json", import.meta.url),
    "utf8",
  ),
) as { rows: unknown[] };

function offered(category: string, value: string) {
  const { profile, unmapped } = profileOfServices([{ f2: category, f3: value }]);
  expect(unmapped).toEqual([]);
  return profile;
}

describe("service settings become levels of care and withdrawal settings", () => {
  it.each([
    ["Outpatient", ["outpatient"]],
    ["Regular outpatient treatment", ["outpatient"]],
    ["Outpatient methadone/buprenorphine or naltrexone treatment", ["outpatient"]],
    ["Intensive outpatient treatment", ["intensive-outpatient"]],
    ["Outpatient day treatment or partial hospitalization", ["partial-hospitalization"]],
    ["Partial hospitalization/day treatment", ["partial-hospitalization"]],
    ["Residential", ["residential"]],
    ["Short-term residential", ["residential"]],
    ["Long-term residential", ["residential"]],
  ])("%s → %j", (value, levels) => {
    const profile = offered("SET", value);
    expect(profile.levels).toEqual(levels);
    expect(profile.levelsToConfirm).toEqual([]);
  });

  it.each(["Hospital inpatient", "Hospital inpatient treatment"])(
    "%s → medically monitored or managed inpatient, to confirm with the program",
    (value) => {
      const profile = offered("SET", value);
      expect(profile.levels).toEqual([]);
      expect(profile.levelsToConfirm).toEqual([
        "medically-monitored-inpatient",
        "medically-managed-inpatient",
      ]);
    },
  );

  it.each([
    ["Outpatient detoxification", ["ambulatory"], []],
    ["Residential detoxification", ["residential"], ["medically-monitored"]],
    ["Hospital inpatient detoxification", [], ["medically-monitored", "medically-managed"]],
  ])("%s → withdrawal care %j (to confirm %j)", (value, settings, toConfirm) => {
    const profile = offered("SET", value);
    expect(profile.withdrawal).toEqual(settings);
    expect(profile.withdrawalToConfirm).toEqual(toConfirm);
    expect(profile.levels).toEqual([]);
  });

  it("Detoxification without a setting → withdrawal care whose setting is unknown", () => {
    const profile = offered("SET", "Detoxification");
    expect(profile.withdrawalSettingUnknown).toBe(true);
    expect(profile.withdrawal).toEqual([]);
  });

  it.each(["Telemedicine/telehealth", "Computerized treatment/telemedicine"])("%s → telehealth", (value) => {
    expect(offered("SET", value).telehealth).toBe(true);
  });
});

describe("medications", () => {
  it.each([
    ["PHR", "Methadone", "methadone"],
    ["OM", "Methadone used in Treatment", "methadone"],
    ["OT", "Methadone maintenance", "methadone"],
    ["OT", "Methadone maintenance for predetermined time", "methadone"],
    ["OT", "Methadone detoxification", "methadone"],
    ["PHR", "Buprenorphine with naloxone  (Suboxone®)", "buprenorphine"],
    ["PHR", "Buprenorphine without naloxone", "buprenorphine"],
    ["PHR", "Buprenorphine (extended-release, injectable, for example, Sublocade®)", "buprenorphine"],
    ["PHR", "Buprenorphine sub-dermal implant (Probuphine®)", "buprenorphine"],
    ["OM", "Buprenorphine used in Treatment", "buprenorphine"],
    ["OT", "Buprenorphine used in Treatment", "buprenorphine"],
    ["OT", "Buprenorphine maintenance", "buprenorphine"],
    ["OT", "Buprenorphine maintenance for predetermined time", "buprenorphine"],
    ["OT", "Buprenorphine detoxification", "buprenorphine"],
    ["OT", "Prescribes/administers buprenorphine", "buprenorphine"],
    ["PHR", "Naltrexone (oral)", "naltrexone"],
    ["PHR", "Extended-release, injectable Naltrexone (Vivitrol®)", "naltrexone"],
    ["OM", "Naltrexone used in Treatment", "naltrexone"],
    ["OT", "Naltrexone used in Treatment", "naltrexone"],
    ["OT", "Prescribes/administers naltrexone", "naltrexone"],
    ["OT", "Relapse prevention from naltrexone", "naltrexone"],
    ["PHR", "Acamprosate (Campral®)", "acamprosate"],
  ])("%s %s → %s", (category, value, medication) => {
    expect(offered(category, value).medications).toEqual([medication]);
  });

  it.each([
    ["OT", "Do not use medication for opioid addiction"],
    ["OT", "Does not treat opioid addiction"],
    ["OT", "Use methadone/buprenorphine for pain management or emergency dosing"],
    ["OT", "Accepts clients on opioid medication"],
    ["PHR", "Disulfiram (Antabuse®)"],
    ["PHR", "Medications for psychiatric disorders"],
  ])("%s %s → known, no medication the finder filters on", (category, value) => {
    expect(offered(category, value).medications).toEqual([]);
  });
});

describe("payment, ages, languages, co-occurring care", () => {
  it.each([
    ["PAY", "Medicaid", ["medicaid"]],
    ["PAY", "Medicare", ["medicare"]],
    ["PAY", "Private health insurance", ["private-insurance"]],
    ["PAY", "No payment accepted", ["free"]],
    ["PYAS", "Sliding fee scale (fee is based on income and other factors)", ["sliding-fee"]],
    ["PYAS", "Treatment at no charge or minimal payment for clients who cannot afford to pay", ["free"]],
    ["PAY", "Cash or self-payment", []],
    ["PAY", "Military insurance (e.g., TRICARE)", []],
    ["PYAS", "Payment assistance (check with facility for details)", []],
  ])("%s %s → %j", (category, value, payment) => {
    expect(offered(category, value).payment).toEqual(payment);
  });

  it.each([
    ["Children/adolescents", "children-adolescents"],
    ["Young adults", "young-adults"],
    ["Adults", "adults"],
    ["Seniors (65 or older)", "seniors"],
  ])("AGE %s → %s", (value, group) => {
    expect(offered("AGE", value).ageGroups).toEqual([group]);
  });

  it.each([
    ["OL", "Spanish", ["es"]],
    ["OL", "German", ["de"]],
    ["OL", "Vietnamese", ["vi"]],
    ["OL", "Any Chinese language", ["zh"]],
    ["SL", "Spanish", ["es"]],
    ["SL", "Services for the deaf and hard of hearing", ["ase"]],
  ])("%s %s → %j", (category, value, languages) => {
    expect(offered(category, value).languages).toEqual(languages);
  });

  it("co-occurring mental and substance use care is read from the special groups", () => {
    expect(
      offered("SG", "Persons with co-occurring mental and substance use disorders").coOccurringCare,
    ).toBe(true);
    expect(offered("SG", "Veterans").coOccurringCare).toBe(false);
  });

  it("type of care says whether the facility treats substance use", () => {
    expect(offered("TC", "Substance use treatment").substanceUseCare).toBe(true);
    expect(offered("TC", "Mental health treatment").substanceUseCare).toBe(false);
  });
});

describe("the mapping as a whole", () => {
  it("every mapped value names only the engine's levels and withdrawal settings", () => {
    for (const table of Object.values(LOCATOR_SERVICE_MAPPINGS)) {
      for (const mapping of Object.values(table)) {
        for (const level of [...(mapping.levels ?? []), ...(mapping.levelsToConfirm ?? [])]) {
          expect(LEVELS_OF_CARE).toContain(level);
        }
        for (const setting of [...(mapping.withdrawal ?? []), ...(mapping.withdrawalToConfirm ?? [])]) {
          expect(WITHDRAWAL_MANAGEMENT_SETTINGS).toContain(setting);
        }
      }
    }
  });

  it("a value it does not know is reported with its category, not dropped", () => {
    const { unmapped } = profileOfServices([
      { f2: "SET", f3: "Outpatient; Floating clinic" },
      { f2: "TAP", f3: "Anything at all" },
      { f2: "SG", f3: "Veterans" },
    ]);
    expect(unmapped).toEqual([{ category: "SET", value: "Floating clinic" }]);
    expect(PARTLY_READ_CATEGORIES.has("SG")).toBe(true);
  });

  it("maps every service setting, medication, payment, age and language value of the fixture", () => {
    const unmapped = fixture.rows.flatMap((row) => {
      const reading = readLocatorRow(row);
      return reading.ok ? reading.unmapped : [{ category: "row", value: reading.reason }];
    });
    expect(unmapped).toEqual([]);
  });

  it("offers the fixture's 14 substance use facilities for substance use care, not its 16 mental health ones", () => {
    const readings = fixture.rows.map((row) => readLocatorRow(row));
    const substanceUse = readings.filter(
      (reading) => reading.ok && reading.facility.profile.substanceUseCare,
    );
    expect(readings).toHaveLength(30);
    expect(substanceUse).toHaveLength(14);
    const hospital = readings.filter(
      (reading) =>
        reading.ok && reading.facility.profile.levelsToConfirm.includes("medically-managed-inpatient"),
    );
    expect(hospital).toHaveLength(2);
    for (const reading of hospital)
      expect(reading.ok && reading.facility.profile.substanceUseCare).toBe(false);
  });

  it("refuses a row without a usable place, saying why", () => {
    const reading = readLocatorRow({ frid: "x", name1: "A", latitude: "", longitude: "-78", services: [] });
    expect(reading).toEqual({
      ok: false,
      frid: "x",
      reason: "latitude/longitude: missing or not a place on Earth",
    });
  });
});
