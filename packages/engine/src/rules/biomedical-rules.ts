/**
 * Physical health needs. Shape of the 0–4 scale from county rating anchors (docs/design/domain.md §1.3);
 * the PPC-2R grid summary (§1.6.2): stable conditions fit outpatient care, conditions needing 24-hour
 * monitoring fit medically monitored inpatient care, unstable ones need a hospital.
 */
import { all, fact } from "./condition-builders.js";
import type { Rule } from "./rule.js";

export const BIOMEDICAL_RULES: readonly Rule[] = [
  {
    id: "biomedical-overdose-signs-now",
    kind: "placement",
    dimension: "biomedical",
    rating: 4,
    minimumLevel: "medically-managed-inpatient",
    when: fact("overdose-signs-now"),
    statement: {
      en: "Signs of an overdose now are a medical emergency that needs hospital care.",
      es: "Los signos de una sobredosis ahora son una emergencia médica que necesita atención en el hospital.",
    },
    sources: ["samhsa-overdose-toolkit", "crisis-lines"],
  },
  {
    id: "biomedical-unstable",
    kind: "placement",
    dimension: "biomedical",
    rating: 4,
    minimumLevel: "medically-managed-inpatient",
    when: fact("medical-unstable"),
    statement: {
      en: "An unstable medical condition needs hospital care before or during substance use treatment.",
      es: "Una condición médica inestable necesita atención en el hospital antes o durante el tratamiento por uso de sustancias.",
    },
    sources: ["rating-anchors", "placement-grid-summary"],
  },
  {
    id: "biomedical-needs-24-hour-monitoring",
    kind: "placement",
    dimension: "biomedical",
    rating: 3,
    minimumLevel: "medically-monitored-inpatient",
    when: fact("medical-needs-24-hour-monitoring"),
    statement: {
      en: "A medical condition that needs 24-hour nursing and a doctor on call fits medically monitored inpatient care.",
      es: "Una condición médica que necesita enfermería las 24 horas y un médico disponible corresponde a atención con internación y vigilancia médica.",
    },
    sources: ["placement-grid-summary"],
  },
  {
    id: "biomedical-needs-follow-up",
    kind: "placement",
    dimension: "biomedical",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: fact("medical-needs-follow-up"),
    statement: {
      en: "A medical condition that needs regular follow-up can be cared for alongside intensive outpatient treatment, not basic outpatient counseling alone.",
      es: "Una condición médica que necesita controles regulares se puede atender junto con un tratamiento ambulatorio intensivo, no solo con consejería ambulatoria básica.",
    },
    sources: ["placement-grid-summary"],
  },
  {
    id: "biomedical-pregnancy",
    kind: "placement",
    dimension: "biomedical",
    rating: 2,
    when: all(fact("pregnant"), fact("has-use-disorder")),
    statement: {
      en: "Pregnancy with a substance use problem needs prenatal care linked with treatment.",
      es: "El embarazo con un problema de uso de sustancias necesita atención prenatal unida al tratamiento.",
    },
    sources: ["acog-711", "samhsa-tip-63"],
  },
  {
    id: "biomedical-pregnancy-opioid-use-disorder",
    kind: "placement",
    dimension: "biomedical",
    rating: 2,
    minimumLevel: "outpatient",
    // ACOG 711: medication (buprenorphine or methadone) with prenatal care is the plan, never a check-in alone.
    when: all(fact("pregnant"), fact("opioid-use-disorder")),
    statement: {
      en: "Pregnancy with opioid use disorder needs treatment with buprenorphine or methadone and prenatal care: at least outpatient care, started the same day.",
      es: "El embarazo con trastorno por uso de opioides necesita tratamiento con buprenorfina o metadona y atención prenatal: al menos atención ambulatoria, empezada el mismo día.",
    },
    sources: ["acog-711", "samhsa-tip-63"],
  },
  {
    id: "biomedical-stable-condition",
    kind: "placement",
    dimension: "biomedical",
    rating: 1,
    when: fact("medical-condition-stable"),
    statement: {
      en: "A stable medical condition is noted so treatment can work with the person's doctor.",
      es: "Se anota una condición médica estable para que el tratamiento trabaje junto con el médico de la persona.",
    },
    sources: ["rating-anchors"],
  },
  {
    id: "biomedical-injection-use",
    kind: "placement",
    dimension: "biomedical",
    rating: 1,
    when: fact("injection-use"),
    statement: {
      en: "Injecting drugs raises the risk of infections; care should offer testing and sterile supplies.",
      es: "Inyectarse drogas sube el riesgo de infecciones; la atención debe ofrecer pruebas y materiales estériles.",
    },
    sources: ["samhsa-tip-63"],
  },
];
