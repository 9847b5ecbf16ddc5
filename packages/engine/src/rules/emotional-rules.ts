/**
 * Mental health (emotional, behavioral and cognitive) needs. Seed: "co-occurring mental health conditions"
 * can call for inpatient care; the ASAM 2020 guideline (III.2) puts active suicide risk in an inpatient
 * psychiatric setting. A mental health need that 24-hour care can meet without medical monitoring places
 * medically monitored care when it meets a withdrawal or medical need (the two-dimension admission rule,
 * docs/design/domain.md §1.6.2, marked there as unverified); psychosis now calls for it alone.
 */
import { all, any, fact, sedativeTypeWithdrawalExpected } from "./condition-builders.js";
import type { Rule } from "./rule.js";

export const EMOTIONAL_RULES: readonly Rule[] = [
  {
    id: "emotional-suicidal-intent-or-plan",
    kind: "placement",
    dimension: "emotional",
    rating: 4,
    minimumLevel: "medically-managed-inpatient",
    when: fact("suicidal-intent-or-plan"),
    statement: {
      en: "An intent or plan to end one's life needs crisis care now and a hospital setting that can keep the person safe.",
      es: "La intención o el plan de quitarse la vida necesita atención de crisis ahora y un hospital que pueda mantener a la persona a salvo.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "crisis-lines"],
  },
  {
    id: "emotional-danger-now",
    kind: "placement",
    dimension: "emotional",
    rating: 4,
    minimumLevel: "medically-managed-inpatient",
    when: fact("danger-to-self-or-others"),
    statement: {
      en: "Danger of hurting oneself or someone else right now needs crisis care and a hospital setting.",
      es: "El peligro de hacerse daño o hacer daño a otra persona ahora necesita atención de crisis y un hospital.",
    },
    sources: ["crisis-lines", "placement-grid-summary"],
  },
  {
    id: "emotional-asq-acute",
    kind: "placement",
    dimension: "emotional",
    rating: 4,
    minimumLevel: "medically-managed-inpatient",
    when: fact("asq-acute"),
    statement: {
      en: "An acute positive suicide screen (ASQ) means imminent risk: an emergency mental health evaluation comes first.",
      es: "Un resultado positivo agudo en la evaluación de suicidio (ASQ) significa riesgo inmediato: primero va una evaluación de salud mental de emergencia.",
    },
    sources: ["nimh-asq"],
  },
  {
    id: "emotional-psychosis-now",
    kind: "placement",
    dimension: "emotional",
    rating: 3,
    minimumLevel: "medically-monitored-inpatient",
    when: fact("psychosis-now"),
    statement: {
      en: "Psychosis now needs a setting with 24-hour nursing and a doctor who can treat it.",
      es: "La psicosis ahora necesita un lugar con enfermería las 24 horas y un médico que pueda tratarla.",
    },
    sources: ["samhsa-tip-42", "placement-grid-summary"],
  },
  {
    id: "emotional-24-hour-care-with-medical-or-withdrawal-need",
    kind: "placement",
    dimension: "emotional",
    rating: 3,
    minimumLevel: "medically-monitored-inpatient",
    when: all(
      fact("mental-health-needs-24-hour-care"),
      any(
        fact("withdrawal-moderate-now"),
        fact("withdrawal-severe-now"),
        fact("medical-needs-follow-up"),
        fact("medical-needs-24-hour-monitoring"),
        sedativeTypeWithdrawalExpected,
      ),
    ),
    statement: {
      en: "Mental health needs that call for 24-hour care, together with a withdrawal or medical need, fit medically monitored inpatient care.",
      es: "Las necesidades de salud mental que requieren atención las 24 horas, junto con una necesidad de abstinencia o médica, corresponden a atención con internación y vigilancia médica.",
    },
    sources: ["placement-grid-summary"],
  },
  {
    id: "emotional-needs-24-hour-care",
    kind: "placement",
    dimension: "emotional",
    rating: 3,
    minimumLevel: "residential",
    when: fact("mental-health-needs-24-hour-care"),
    statement: {
      en: "Co-occurring mental health conditions that need 24-hour care fit inpatient (residential) treatment that also treats mental health.",
      es: "Las condiciones de salud mental que ocurren a la vez y necesitan atención las 24 horas corresponden a tratamiento con internación (residencial) que también trate la salud mental.",
    },
    sources: ["seed", "fourth-edition-cascade"],
  },
  // Rated 2, not 3: day treatment is a Level 2 setting, and the only public table that ties D3 ratings to
  // levels (Optum San Diego, docs/design/domain.md §1.6.2) puts D3 1–2 at Level 2 and D3 3–4 at residential
  // 3.5. A 3 here contradicted the placed level; the 4th-edition quiz's "D3 2.5 COE" (§1.6.3) keeps the level.
  {
    id: "emotional-unstable",
    kind: "placement",
    dimension: "emotional",
    rating: 2,
    minimumLevel: "partial-hospitalization",
    when: fact("mental-health-unstable"),
    statement: {
      en: "Unstable mental health symptoms need daily structured care (day treatment) while living at home.",
      es: "Los síntomas de salud mental inestables necesitan atención diaria y estructurada (tratamiento de día) mientras se vive en casa.",
    },
    sources: ["placement-grid-summary", "samhsa-tip-42"],
  },
  {
    id: "emotional-suicidal-thoughts",
    kind: "placement",
    dimension: "emotional",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: any(fact("suicidal-thoughts"), fact("phq-9-item-9-positive"), fact("asq-non-acute")),
    statement: {
      en: "Thoughts of suicide without a plan need a safety assessment today and more frequent care.",
      es: "Los pensamientos de suicidio sin un plan necesitan una evaluación de seguridad hoy y atención más frecuente.",
    },
    sources: ["phq-9-item-9", "nimh-asq"],
  },
  {
    id: "emotional-some-symptoms",
    kind: "placement",
    dimension: "emotional",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: any(fact("mental-health-some-symptoms"), fact("depression-or-anxiety-severe-scale")),
    statement: {
      en: "Mental health symptoms that get in the way of daily life (or PHQ-9 or GAD-7 of 15 or more) need care several times a week.",
      es: "Los síntomas de salud mental que afectan la vida diaria (o un PHQ-9 o GAD-7 de 15 o más) necesitan atención varias veces por semana.",
    },
    sources: ["phq-9-item-9", "gad-7-bands", "samhsa-tip-42"],
  },
  {
    id: "emotional-condition-noted",
    kind: "placement",
    dimension: "emotional",
    rating: 1,
    when: any(fact("mental-health-condition"), fact("depression-or-anxiety-moderate-scale")),
    statement: {
      en: "A mental health condition, or moderate depression or anxiety on a scale, is noted so care can treat both at once.",
      es: "Se anota una condición de salud mental, o depresión o ansiedad moderada en una escala, para que la atención trate ambas cosas a la vez.",
    },
    sources: ["samhsa-tip-42", "gad-7-bands"],
  },
  {
    id: "emotional-cognitive-support-residential",
    kind: "placement",
    dimension: "emotional",
    rating: 3,
    minimumLevel: "residential",
    // Crosswalk 3.3: residential care at a slower pace for people whose cognitive impairment keeps them from
    // taking part in a usual program, when a moderate or severe use disorder with recent use needs treatment.
    when: all(
      fact("cognitive-impairment-needs-support"),
      any(fact("moderate-use-disorder-recent-use"), fact("severe-use-disorder-recent-use")),
    ),
    statement: {
      en: "Memory or thinking problems that keep the person from following a usual program, with a moderate or severe use disorder, call for a live-in program with cognitive support (crosswalk 3.3).",
      es: "Los problemas de memoria o de pensamiento que impiden seguir un programa común, con un trastorno moderado o grave por uso de sustancias, piden un programa residencial con apoyo cognitivo (equivalencia 3.3).",
    },
    sources: ["samhsa-tip-29"],
  },
];
