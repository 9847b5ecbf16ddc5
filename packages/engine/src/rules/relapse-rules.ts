/**
 * Continued use and return to use. Seed ("When You Might Need Inpatient Care"): inpatient care fits
 * severe use, people who keep returning to use, and people for whom outpatient care was not enough;
 * outpatient care needs the ability to stay abstinent at home. Intensive outpatient fits mild to moderate
 * problems ("When an IOP program makes sense"). Never a hospital level on these alone (docs/design/domain.md §1.6.2).
 */
import { all, any, fact } from "./condition-builders.js";
import type { Rule } from "./rule.js";

export const RELAPSE_RULES: readonly Rule[] = [
  {
    id: "relapse-severe-use",
    kind: "placement",
    dimension: "relapse",
    rating: 3,
    minimumLevel: "residential",
    when: fact("severe-use-disorder-recent-use"),
    statement: {
      en: "A severe substance use disorder with use in the past 3 months fits inpatient (residential) care, away from daily triggers.",
      es: "Un trastorno grave por uso de sustancias con consumo en los últimos 3 meses corresponde a atención con internación (residencial), lejos de los desencadenantes diarios.",
    },
    sources: ["seed"],
  },
  {
    id: "relapse-intensive-outpatient-not-enough",
    kind: "placement",
    dimension: "relapse",
    rating: 3,
    minimumLevel: "residential",
    when: fact("intensive-outpatient-not-enough"),
    statement: {
      en: "When intensive outpatient or day treatment was tried and was not enough, or the person could not keep to it and left early, inpatient (residential) care is the next step.",
      es: "Cuando se probó el tratamiento ambulatorio intensivo o de día y no fue suficiente, o la persona no pudo mantenerlo y lo dejó antes de terminar, el siguiente paso es la atención con internación (residencial).",
    },
    sources: ["seed"],
  },
  {
    id: "relapse-repeated-return-to-use",
    kind: "placement",
    dimension: "relapse",
    rating: 3,
    minimumLevel: "residential",
    when: fact("returned-to-use-repeatedly"),
    statement: {
      en: "Returning to use again and again after treatment fits a live-in program that gives more structure.",
      es: "Volver a consumir una y otra vez después del tratamiento corresponde a un programa con internación que da más estructura.",
    },
    sources: ["seed"],
  },
  {
    id: "relapse-cannot-stay-abstinent-at-home",
    kind: "placement",
    dimension: "relapse",
    rating: 3,
    minimumLevel: "residential",
    when: fact("cannot-stay-abstinent-at-home"),
    statement: {
      en: "Outpatient care works best when the person can stay off alcohol and drugs at home; when they cannot, a live-in program fits.",
      es: "La atención ambulatoria funciona mejor cuando la persona puede mantenerse sin alcohol ni drogas en casa; cuando no puede, corresponde un programa con internación.",
    },
    sources: ["seed"],
  },
  {
    id: "relapse-moderate-use",
    kind: "placement",
    dimension: "relapse",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: any(
      fact("moderate-use-disorder-recent-use"),
      fact("severe-use-disorder-early-remission"),
      fact("screen-likely-disorder"),
    ),
    statement: {
      en: "A moderate substance use disorder (or AUDIT 20+ or DAST-10 6+), or a severe one after 3 months without use, fits intensive outpatient care.",
      es: "Un trastorno moderado por uso de sustancias (o AUDIT de 20 o más, o DAST-10 de 6 o más), o uno grave después de 3 meses sin consumo, corresponde a atención ambulatoria intensiva.",
    },
    sources: ["seed", "who-audit", "dast-10-bands"],
  },
  {
    id: "relapse-outpatient-not-enough",
    kind: "placement",
    dimension: "relapse",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: fact("outpatient-not-enough"),
    statement: {
      en: "When outpatient counseling was tried and was not enough, or the person could not keep to it and left early, the next step is a more intensive program.",
      es: "Cuando se probó la consejería ambulatoria y no fue suficiente, o la persona no pudo mantenerla y la dejó antes de terminar, el siguiente paso es un programa más intensivo.",
    },
    sources: ["seed"],
  },
  {
    id: "relapse-cravings-or-few-coping-skills",
    kind: "placement",
    dimension: "relapse",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: all(any(fact("strong-cravings"), fact("few-coping-skills")), fact("has-use-disorder")),
    statement: {
      en: "Strong cravings or few ways to cope call for care several times a week to practice new skills.",
      es: "Los antojos fuertes o tener pocas formas de afrontar requieren atención varias veces por semana para practicar nuevas habilidades.",
    },
    sources: ["seed", "rating-anchors"],
  },
  {
    id: "relapse-recent-overdose",
    kind: "placement",
    dimension: "relapse",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: fact("overdose-past-year"),
    statement: {
      en: "An overdose in the past year shows high risk from continued use and calls for more frequent care.",
      es: "Una sobredosis en el último año muestra un riesgo alto si el consumo sigue y requiere atención más frecuente.",
    },
    sources: ["samhsa-overdose-toolkit"],
  },
  {
    id: "relapse-mild-use",
    kind: "placement",
    dimension: "relapse",
    rating: 1,
    minimumLevel: "outpatient",
    when: any(fact("use-disorder-mild"), fact("use-disorder-in-remission"), fact("screen-harmful-use")),
    statement: {
      en: "A mild substance use disorder (or AUDIT 16–19 or DAST-10 3–5), or a moderate one after 3 months without use, fits outpatient counseling.",
      es: "Un trastorno leve por uso de sustancias (o AUDIT de 16 a 19, o DAST-10 de 3 a 5), o uno moderado después de 3 meses sin consumo, corresponde a consejería ambulatoria.",
    },
    sources: ["who-audit", "dast-10-bands"],
  },
  {
    id: "relapse-returned-to-use",
    kind: "placement",
    dimension: "relapse",
    rating: 1,
    when: fact("returned-to-use-once"),
    statement: {
      en: "A return to use after treatment is common; the plan should prepare for it.",
      es: "Volver a consumir después del tratamiento es común; el plan debe prepararse para eso.",
    },
    sources: ["seed"],
  },
  {
    id: "relapse-at-risk-use",
    kind: "placement",
    dimension: "relapse",
    rating: 1,
    minimumLevel: "early-intervention",
    when: fact("at-risk-use"),
    statement: {
      en: "Risky use without a disorder (AUDIT 8–15, a positive AUDIT-C, DAST-10 1–2, or weekly use) fits a check-in and education.",
      es: "El consumo de riesgo sin un trastorno (AUDIT de 8 a 15, AUDIT-C positivo, DAST-10 de 1 a 2, o consumo semanal) corresponde a un control y educación.",
    },
    sources: ["who-audit", "dast-10-bands"],
  },
];
