/**
 * Medication for opioid use disorder is offered at every level of care (SAMHSA TIP 63), and naloxone
 * goes with any opioid use or past overdose (SAMHSA overdose toolkit). These notes never change the level.
 */
import { all, any, fact } from "./condition-builders.js";
import type { Rule } from "./rule.js";

export const MEDICATION_RULES: readonly Rule[] = [
  {
    id: "medication-opioid-use-disorder",
    kind: "medication",
    medication: {
      code: "opioid-use-disorder-medications",
      medications: ["buprenorphine", "methadone", "naltrexone"],
    },
    // Naltrexone is not started in pregnancy (ACOG 711): then medication-pregnancy-opioids speaks instead.
    when: all(fact("opioid-use-disorder"), fact("not-known-pregnant")),
    statement: {
      en: "Opioid use disorder: offer buprenorphine, methadone or naltrexone; each can be given at every level of care.",
      es: "Trastorno por uso de opioides: ofrezca buprenorfina, metadona o naltrexona; cada una se puede dar en cualquier nivel de atención.",
    },
    sources: ["samhsa-tip-63"],
  },
  {
    // 42 CFR 8.12 sets added conditions for admitting someone under 18 to methadone treatment at an opioid
    // treatment program (a parent's or guardian's written consent, and program admission rules), and the AAP
    // (Policy Statement 2016) asks that adolescents be offered medication, buprenorphine most often. Stepwise
    // does not place people under 18, but still lists the opioid medicines; this note goes with them
    // wherever methadone is named (docs/clinical-review.md B13).
    id: "medication-methadone-under-18",
    kind: "medication",
    medication: { code: "methadone-under-18", medications: ["buprenorphine", "methadone"] },
    when: all(
      fact("adolescent"),
      any(
        fact("opioid-use-disorder"),
        fact("on-opioid-medication"),
        all(any(fact("pregnant"), fact("postpartum")), fact("opioid-use")),
      ),
    ),
    statement: {
      en: "Under 18: methadone treatment has added federal conditions (a parent's or guardian's written consent and the program's admission rules); buprenorphine is usually offered first. Refer to adolescent services.",
      es: "Menores de 18 años: el tratamiento con metadona tiene condiciones federales adicionales (el consentimiento por escrito de uno de los padres o del tutor y las reglas de admisión del programa); por lo general se ofrece primero la buprenorfina. Derive a servicios para adolescentes.",
    },
    sources: ["cfr-42-part-8", "aap-moud-adolescents-2016"],
  },
  {
    id: "medication-naloxone",
    kind: "medication",
    medication: { code: "naloxone", medications: ["naloxone"] },
    when: any(fact("opioid-use"), fact("opioid-use-disorder"), fact("overdose-ever")),
    statement: {
      en: "Anyone who uses opioids or has overdosed, and the people around them, should carry naloxone and know how to use it.",
      es: "Cualquier persona que usa opioides o tuvo una sobredosis, y las personas a su alrededor, deben tener naloxona y saber usarla.",
    },
    sources: ["samhsa-overdose-toolkit"],
  },
  {
    id: "medication-continue-opioid-medication",
    kind: "medication",
    medication: { code: "continue-opioid-medication", medications: ["buprenorphine", "methadone"] },
    when: fact("on-opioid-medication"),
    statement: {
      en: "Someone taking buprenorphine or methadone should keep taking it; the program chosen must continue it.",
      es: "Quien toma buprenorfina o metadona debe seguir tomándola; el programa elegido debe continuarla.",
    },
    sources: ["samhsa-tip-63"],
  },
  {
    id: "medication-pregnancy-opioids",
    kind: "medication",
    medication: { code: "pregnancy-opioid-medication", medications: ["buprenorphine", "methadone"] },
    when: all(
      fact("pregnant"),
      any(fact("opioid-use-disorder"), fact("opioid-use"), fact("on-opioid-medication")),
    ),
    statement: {
      en: "In pregnancy, start or continue buprenorphine or methadone the same day; it is safer for the pregnancy than withdrawal care or stopping. Naltrexone is not started in pregnancy.",
      es: "En el embarazo, empezar o continuar la buprenorfina o la metadona el mismo día; es más seguro para el embarazo que el manejo de la abstinencia o dejar los opioides. La naltrexona no se empieza en el embarazo.",
    },
    sources: ["acog-711", "samhsa-tip-63"],
  },
  {
    id: "medication-pregnancy-naltrexone",
    kind: "medication",
    medication: { code: "pregnancy-naltrexone", medications: ["naltrexone"] },
    when: all(fact("pregnant"), fact("on-naltrexone")),
    statement: {
      en: "Someone who becomes pregnant while taking naltrexone should talk with the prescriber soon about whether to keep taking it.",
      es: "Quien queda embarazada mientras toma naltrexona debe hablar pronto con quien se la receta sobre si seguir tomándola.",
    },
    sources: ["acog-711"],
  },
  {
    id: "medication-postpartum-overdose-risk",
    kind: "medication",
    medication: { code: "postpartum-overdose-risk", medications: ["naloxone", "buprenorphine", "methadone"] },
    when: all(
      fact("postpartum"),
      any(fact("opioid-use"), fact("opioid-use-disorder"), fact("on-opioid-medication")),
    ),
    statement: {
      en: "The year after giving birth is a time of high overdose risk: keep taking buprenorphine or methadone, and keep naloxone at home.",
      es: "El año después de dar a luz es un tiempo de alto riesgo de sobredosis: siga tomando la buprenorfina o la metadona, y tenga naloxona en casa.",
    },
    sources: ["acog-711", "samhsa-overdose-toolkit"],
  },
  {
    id: "medication-opioids-with-sedatives",
    kind: "medication",
    medication: { code: "opioid-sedative-overdose-risk", medications: ["naloxone"] },
    when: fact("opioids-with-sedatives"),
    statement: {
      en: "Opioids, including methadone or buprenorphine, together with alcohol, benzodiazepines or other sedatives can slow breathing to a stop: keep naloxone close and do not use alone. Do not stop methadone or buprenorphine because of this; talk with the prescriber.",
      es: "Los opioides, incluso la metadona o la buprenorfina, junto con alcohol, benzodiacepinas u otros sedantes pueden detener la respiración: tenga naloxona cerca y no consuma sin compañía. No deje la metadona ni la buprenorfina por esto; hable con quien se la receta.",
    },
    sources: ["opioid-sedative-combination", "asam-opioid-use-disorder-2020"],
  },
  {
    id: "medication-stimulants-fentanyl-test-strips",
    kind: "medication",
    medication: { code: "stimulant-fentanyl-test-strips", medications: ["naloxone"] },
    when: fact("stimulant-use"),
    statement: {
      en: "Fentanyl is often mixed into cocaine, methamphetamine and pills: anyone who uses stimulants should carry naloxone and can test with fentanyl test strips.",
      es: "El fentanilo se mezcla a menudo con la cocaína, la metanfetamina y las pastillas: quien usa estimulantes debe llevar naloxona y puede revisar con tiras de prueba de fentanilo.",
    },
    sources: ["fentanyl-test-strips", "samhsa-overdose-toolkit"],
  },
  {
    id: "medication-alcohol-use-disorder",
    kind: "medication",
    medication: { code: "alcohol-use-disorder-medications", medications: ["naltrexone", "acamprosate"] },
    when: all(
      fact("alcohol-use-disorder-moderate-or-severe"),
      fact("no-opioid-exposure"),
      fact("not-known-pregnant"),
    ),
    statement: {
      en: "Moderate or severe alcohol use disorder: offer naltrexone or acamprosate; both lower drinking and can be taken at every level of care.",
      es: "Trastorno moderado o grave por consumo de alcohol: ofrezca naltrexona o acamprosato; ambos bajan el consumo y se pueden tomar en cualquier nivel de atención.",
    },
    sources: ["apa-alcohol-use-disorder-2018"],
  },
  {
    id: "medication-alcohol-use-disorder-with-opioids",
    kind: "medication",
    medication: { code: "alcohol-use-disorder-medications-with-opioids", medications: ["acamprosate"] },
    when: all(
      fact("alcohol-use-disorder-moderate-or-severe"),
      fact("opioid-exposure"),
      fact("not-known-pregnant"),
    ),
    statement: {
      en: "Moderate or severe alcohol use disorder with opioid use or an opioid medicine: offer acamprosate; naltrexone would bring on opioid withdrawal.",
      es: "Trastorno moderado o grave por consumo de alcohol con uso de opioides o un medicamento opioide: ofrezca acamprosato; la naltrexona causaría abstinencia de opioides.",
    },
    sources: ["apa-alcohol-use-disorder-2018", "samhsa-tip-63"],
  },
  {
    id: "medication-tobacco",
    kind: "medication",
    medication: {
      code: "tobacco-treatment",
      medications: ["nicotine-replacement", "varenicline", "bupropion"],
    },
    when: all(fact("tobacco-use"), fact("not-known-pregnant")),
    statement: {
      en: "Tobacco or nicotine use: offer help to quit with nicotine replacement, varenicline or bupropion and counseling, in any level of care.",
      es: "Uso de tabaco o nicotina: ofrezca ayuda para dejarlo con reemplazo de nicotina, vareniclina o bupropión y consejería, en cualquier nivel de atención.",
    },
    sources: ["uspstf-tobacco-2021"],
  },
];
