/**
 * The safety gate (docs/design.md "Safety first"): crisis, medical emergency and withdrawal that needs
 * medical care now, returned as urgent items before any placement. Each rule reads only the facts that
 * raise it, so no other answer can remove it.
 */
import { all, any, fact, sedativeTypeWithdrawalExpected } from "./condition-builders.js";
import type { Rule } from "./rule.js";
import { sedativeTypeWithdrawalRiskWithHistory } from "./withdrawal-rules.js";

export const SAFETY_RULES: readonly Rule[] = [
  {
    id: "safety-overdose-now",
    kind: "safety",
    urgent: { tier: "emergency", actions: ["call-911", "give-naloxone", "stay-with-person"] },
    when: fact("overdose-signs-now"),
    statement: {
      en: "Signs of an overdose now: call 911, give naloxone if there is any, and stay with the person.",
      es: "Signos de sobredosis ahora: llame al 911, dé naloxona si hay, y quédese con la persona.",
    },
    sources: ["samhsa-overdose-toolkit", "crisis-lines"],
  },
  {
    id: "safety-withdrawal-seizure-or-confusion",
    kind: "safety",
    urgent: { tier: "emergency", actions: ["call-911", "go-to-emergency-department"] },
    when: fact("withdrawal-seizure-or-confusion-now"),
    statement: {
      en: "A seizure, confusion or hallucinations during withdrawal: call 911 or go to an emergency department now.",
      es: "Una convulsión, confusión o alucinaciones durante la abstinencia: llame al 911 o vaya a una sala de emergencias ahora.",
    },
    sources: ["asam-alcohol-withdrawal-2020", "crisis-lines"],
  },
  {
    id: "safety-severe-alcohol-or-sedative-withdrawal",
    kind: "safety",
    urgent: { tier: "emergency", actions: ["go-to-emergency-department", "call-911"] },
    when: fact("sedative-type-withdrawal-severe-now"),
    statement: {
      en: "Severe alcohol or sedative withdrawal can become life-threatening: go to an emergency department now.",
      es: "La abstinencia grave de alcohol o sedantes puede poner la vida en peligro: vaya a una sala de emergencias ahora.",
    },
    sources: ["asam-alcohol-withdrawal-2020"],
  },
  {
    id: "safety-unstable-medical-condition",
    kind: "safety",
    urgent: { tier: "emergency", actions: ["call-911", "go-to-emergency-department"] },
    when: fact("medical-unstable"),
    statement: {
      en: "An unstable medical condition: get emergency medical care now.",
      es: "Una condición médica inestable: busque atención médica de emergencia ahora.",
    },
    sources: ["crisis-lines"],
  },
  {
    id: "safety-suicidal-intent-or-plan",
    kind: "safety",
    urgent: { tier: "crisis", actions: ["call-or-text-988", "call-911", "stay-with-person"] },
    when: fact("suicidal-intent-or-plan"),
    statement: {
      en: "An intent or plan to end one's life: call or text 988 now, or 911 if in danger right now.",
      es: "La intención o el plan de quitarse la vida: llame o envíe un texto al 988 ahora, o al 911 si hay peligro en este momento.",
    },
    sources: ["crisis-lines", "asam-alcohol-withdrawal-2020"],
  },
  {
    id: "safety-danger-to-self-or-others",
    kind: "safety",
    urgent: { tier: "crisis", actions: ["call-or-text-988", "call-911"] },
    when: fact("danger-to-self-or-others"),
    statement: {
      en: "Danger of hurting oneself or someone else, with or without psychosis: call or text 988, or 911 if someone is in danger now.",
      es: "Peligro de hacerse daño o de hacer daño a otra persona, con o sin psicosis: llame o envíe un texto al 988, o al 911 si alguien está en peligro ahora.",
    },
    sources: ["crisis-lines"],
  },
  {
    id: "safety-asq-acute",
    kind: "safety",
    urgent: {
      tier: "crisis",
      actions: ["call-or-text-988", "go-to-emergency-department", "stay-with-person"],
    },
    when: fact("asq-acute"),
    statement: {
      en: "An acute positive ASQ suicide screen: the person needs an emergency mental health evaluation now and should not be left alone.",
      es: "Un resultado positivo agudo en la evaluación ASQ: la persona necesita una evaluación de salud mental de emergencia ahora y no debe quedarse sola.",
    },
    sources: ["nimh-asq", "crisis-lines"],
  },
  {
    id: "safety-suicidal-thoughts",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["mental-health-evaluation-today", "call-or-text-988"] },
    when: fact("suicidal-thoughts"),
    statement: {
      en: "Thoughts of suicide: a safety assessment with a mental health professional today; 988 is open any time.",
      es: "Pensamientos de suicidio: una evaluación de seguridad con un profesional de salud mental hoy; el 988 atiende a toda hora.",
    },
    sources: ["phq-9-item-9", "crisis-lines"],
  },
  {
    id: "safety-phq-9-item-9",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["mental-health-evaluation-today", "call-or-text-988"] },
    when: fact("phq-9-item-9-positive"),
    statement: {
      en: "Any answer above 'not at all' on PHQ-9 item 9 needs a suicide safety assessment the same day.",
      es: "Cualquier respuesta mayor que 'para nada' en la pregunta 9 del PHQ-9 necesita una evaluación de seguridad sobre el suicidio el mismo día.",
    },
    sources: ["phq-9-item-9"],
  },
  {
    id: "safety-asq-non-acute",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["mental-health-evaluation-today", "call-or-text-988"] },
    when: fact("asq-non-acute"),
    statement: {
      en: "A non-acute positive ASQ suicide screen needs a brief suicide safety assessment before the person leaves, the same day.",
      es: "Un resultado positivo no agudo en la evaluación ASQ necesita una breve evaluación de seguridad antes de que la persona se vaya, el mismo día.",
    },
    sources: ["nimh-asq"],
  },
  {
    id: "safety-psychosis",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["mental-health-evaluation-today"] },
    when: fact("psychosis-now"),
    statement: {
      en: "Psychosis now needs a mental health evaluation today.",
      es: "La psicosis ahora necesita una evaluación de salud mental hoy.",
    },
    sources: ["samhsa-tip-42"],
  },
  {
    id: "safety-moderate-alcohol-or-sedative-withdrawal",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["medical-evaluation-today"] },
    when: fact("sedative-type-withdrawal-moderate-now"),
    statement: {
      en: "Moderate alcohol or sedative withdrawal now needs a medical check today; it can get worse quickly.",
      es: "La abstinencia moderada de alcohol o sedantes ahora necesita un control médico hoy; puede empeorar rápido.",
    },
    sources: ["asam-alcohol-withdrawal-2020"],
  },
  {
    id: "safety-severe-opioid-withdrawal",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["medical-evaluation-today"] },
    when: fact("opioid-withdrawal-severe-now"),
    statement: {
      en: "Severe opioid withdrawal needs medical care today; medication can relieve it.",
      es: "La abstinencia grave de opioides necesita atención médica hoy; los medicamentos pueden aliviarla.",
    },
    sources: ["cows-bands", "samhsa-tip-63"],
  },
  {
    id: "safety-complicated-withdrawal-history",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["medical-evaluation-today"] },
    // ASAM 2020 VII.8: a seizure or delirium history rules out ambulatory care for withdrawal that is
    // expected (daily use) or already here.
    when: all(sedativeTypeWithdrawalRiskWithHistory, fact("complicated-withdrawal-history")),
    statement: {
      en: "Daily or heavy alcohol or sedative use, or withdrawal from them now, after past withdrawal seizures or delirium: see a doctor today and do not stop suddenly alone.",
      es: "Uso diario o intenso de alcohol o sedantes, o abstinencia de ellos ahora, después de convulsiones o delirio por abstinencia en el pasado: vea a un médico hoy y no deje de golpe sin ayuda.",
    },
    sources: ["asam-alcohol-withdrawal-2020"],
  },
  {
    id: "safety-pregnancy-with-withdrawal-risk",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["medical-evaluation-today"] },
    when: all(fact("pregnant"), sedativeTypeWithdrawalExpected),
    statement: {
      en: "Pregnancy with daily alcohol or sedative use: get medical care today to stop safely. No amount of alcohol is known to be safe in pregnancy, and withdrawal care keeps stopping safe.",
      es: "Embarazo con uso diario de alcohol o sedantes: busque atención médica hoy para dejarlos de forma segura. No se conoce ninguna cantidad de alcohol que sea segura en el embarazo, y el manejo de la abstinencia hace que dejarlo sea seguro.",
    },
    sources: ["acog-711", "samhsa-tip-45"],
  },
  {
    id: "safety-pregnancy-opioid-medication-today",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["medical-evaluation-today"] },
    when: all(
      fact("pregnant"),
      any(fact("opioid-use"), fact("opioid-use-disorder"), fact("on-opioid-medication")),
    ),
    statement: {
      en: "Pregnancy with opioid use: start or continue methadone or buprenorphine today, with prenatal care; stopping opioids or withdrawal care alone is not the plan.",
      es: "Embarazo con uso de opioides: empezar o continuar la metadona o la buprenorfina hoy, con atención prenatal; dejar los opioides o solo manejar la abstinencia no es el plan.",
    },
    sources: ["acog-711", "samhsa-tip-63"],
  },
  {
    id: "safety-fentanyl-withdrawal-start-medication",
    kind: "safety",
    urgent: { tier: "same-day", actions: ["medical-evaluation-today"] },
    when: fact("fentanyl-withdrawal-moderate-now"),
    statement: {
      en: "Fentanyl use with moderate or worse withdrawal now: start buprenorphine or methadone the same day; the moment is right and waiting raises the risk of going back to fentanyl.",
      es: "Uso de fentanilo con abstinencia moderada o peor ahora: empezar la buprenorfina o la metadona el mismo día; es el momento adecuado y esperar sube el riesgo de volver al fentanilo.",
    },
    sources: ["asam-opioid-use-disorder-2020", "samhsa-tip-63"],
  },
  {
    id: "safety-ask-withdrawal-history",
    kind: "safety",
    urgent: { tier: "ask-now", actions: ["ask-before-choosing-level"] },
    when: fact("withdrawal-history-unknown-with-daily-sedative-type-use"),
    statement: {
      en: "For anyone who drinks or takes sedatives every day, ask about past withdrawal seizures and delirium before choosing a level.",
      es: "Para cualquier persona que bebe o toma sedantes todos los días, pregunte por convulsiones y delirio por abstinencia en el pasado antes de elegir un nivel.",
    },
    sources: ["asam-alcohol-withdrawal-2020"],
  },
  {
    id: "safety-ask-suicidal-thoughts",
    kind: "safety",
    urgent: { tier: "ask-now", actions: ["ask-before-choosing-level"] },
    when: fact("suicidal-thoughts-unknown"),
    statement: {
      en: "When it is not known whether the person has thoughts of suicide, ask before choosing a level.",
      es: "Cuando no se sabe si la persona tiene pensamientos de suicidio, pregunte antes de elegir un nivel.",
    },
    sources: ["phq-9-item-9", "nimh-asq"],
  },
  {
    id: "safety-ask-asq-acuity",
    kind: "safety",
    urgent: { tier: "ask-now", actions: ["ask-before-choosing-level"] },
    when: fact("asq-acuity-unanswered"),
    statement: {
      en: "A positive ASQ with the acuity question unanswered: ask it now to know whether the risk is immediate.",
      es: "Un ASQ positivo sin respuesta a la pregunta de urgencia: pregúntela ahora para saber si el riesgo es inmediato.",
    },
    sources: ["nimh-asq"],
  },
  {
    id: "safety-ask-suicidal-plan-and-intent",
    kind: "safety",
    urgent: { tier: "ask-now", actions: ["ask-before-choosing-level", "call-or-text-988"] },
    // The C-SSRS screener asks about method, intent and plan right after a yes to thoughts of suicide:
    // a plan or intent is a crisis, so it is asked now, not left for a later visit.
    when: fact("suicidal-plan-or-intent-unknown-with-thoughts"),
    statement: {
      en: "Thoughts of suicide with plan and intent not yet known: ask now whether there is a plan and whether the person means to act.",
      es: "Pensamientos de suicidio sin saber todavía si hay un plan o intención: pregunte ahora si hay un plan y si la persona piensa actuar.",
    },
    sources: ["c-ssrs-screener", "phq-9-item-9", "crisis-lines"],
  },
  {
    id: "safety-ask-phq-9-item-9",
    kind: "safety",
    urgent: { tier: "ask-now", actions: ["ask-before-choosing-level"] },
    // A PHQ-9 total without its item answers cannot say whether item 9 was above zero, which calls for a
    // same-day safety assessment; the item is asked again now.
    when: fact("phq-9-item-9-unknown"),
    statement: {
      en: "A PHQ-9 total came without its answers, so question 9 (thoughts of being better off dead or of self-harm) is not known: ask it now.",
      es: "Llegó un total del PHQ-9 sin sus respuestas, así que no se sabe la pregunta 9 (pensar que estaría mejor muerto o hacerse daño): hágala ahora.",
    },
    sources: ["phq-9-item-9"],
  },
];

/**
 * Not a condition over facts: `assess` raises it when an answer the mode asks is unknown and could add an
 * emergency, crisis or same-day item (explanation/must-ask.ts) and no ask-now item already asks, so an
 * unknown safety answer is never silence. It lists no questions of its own; `mustAsk` holds them.
 */
export const ASK_UNKNOWN_SAFETY_ANSWERS: Rule = {
  id: "safety-ask-unknown-safety-answers",
  kind: "safety",
  urgent: { tier: "ask-now", actions: ["ask-before-choosing-level"] },
  when: { always: true },
  statement: {
    en: "An answer that could mean an emergency, a crisis or a same-day need is not known: ask it before choosing a level.",
    es: "No se sabe una respuesta que podría significar una emergencia, una crisis o una necesidad del mismo día: pregúntela antes de elegir un nivel.",
  },
  sources: ["crisis-lines"],
};
