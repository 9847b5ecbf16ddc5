/**
 * The question a professional still needs answered, keyed by the unknown's answer path
 * (explanation/unknowns.ts).
 */
import type { MessageText } from "./message-text.js";

export const QUESTION_TEXTS: Readonly<Record<string, MessageText>> = {
  age: { en: "How old {are} {you}?", es: "¿Qué edad tiene {usted}?" },
  sex: {
    en: "What sex were {you} assigned at birth?",
    es: "¿Qué sexo se le asignó a {usted} al nacer?",
  },
  preferredLanguage: {
    en: "What language would {you} like to talk and read in?",
    es: "¿En qué idioma prefiere {usted} hablar y leer?",
  },
  substances: {
    en: "Which substances do {you} use, and how often?",
    es: "¿Qué sustancias usa {usted}, y con qué frecuencia?",
  },
  useDisorder: {
    en: "How serious is the substance use problem: mild, moderate or severe?",
    es: "¿Qué tan serio es el problema de uso de sustancias: leve, moderado o grave?",
  },
  intoxicatedNow: {
    en: "{Are} {you} under the influence right now?",
    es: "¿Está {usted} bajo los efectos ahora?",
  },
  "overdose.signsNow": {
    en: "Are there signs of an overdose right now?",
    es: "¿Hay signos de sobredosis en este momento?",
  },
  "overdose.pastYear": {
    en: "Did {you} have an overdose in the past year?",
    es: "¿Tuvo {usted} una sobredosis en el último año?",
  },
  "overdose.ever": {
    en: "Have {you} ever had an overdose?",
    es: "¿Ha tenido {usted} alguna vez una sobredosis?",
  },
  "overdose.count": {
    en: "How many times have {you} had an overdose?",
    es: "¿Cuántas veces ha tenido {usted} una sobredosis?",
  },
  "substances.lastUse": {
    en: "When did {you} last use each substance? How many hours or days ago?",
    es: "¿Cuándo consumió {usted} cada sustancia por última vez? ¿Hace cuántas horas o días?",
  },
  "substances.specific": {
    en: "Which drug exactly? For example fentanyl, heroin, methadone, cocaine or meth.",
    es: "¿Qué droga exactamente? Por ejemplo fentanilo, heroína, metadona, cocaína o metanfetamina.",
  },
  "withdrawal.over": {
    en: "Is withdrawal over, or is it still going on?",
    es: "¿Ya terminó la abstinencia, o todavía continúa?",
  },
  "withdrawal.signsNow": {
    en: "Are there withdrawal signs right now, like shaking, sweating or upset stomach? How bad?",
    es: "¿Hay signos de abstinencia ahora, como temblores, sudor o malestar de estómago? ¿Qué tan fuertes?",
  },
  "withdrawal.seizureOrConfusionNow": {
    en: "Is there a seizure, confusion or seeing things right now?",
    es: "¿Hay una convulsión, confusión o ve cosas en este momento?",
  },
  "withdrawal.seizureNow": {
    en: "Is there a seizure now, or was there one in the past day?",
    es: "¿Hay una convulsión ahora, o hubo una en el último día?",
  },
  "withdrawal.confusionNow": {
    en: "Right now, is there confusion about where {you} {are}, the day, or who is around?",
    es: "¿En este momento hay confusión sobre dónde está, qué día es o quién está cerca?",
  },
  "withdrawal.hallucinationsNow": {
    en: "Right now, do {you} see, hear or feel things that are not there?",
    es: "¿En este momento ve, oye o siente {usted} cosas que no están?",
  },
  "withdrawal.history.seizures": {
    en: "Have {you} ever had a seizure when stopping or cutting down?",
    es: "¿Ha tenido {usted} alguna vez una convulsión al dejar de consumir o consumir menos?",
  },
  "withdrawal.history.delirium": {
    en: "Have {you} ever had delirium (DTs: confusion, shaking, fever) when stopping?",
    es: "¿Ha tenido {usted} alguna vez delirio (confusión, temblores, fiebre) al dejar de consumir?",
  },
  "withdrawal.history.hallucinations": {
    en: "Have {you} ever seen or heard things that were not there when stopping?",
    es: "¿Ha visto u oído {usted} alguna vez cosas que no estaban al dejar de consumir?",
  },
  "withdrawal.pawssScore": {
    en: "What is the withdrawal risk score (PAWSS)?",
    es: "¿Cuál es el puntaje de riesgo de abstinencia (PAWSS)?",
  },
  "medical.condition": {
    en: "Is there a health problem? Is it stable, or does it need care soon?",
    es: "¿Hay algún problema de salud? ¿Está estable, o necesita atención pronto?",
  },
  "medical.pregnant": { en: "{Are} {you} pregnant?", es: "¿Está {usted} embarazada?" },
  "medical.postpartum": {
    en: "Did {you} give birth in the past 12 months?",
    es: "¿Dio a luz {usted} en los últimos 12 meses?",
  },
  "medical.conditions": {
    en: "Do {you} have seizures, liver disease, heart disease or another health problem?",
    es: "¿Tiene {usted} convulsiones, enfermedad del hígado, del corazón u otro problema de salud?",
  },
  "medical.medications": { en: "What medicines do {you} take?", es: "¿Qué medicamentos toma {usted}?" },
  "mentalHealth.conditions": {
    en: "Do {you} have a mental health condition, like depression or anxiety?",
    es: "¿Tiene {usted} alguna condición de salud mental, como depresión o ansiedad?",
  },
  "mentalHealth.stability": {
    en: "How steady is {your} mental health right now?",
    es: "¿Qué tan estable está la salud mental ahora?",
  },
  "mentalHealth.suicidalThoughts": {
    en: "Lately, have {you} had thoughts of suicide or of hurting {yourself}?",
    es: "Últimamente, ¿ha tenido {usted} pensamientos de suicidio o de hacerse daño?",
  },
  "mentalHealth.suicidalIntentOrPlan": {
    en: "Is there a plan or intent to end {your} life?",
    es: "¿Hay un plan o intención de quitarse la vida?",
  },
  "mentalHealth.suicidalPlan": {
    en: "Have {you} thought about how or when {you} would end {your} life?",
    es: "¿Ha pensado {usted} en cómo o cuándo se quitaría la vida?",
  },
  "mentalHealth.suicidalIntent": {
    en: "Do {you} mean to act on these thoughts?",
    es: "¿Tiene {usted} la intención de actuar según estos pensamientos?",
  },
  "mentalHealth.medicationAdherence": {
    en: "Do {you} take {your} mental health medicines as prescribed?",
    es: "¿Toma {usted} sus medicamentos de salud mental como se los recetaron?",
  },
  "mentalHealth.cognitiveImpairment": {
    en: "Do memory or thinking problems make it hard to follow a program without extra help?",
    es: "¿Los problemas de memoria o de pensamiento hacen difícil seguir un programa sin ayuda extra?",
  },
  "mentalHealth.psychosisNow": {
    en: "Right now, do {you} see or hear things others do not?",
    es: "¿En este momento ve u oye {usted} cosas que otros no ven ni oyen?",
  },
  "mentalHealth.dangerToSelfOrOthers": {
    en: "Is there a danger right now of hurting {yourself} or someone else?",
    es: "¿Hay peligro en este momento de hacerse daño o de hacer daño a otra persona?",
  },
  "readiness.stage": {
    en: "How ready do {you} feel to make a change?",
    es: "¿Qué tan cerca siente {usted} el momento de hacer un cambio?",
  },
  "readiness.willingToAttendAllAppointments": {
    en: "Can {you} go to every appointment of an outpatient program?",
    es: "¿Puede {usted} ir a todas las citas de un programa ambulatorio?",
  },
  "history.treatments": {
    en: "What treatment have {you} had before, and how did it go?",
    es: "¿Qué tratamiento ha tenido {usted} antes, y cómo le fue?",
  },
  "history.returnsToUseAfterTreatment": {
    en: "How many times did use start again after treatment?",
    es: "¿Cuántas veces volvió a empezar el consumo después del tratamiento?",
  },
  "history.cravings": { en: "How strong are cravings now?", es: "¿Qué tan fuertes son los antojos ahora?" },
  "history.cravingsFrequency": {
    en: "In the past 30 days, how often did cravings come?",
    es: "En los últimos 30 días, ¿con qué frecuencia vinieron los antojos?",
  },
  "history.copingSkills": {
    en: "What helps {you-object} cope with cravings and stress?",
    es: "¿Qué le ayuda a {usted} a afrontar los antojos y el estrés?",
  },
  "history.canStayAbstinentAtHome": {
    en: "Can {you} stay off alcohol and drugs while living at home?",
    es: "¿Puede {usted} mantenerse sin alcohol ni drogas mientras vive en casa?",
  },
  "environment.housing": {
    en: "Do {you} have a steady place to live?",
    es: "¿Tiene {usted} un lugar estable donde vivir?",
  },
  "environment.homeSafe": {
    en: "Is home safe, and does it support recovery?",
    es: "¿El hogar es seguro, y apoya la recuperación?",
  },
  "environment.othersUseAtHome": {
    en: "Does anyone at home use alcohol or drugs?",
    es: "¿Alguien en casa consume alcohol o drogas?",
  },
  "environment.supportNetwork": {
    en: "Who supports {your} recovery?",
    es: "¿Quién apoya la recuperación?",
  },
  "environment.reliableTransport": {
    en: "Do {you} have a sure way to get to appointments?",
    es: "¿Tiene {usted} una forma segura de llegar a las citas?",
  },
  "environment.livesAlone": { en: "Do {you} live alone?", es: "¿Vive {usted} solo o sola?" },
  "legal.courtMandated": {
    en: "Does a court or probation require treatment?",
    es: "¿Un tribunal o la libertad condicional exige tratamiento?",
  },
  "legal.involvement": {
    en: "Is there legal trouble now, like charges, probation or parole?",
    es: "¿Hay problemas legales ahora, como cargos, libertad condicional o libertad bajo palabra?",
  },
  "currentTreatment.withdrawalManagement": {
    en: "What withdrawal care {are} {you} in now: at home, day program, live-in or hospital?",
    es: "¿Qué atención para la abstinencia recibe {usted} ahora: en casa, programa de día, residencial u hospital?",
  },
  "currentTreatment.withdrawalCourse": {
    en: "Is withdrawal getting better, staying the same, or getting worse?",
    es: "¿La abstinencia está mejorando, sigue igual, o está empeorando?",
  },
  "obligations.work": { en: "Do {you} have a job?", es: "¿Tiene {usted} trabajo?" },
  "obligations.school": { en: "Do {you} go to school?", es: "¿Va {usted} a la escuela?" },
  "obligations.caregiving": {
    en: "Do {you} care for children or others?",
    es: "¿Cuida {usted} a niños u otras personas?",
  },
  "preferences.setting": {
    en: "Would {you} like to live at home or at the program during care?",
    es: "¿Quiere {usted} vivir en casa o en el programa durante la atención?",
  },
  "preferences.spanishSpeakingProgram": {
    en: "Would {you} like a program that speaks Spanish?",
    es: "¿Quiere {usted} un programa que hable español?",
  },
  "access.coverage": {
    en: "Do {you} have health insurance? What kind?",
    es: "¿Tiene {usted} seguro médico? ¿De qué tipo?",
  },
  "scales.phq-9.item-9": {
    en: "Ask PHQ-9 question 9: in the last 2 weeks, how often have {you} had thoughts of being better off dead, or of hurting {yourself}?",
    es: "Haga la pregunta 9 del PHQ-9: en las últimas 2 semanas, ¿con qué frecuencia ha pensado {usted} que estaría mejor sin vida, o en hacerse daño?",
  },
  "scales.asq.acuity": {
    en: "Ask the last suicide screen question: are {you} having thoughts of killing {yourself} right now?",
    es: "Haga la última pregunta de la evaluación de suicidio: ¿tiene {usted} pensamientos de quitarse la vida en este momento?",
  },
};
