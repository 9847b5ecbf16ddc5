import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import {
  acknowledgeEveryUrgentItem,
  crisisAssessment,
  type Organization,
  organizationWithStaff,
} from "./testing/records-fixtures.js";

describe.each(storageTargets(inject("postgresUrl")))("explanations in words on $dialect", (target) => {
  describe.skipIf(!target.available)("English or Spanish, about the client", () => {
    let clinic: TestClinic;
    let staff: Organization;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
      staff = await organizationWithStaff(clinic, "Words Clinic");
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("explains a stored result and decision in the language asked for, with crosswalk codes beside level names, ids kept", async () => {
      const client = await expectStatus(
        staff.clinician.request("POST", "/api/clients", { name: "Ana Ruiz" }),
        201,
      );
      const created = await expectStatus(
        staff.clinician.request("POST", `/api/clients/${client.json().id}/assessments`, {
          answers: crisisAssessment,
        }),
        201,
      );
      const english = created.json();
      expect(english.result.level).toBe("medically-managed-inpatient");
      expect(english.explanation).toMatchObject({
        language: "en",
        level: {
          id: "medically-managed-inpatient",
          name: "Hospital inpatient care",
          asamThirdEdition: ["4"],
          label: expect.stringContaining("ASAM 4"),
        },
      });
      // About the client, not to them: the clinician voice.
      const urgentWords = english.explanation.urgent.map((item: { text: string }) => item.text).join(" ");
      expect(urgentWords).toContain("They");
      expect(urgentWords).toContain("988");
      expect(english.explanation.reasons.length).toBe(english.result.reasons.length);

      const byQuery = await expectStatus(
        staff.reviewer.request("GET", `/api/assessments/${english.id}?language=es`),
        200,
      );
      expect(byQuery.json().explanation).toMatchObject({
        language: "es",
        level: { name: "Internación en el hospital", label: expect.stringContaining("3.ª ed.") },
      });
      expect(byQuery.json().result).toEqual(english.result);
      const byHeader = await expectStatus(
        staff.reviewer.request("GET", `/api/clients/${client.json().id}/assessments`, undefined, {
          "accept-language": "fr-CA, es-MX;q=0.8, en;q=0.5",
        }),
        200,
      );
      expect(byHeader.json().items[0].explanation.language).toBe("es");
      const badLanguage = await staff.reviewer.request("GET", `/api/assessments/${english.id}?language=fr`);
      expect(badLanguage.statusCode).toBe(400);
      expect(badLanguage.json().errors[0].field).toBe("language");

      const decided = await expectStatus(
        staff.clinician.request("POST", `/api/clients/${client.json().id}/decisions?language=es`, {
          assessmentId: english.id,
          chosenLevel: "residential",
          reason: "client-preference",
          reasonText: "Prefiere un programa residencial cerca de su familia.",
          safetyAcknowledgements: acknowledgeEveryUrgentItem(english, "crisis-plan-made"),
        }),
        201,
      );
      expect(decided.json().explanation).toMatchObject({
        language: "es",
        chosenLevel: { id: "residential", asamThirdEdition: ["3.1", "3.3", "3.5"] },
        reason: "Preferencia de la persona",
      });
      expect(decided.json().explanation.safetyAcknowledgements[0].code).toBe(
        "Se hizo un plan de seguridad para la crisis",
      );
    });
  });
});
