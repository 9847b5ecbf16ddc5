/**
 * Living situation. Seed: outpatient care needs a safe and supportive home, reliable transport and a
 * support network; people who lack housing stability may do better in a facility. These needs count
 * once there is a substance use problem and never justify hospital care alone (docs/design/domain.md §1.6.2).
 */
import { all, fact } from "./condition-builders.js";
import type { Rule } from "./rule.js";

export const ENVIRONMENT_RULES: readonly Rule[] = [
  {
    id: "environment-housing-unstable",
    kind: "placement",
    dimension: "environment",
    rating: 3,
    minimumLevel: "residential",
    when: all(fact("housing-unstable"), fact("has-use-disorder")),
    statement: {
      en: "Without a stable place to live, a live-in (residential) program gives the stability outpatient care needs.",
      es: "Sin un lugar estable donde vivir, un programa con internación (residencial) da la estabilidad que necesita la atención ambulatoria.",
    },
    sources: ["seed"],
  },
  {
    id: "environment-home-unsafe",
    kind: "placement",
    dimension: "environment",
    rating: 3,
    minimumLevel: "residential",
    when: all(fact("home-unsafe"), fact("has-use-disorder")),
    statement: {
      en: "Outpatient care needs a home that is safe and supportive; when home is not, a live-in program fits.",
      es: "La atención ambulatoria necesita un hogar seguro y de apoyo; cuando el hogar no lo es, corresponde un programa con internación.",
    },
    sources: ["seed"],
  },
  {
    id: "environment-others-use-at-home",
    kind: "placement",
    dimension: "environment",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: all(fact("others-use-at-home"), fact("has-use-disorder")),
    statement: {
      en: "Someone using alcohol or drugs at home makes recovery harder and calls for care several times a week.",
      es: "Que alguien consuma alcohol o drogas en casa hace más difícil la recuperación y requiere atención varias veces por semana.",
    },
    sources: ["seed", "rating-anchors"],
  },
  {
    id: "environment-no-support-network",
    kind: "placement",
    dimension: "environment",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: all(fact("no-support-network"), fact("has-use-disorder")),
    statement: {
      en: "Outpatient care needs a support network; without one, a program with more contact fills the gap.",
      es: "La atención ambulatoria necesita una red de apoyo; sin ella, un programa con más contacto cubre esa falta.",
    },
    sources: ["seed"],
  },
  {
    id: "environment-no-reliable-transport",
    kind: "placement",
    dimension: "environment",
    rating: 1,
    when: all(fact("no-reliable-transport"), fact("has-use-disorder")),
    statement: {
      en: "Outpatient care needs a reliable way to get to every appointment; rides, transit help or telehealth must be arranged.",
      es: "La atención ambulatoria necesita una forma confiable de llegar a cada cita; hay que conseguir transporte, ayuda con el transporte público o telesalud.",
    },
    sources: ["seed"],
  },
];
