/**
 * Rules that do not set a level: the co-occurring-enhanced marker (SAMHSA TIP 42; 4th-edition COE
 * escalation in docs/design/domain.md §1.6.3), person-centered considerations (seed "Conclusion": obligations and
 * support shape the choice), the adult-only scope, and the baseline every result starts from.
 */
import { all, always, any, fact, rating } from "./condition-builders.js";
import type { Rule } from "./rule.js";

export const SUPPORT_RULES: readonly Rule[] = [
  {
    id: "baseline-check-in",
    kind: "placement",
    minimumLevel: "early-intervention",
    when: always,
    statement: {
      en: "Every result starts from the least intensive level, a check-in with education, and rises only for a known need.",
      es: "Todo resultado empieza en el nivel menos intensivo, un control con educación, y sube solo por una necesidad conocida.",
    },
    sources: ["placement-grid-summary"],
  },
  {
    id: "co-occurring-mental-health-need",
    kind: "co-occurring",
    when: rating("emotional", 2),
    statement: {
      en: "Mental health needs that get in the way of daily life call for a program that treats mental health and substance use together.",
      es: "Las necesidades de salud mental que afectan la vida diaria requieren un programa que trate la salud mental y el uso de sustancias juntos.",
    },
    sources: ["samhsa-tip-42", "fourth-edition-cascade"],
  },
  {
    id: "co-occurring-serious-mental-illness",
    kind: "co-occurring",
    when: all(fact("serious-mental-illness"), fact("has-use-disorder")),
    statement: {
      en: "Bipolar disorder or a psychotic disorder with a substance use problem calls for a program that treats both together.",
      es: "El trastorno bipolar o un trastorno psicótico junto con un problema de uso de sustancias requieren un programa que trate ambos juntos.",
    },
    sources: ["samhsa-tip-42"],
  },
  {
    id: "consideration-work-or-school",
    kind: "consideration",
    shownAt: { upTo: "intensive-outpatient" },
    when: fact("has-work-or-school"),
    statement: {
      en: "Work or school: outpatient programs, including intensive outpatient, let people keep going; ask about evening hours.",
      es: "Trabajo o escuela: los programas ambulatorios, incluso los intensivos, permiten seguir yendo; pregunte por horarios de tarde o noche.",
    },
    sources: ["seed"],
  },
  {
    id: "consideration-work-or-school-time-away",
    kind: "consideration",
    shownAt: { from: "partial-hospitalization" },
    when: fact("has-work-or-school"),
    statement: {
      en: "Work or school: this level takes most of the day or a stay away from home; ask the program for a letter, ask about medical leave (in the US, the Family and Medical Leave Act), and plan the return together.",
      es: "Trabajo o escuela: este nivel ocupa casi todo el día o una estadía fuera de casa; pida una carta al programa, pregunte por la licencia médica (en EE. UU., la Ley de Licencia Familiar y Médica) y planifiquen juntos el regreso.",
    },
    sources: ["seed"],
  },
  {
    id: "consideration-lethal-means",
    kind: "consideration",
    when: any(
      fact("suicidal-thoughts"),
      fact("suicidal-intent-or-plan"),
      fact("phq-9-item-9-positive"),
      fact("asq-acute"),
      fact("asq-non-acute"),
    ),
    statement: {
      en: "With thoughts of suicide, make the home safer now: store guns away from the home or locked with someone else holding the key, and lock up or give away extra medicines, including opioids.",
      es: "Con pensamientos de suicidio, haga la casa más segura ahora: guarde las armas fuera de la casa o bajo llave con otra persona que tenga la llave, y guarde bajo llave o deseche los medicamentos de más, incluidos los opioides.",
    },
    sources: ["lethal-means-counseling", "crisis-lines"],
  },
  {
    id: "consideration-caregiving",
    kind: "consideration",
    when: fact("caregiving"),
    statement: {
      en: "Caring for children or others: ask programs about child care, family programs, or programs that let children stay.",
      es: "Cuidar a niños u otras personas: pregunte a los programas por cuidado de niños, programas para la familia o programas donde pueden quedarse los niños.",
    },
    sources: ["seed"],
  },
  {
    id: "consideration-prefers-home",
    kind: "consideration",
    when: fact("prefers-living-at-home"),
    statement: {
      en: "Wanting to live at home during care matters; if a live-in level is recommended, talk about why and what could make home care safe.",
      es: "Querer vivir en casa durante la atención es importante; si se recomienda un nivel con internación, hablen de por qué y de qué podría hacer segura la atención desde casa.",
    },
    sources: ["seed", "fourth-edition-cascade"],
  },
  {
    id: "consideration-no-coverage",
    kind: "consideration",
    when: fact("no-coverage"),
    statement: {
      en: "No insurance: ask about Medicaid, sliding-scale fees and state-funded programs; SAMHSA's helpline (1-800-662-4357) can help find them.",
      es: "Sin seguro: pregunte por Medicaid, tarifas según ingresos y programas pagados por el estado; la línea de SAMHSA (1-800-662-4357) puede ayudar a encontrarlos.",
    },
    sources: ["crisis-lines"],
  },
  {
    id: "consideration-spanish-program",
    kind: "consideration",
    when: fact("wants-spanish-program"),
    statement: {
      en: "Ask programs whether they offer care in Spanish.",
      es: "Pregunte a los programas si ofrecen atención en español.",
    },
    sources: ["seed"],
  },
  {
    id: "adolescent-services",
    kind: "adolescent",
    when: fact("adolescent"),
    statement: {
      en: "Stepwise places adults (18 and older); a young person needs an assessment made for teens and adolescent services.",
      es: "Stepwise ubica a adultos (18 años o más); una persona joven necesita una evaluación hecha para adolescentes y servicios para adolescentes.",
    },
    sources: ["adult-scope"],
  },
];
