/**
 * Readiness to change. Seed ("Assessing Readiness for Outpatient Treatment"): outpatient care needs a
 * readiness to attend every appointment; people who struggle with an outpatient program's structure may
 * do better in inpatient care. Readiness alone never justifies hospital care (docs/design/domain.md §1.6.2); these
 * needs count only once there is a substance use problem.
 */
import { all, fact } from "./condition-builders.js";
import type { Rule } from "./rule.js";

export const READINESS_RULES: readonly Rule[] = [
  {
    id: "readiness-unwilling-to-attend",
    kind: "placement",
    dimension: "readiness",
    rating: 3,
    minimumLevel: "residential",
    when: all(fact("unwilling-to-attend"), fact("has-use-disorder")),
    statement: {
      en: "Outpatient care works only with a readiness to attend every appointment; without it, a live-in program gives the structure.",
      es: "La atención ambulatoria solo funciona si hay disposición para ir a todas las citas; sin ella, un programa con internación da la estructura.",
    },
    sources: ["seed"],
  },
  {
    id: "readiness-not-ready",
    kind: "placement",
    dimension: "readiness",
    rating: 2,
    minimumLevel: "intensive-outpatient",
    when: all(fact("not-ready"), fact("has-use-disorder")),
    statement: {
      en: "Not feeling ready to change yet calls for more frequent contact that builds motivation.",
      es: "No sentirse listo para cambiar todavía requiere contacto más frecuente que ayude a motivarse.",
    },
    sources: ["fourth-edition-cascade", "rating-anchors"],
  },
  {
    id: "readiness-unsure",
    kind: "placement",
    dimension: "readiness",
    rating: 1,
    when: all(fact("unsure"), fact("has-use-disorder")),
    statement: {
      en: "Feeling unsure about change is common and is worked on in any level of care.",
      es: "Sentirse inseguro sobre el cambio es común y se trabaja en cualquier nivel de atención.",
    },
    sources: ["rating-anchors"],
  },
];
