/**
 * Withdrawal and intoxication: the rating, the least intensive level, and the withdrawal-management
 * setting. Bands and settings follow the ASAM 2020 alcohol withdrawal guideline and TIP 45 as summarized
 * in docs/design/domain.md §1.7; statements are ours.
 */
import {
  all,
  any,
  fact,
  opioidWithdrawalExpected,
  sedativeTypeWithdrawalExpected,
} from "./condition-builders.js";
import type { Rule } from "./rule.js";

/**
 * Alcohol or sedative withdrawal now. "Withdrawal not over" is implied, and is stated so that the
 * explanation can name its relief (withdrawal management complete) in `wouldChange`.
 */
export const sedativeTypeWithdrawalNow = all(
  fact("sedative-type-withdrawal-now"),
  fact("withdrawal-ongoing"),
);

/**
 * Alcohol or sedative withdrawal expected (daily use), already here, or, after past withdrawal seizures or
 * delirium, heavy use that is not daily: each withdrawal can bring the seizures back (kindling; ASAM 2020
 * II.5 counts a seizure or delirium history as the strongest risk factor whatever the pattern).
 */
export const sedativeTypeWithdrawalRiskWithHistory = any(
  sedativeTypeWithdrawalExpected,
  sedativeTypeWithdrawalNow,
  all(fact("sedative-type-heavy-use"), fact("withdrawal-ongoing")),
);

export const WITHDRAWAL_RULES: readonly Rule[] = [
  {
    id: "withdrawal-seizure-or-confusion-now",
    kind: "placement",
    dimension: "withdrawal",
    rating: 4,
    minimumLevel: "medically-managed-inpatient",
    withdrawalManagement: "medically-managed",
    when: fact("withdrawal-seizure-or-confusion-now"),
    statement: {
      en: "A seizure, confusion or hallucinations during withdrawal need hospital care now.",
      es: "Una convulsión, confusión o alucinaciones durante la abstinencia necesitan atención en el hospital ahora.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "samhsa-tip-45"],
  },
  {
    id: "withdrawal-severe-with-complicated-history",
    kind: "placement",
    dimension: "withdrawal",
    rating: 4,
    minimumLevel: "medically-managed-inpatient",
    withdrawalManagement: "medically-managed",
    when: all(fact("withdrawal-severe-now"), fact("complicated-withdrawal-history")),
    statement: {
      en: "Severe withdrawal now, in someone who has had withdrawal seizures or delirium before, needs hospital withdrawal care.",
      es: "La abstinencia grave ahora, en alguien que ya tuvo convulsiones o delirio por abstinencia, necesita manejo de la abstinencia en el hospital.",
    },
    sources: ["asam-alcohol-withdrawal-2020"],
  },
  {
    id: "withdrawal-severe-now",
    kind: "placement",
    dimension: "withdrawal",
    rating: 3,
    minimumLevel: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    when: fact("withdrawal-severe-now"),
    statement: {
      en: "Severe withdrawal now (CIWA-Ar 19 or more, COWS above 36, or severe signs) needs 24-hour medical monitoring.",
      es: "La abstinencia grave ahora (CIWA-Ar de 19 o más, COWS de más de 36, o signos graves) necesita vigilancia médica las 24 horas.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "cows-bands"],
  },
  {
    id: "withdrawal-expected-with-complicated-history",
    kind: "placement",
    dimension: "withdrawal",
    rating: 3,
    minimumLevel: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    // VII.8 allows ambulatory care only with no history of withdrawal seizures or delirium tremens, so the
    // history counts whether withdrawal is expected (daily use) or already here after less frequent use.
    when: all(sedativeTypeWithdrawalRiskWithHistory, fact("complicated-withdrawal-history")),
    statement: {
      en: "Daily or heavy alcohol or sedative use, or alcohol or sedative withdrawal now, with past withdrawal seizures or delirium, means stopping should happen with 24-hour medical monitoring.",
      es: "El uso diario o intenso de alcohol o sedantes, o la abstinencia de alcohol o sedantes ahora, con convulsiones o delirio por abstinencia en el pasado, significa que dejarlos debe hacerse con vigilancia médica las 24 horas.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "samhsa-tip-45"],
  },
  {
    id: "withdrawal-expected-with-high-pawss",
    kind: "placement",
    dimension: "withdrawal",
    rating: 3,
    minimumLevel: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    when: all(sedativeTypeWithdrawalExpected, fact("pawss-high")),
    statement: {
      en: "Daily drinking with a PAWSS score of 4 or more means a high risk of complicated withdrawal: stop with 24-hour medical monitoring.",
      es: "Beber a diario con un puntaje PAWSS de 4 o más significa un riesgo alto de abstinencia complicada: dejarlo con vigilancia médica las 24 horas.",
    },
    sources: ["pawss"],
  },
  {
    id: "withdrawal-expected-with-risk-factor",
    kind: "placement",
    dimension: "withdrawal",
    rating: 3,
    minimumLevel: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    // ASAM 2020 II.5 risk factors for complicated withdrawal; VII.8 allows ambulatory care only without
    // significant medical illness. One factor is enough to rule out withdrawal care at home.
    when: all(
      any(sedativeTypeWithdrawalExpected, sedativeTypeWithdrawalNow),
      fact("complicated-withdrawal-risk-factor"),
    ),
    statement: {
      en: "Stopping daily alcohol or sedatives, or alcohol or sedative withdrawal now, at age 65 or older, with a daily benzodiazepine or other sedative on top of alcohol, or with a medical illness such as liver or heart disease or a seizure disorder, should happen with 24-hour medical monitoring.",
      es: "Dejar el alcohol o los sedantes de uso diario, o la abstinencia de alcohol o sedantes ahora, a los 65 años o más, con una benzodiacepina u otro sedante diario además del alcohol, o con una enfermedad como del hígado, del corazón o convulsiones, debe hacerse con vigilancia médica las 24 horas.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "pawss"],
  },
  {
    id: "withdrawal-moderate-with-other-health-needs",
    kind: "placement",
    dimension: "withdrawal",
    rating: 3,
    minimumLevel: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    when: all(
      fact("withdrawal-moderate-now"),
      any(
        fact("medical-needs-24-hour-monitoring"),
        fact("medical-unstable"),
        fact("mental-health-unstable"),
        fact("mental-health-needs-24-hour-care"),
        fact("pregnant"),
      ),
    ),
    statement: {
      en: "Moderate withdrawal together with a serious medical or mental health need, or pregnancy, is not safe to manage at home.",
      es: "La abstinencia moderada junto con una necesidad médica o de salud mental seria, o un embarazo, no es segura de manejar en casa.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "placement-grid-summary"],
  },
  {
    id: "withdrawal-expected-in-pregnancy",
    kind: "placement",
    dimension: "withdrawal",
    rating: 3,
    minimumLevel: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    when: all(sedativeTypeWithdrawalExpected, fact("pregnant")),
    statement: {
      en: "Stopping daily alcohol or sedatives during pregnancy should happen with 24-hour medical monitoring.",
      es: "Dejar el alcohol o los sedantes de uso diario durante el embarazo debe hacerse con vigilancia médica las 24 horas.",
    },
    sources: ["samhsa-tip-45"],
  },
  {
    id: "withdrawal-unsupported-at-home",
    kind: "placement",
    dimension: "withdrawal",
    rating: 2,
    minimumLevel: "residential",
    withdrawalManagement: "residential",
    when: all(
      any(sedativeTypeWithdrawalExpected, opioidWithdrawalExpected, fact("withdrawal-now")),
      // III.1: an unsafe or unsupportive home; VII.8: ambulatory care also needs someone who can keep to
      // the daily check-ins, so unwillingness to attend appointments counts too.
      any(
        fact("home-unsafe"),
        fact("housing-unstable"),
        fact("others-use-at-home"),
        fact("no-support-network"),
        fact("unwilling-to-attend"),
      ),
    ),
    statement: {
      en: "Withdrawal that could be managed as an outpatient needs a live-in setting when home is unsafe or unstable, someone there uses, no one can support the person, or the person cannot keep to daily check-ins.",
      es: "Una abstinencia que podría manejarse en forma ambulatoria necesita un lugar donde vivir durante el tratamiento cuando el hogar no es seguro o estable, alguien allí consume, nadie puede apoyar a la persona, o la persona no puede cumplir con los controles diarios.",
    },
    sources: ["asam-alcohol-withdrawal-2020"],
  },
  {
    id: "withdrawal-moderate-now",
    kind: "placement",
    dimension: "withdrawal",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
    when: fact("withdrawal-moderate-now"),
    statement: {
      en: "Moderate withdrawal now (CIWA-Ar 10–18 or COWS 13–36) can be managed as an outpatient with daily checks.",
      es: "La abstinencia moderada ahora (CIWA-Ar de 10 a 18 o COWS de 13 a 36) se puede manejar en forma ambulatoria con controles diarios.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "cows-bands"],
  },
  {
    id: "withdrawal-expected-with-hallucination-history",
    kind: "placement",
    dimension: "withdrawal",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
    when: all(sedativeTypeWithdrawalExpected, fact("withdrawal-hallucinations-history")),
    statement: {
      en: "Daily alcohol or sedative use with past withdrawal hallucinations needs withdrawal care with daily checks.",
      es: "El uso diario de alcohol o sedantes con alucinaciones por abstinencia en el pasado necesita manejo de la abstinencia con controles diarios.",
    },
    sources: ["asam-alcohol-withdrawal-2020"],
  },
  {
    id: "withdrawal-mild-now",
    kind: "placement",
    dimension: "withdrawal",
    rating: 1,
    minimumLevel: "outpatient",
    withdrawalManagement: "ambulatory",
    when: fact("withdrawal-mild-now"),
    statement: {
      en: "Mild withdrawal now (CIWA-Ar under 10 or COWS 5–12) can be managed as an outpatient.",
      es: "La abstinencia leve ahora (CIWA-Ar de menos de 10 o COWS de 5 a 12) se puede manejar en forma ambulatoria.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "cows-bands"],
  },
  {
    id: "withdrawal-expected-sedative-type",
    kind: "placement",
    dimension: "withdrawal",
    rating: 1,
    minimumLevel: "outpatient",
    withdrawalManagement: "ambulatory",
    when: sedativeTypeWithdrawalExpected,
    statement: {
      en: "Daily alcohol or sedative use means withdrawal is likely when stopping; it needs a withdrawal plan with a clinician.",
      es: "El uso diario de alcohol o sedantes significa que es probable tener abstinencia al dejarlos; se necesita un plan de abstinencia con un profesional.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "samhsa-tip-45"],
  },
  {
    id: "withdrawal-expected-opioids",
    kind: "placement",
    dimension: "withdrawal",
    rating: 1,
    minimumLevel: "outpatient",
    withdrawalManagement: "ambulatory",
    // In pregnancy medication (buprenorphine or methadone), not withdrawal, is the plan (ACOG 711); someone
    // already taking either keeps taking it (SAMHSA TIP 63), so no opioid withdrawal care is planned.
    when: all(opioidWithdrawalExpected, fact("not-known-pregnant"), fact("not-known-on-opioid-medication")),
    statement: {
      en: "Daily opioid use means withdrawal is likely when stopping; medication can ease it and can start in outpatient care.",
      es: "El uso diario de opioides significa que es probable tener abstinencia al dejarlos; los medicamentos pueden aliviarla y se pueden empezar en atención ambulatoria.",
    },
    sources: ["samhsa-tip-63", "samhsa-tip-45"],
  },
  {
    id: "intoxicated-now",
    kind: "placement",
    dimension: "withdrawal",
    rating: 1,
    when: fact("intoxicated-now"),
    statement: {
      en: "Being intoxicated now raises the withdrawal and intoxication rating; answers should be checked again when sober.",
      es: "Estar intoxicado ahora sube la calificación de abstinencia e intoxicación; las respuestas se deben revisar otra vez sin efectos de sustancias.",
    },
    sources: ["rating-anchors"],
  },
];
