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
    when: fact("opioid-use-disorder"),
    statement: {
      en: "Opioid use disorder: offer buprenorphine, methadone or naltrexone; each can be given at every level of care.",
      es: "Trastorno por uso de opioides: ofrezca buprenorfina, metadona o naltrexona; cada una se puede dar en cualquier nivel de atención.",
    },
    sources: ["samhsa-tip-63"],
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
    when: all(fact("pregnant"), any(fact("opioid-use-disorder"), fact("opioid-use"))),
    statement: {
      en: "In pregnancy, buprenorphine or methadone is safer than stopping opioids suddenly.",
      es: "En el embarazo, la buprenorfina o la metadona son más seguras que dejar los opioides de golpe.",
    },
    sources: ["acog-711"],
  },
];
