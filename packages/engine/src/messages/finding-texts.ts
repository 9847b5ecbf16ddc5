/**
 * What each rule found, said to or about the person, keyed by rule id (placement, safety, medication,
 * co-occurring, consideration, adolescent and transition rules). Our own words.
 */
import type { MessageText } from "./message-text.js";

export const FINDING_TEXTS: Readonly<Record<string, MessageText>> = {
  // safety
  "safety-overdose-now": {
    en: "There are signs of an overdose now. Call 911 now. Give naloxone if you have it. Stay with the person.",
    es: "Hay signos de una sobredosis ahora. Llame al 911 ahora. Dé naloxona si la tiene. Quédese con la persona.",
  },
  "safety-withdrawal-seizure-or-confusion": {
    en: "A seizure, confusion or seeing things during withdrawal is an emergency. Call 911 or go to an emergency room now.",
    es: "Una convulsión, confusión o ver cosas durante la abstinencia es una emergencia. Llame al 911 o vaya a una sala de emergencias ahora.",
  },
  "safety-severe-alcohol-or-sedative-withdrawal": {
    en: "Withdrawal from alcohol or sedatives looks severe. It can become dangerous. Go to an emergency room now.",
    es: "La abstinencia de alcohol o sedantes parece grave. Puede volverse peligrosa. Vaya a una sala de emergencias ahora.",
  },
  "safety-unstable-medical-condition": {
    en: "{Your} health problem is not stable. Get emergency care now: call 911 or go to an emergency room.",
    es: "El problema de salud no está estable. Busque atención de emergencia ahora: llame al 911 o vaya a una sala de emergencias.",
  },
  "safety-suicidal-intent-or-plan": {
    en: "{You} may act on thoughts of suicide. Call or text 988 now. If {you} are in danger right now, call 911.",
    es: "Puede haber riesgo de actuar sobre pensamientos de suicidio. Llame o envíe un texto al 988 ahora. Si hay peligro en este momento, llame al 911.",
  },
  "safety-danger-to-self-or-others": {
    en: "Someone could get hurt right now. Call or text 988. If someone is in danger now, call 911.",
    es: "Alguien podría salir herido ahora. Llame o envíe un texto al 988. Si alguien está en peligro ahora, llame al 911.",
  },
  "safety-asq-acute": {
    en: "The suicide screen shows risk right now. Get an emergency mental health check now. Someone should stay with {you-object} until then. Call or text 988.",
    es: "La evaluación de suicidio muestra riesgo ahora. Busque una evaluación de salud mental de emergencia ahora. Alguien debe acompañar a {usted} hasta entonces. Llame o envíe un texto al 988.",
  },
  "safety-suicidal-thoughts": {
    en: "{You} said {you} have had thoughts of suicide. Talk with a mental health professional today. 988 is open day and night.",
    es: "{Usted} dijo que ha tenido pensamientos de suicidio. Hable hoy con un profesional de salud mental. El 988 atiende de día y de noche.",
  },
  "safety-phq-9-item-9": {
    en: "An answer on the mood check (PHQ-9) shows thoughts of self-harm. A safety check with a professional is needed today.",
    es: "Una respuesta en la evaluación del ánimo (PHQ-9) muestra pensamientos de hacerse daño. Se necesita hoy una evaluación de seguridad con un profesional.",
  },
  "safety-asq-non-acute": {
    en: "The suicide screen is positive. A short safety check with a professional is needed today.",
    es: "La evaluación de suicidio salió positiva. Se necesita hoy una breve evaluación de seguridad con un profesional.",
  },
  "safety-psychosis": {
    en: "{You} may be seeing or hearing things that others do not. A mental health check is needed today.",
    es: "Puede estar viendo u oyendo cosas que otros no ven ni oyen. Se necesita hoy una evaluación de salud mental.",
  },
  "safety-moderate-alcohol-or-sedative-withdrawal": {
    en: "Withdrawal from alcohol or sedatives has started and is moderate. See a doctor or nurse today. It can get worse fast.",
    es: "La abstinencia de alcohol o sedantes empezó y es moderada. Vea hoy a un médico o enfermero. Puede empeorar rápido.",
  },
  "safety-severe-opioid-withdrawal": {
    en: "Opioid withdrawal looks severe. See a doctor today. Medicine can help a lot.",
    es: "La abstinencia de opioides parece grave. Vea hoy a un médico. Los medicamentos pueden ayudar mucho.",
  },
  "safety-complicated-withdrawal-history": {
    en: "{You} have had seizures or delirium when stopping alcohol or sedatives before, and withdrawal is likely or here now. See a doctor today. Do not stop all at once on {your} own.",
    es: "{Usted} ya tuvo convulsiones o delirio al dejar el alcohol o los sedantes, y la abstinencia es probable o ya empezó. Vea hoy a un médico. No deje de beber ni de tomar sedantes de golpe sin ayuda.",
  },
  "safety-pregnancy-with-withdrawal-risk": {
    en: "{You} are pregnant and drink or take sedatives every day. See a doctor today to stop safely. No amount of alcohol is known to be safe in pregnancy. A doctor can treat withdrawal so stopping is safe.",
    es: "{Usted} está embarazada y bebe o toma sedantes todos los días. Vea hoy a un médico para dejarlos de forma segura. No se conoce ninguna cantidad de alcohol segura en el embarazo. Un médico puede tratar la abstinencia para que dejarlo sea seguro.",
  },
  "safety-pregnancy-opioid-medication-today": {
    en: "{You} are pregnant and use opioids or take an opioid medicine. See a doctor today to start or keep taking methadone or buprenorphine. Do not stop opioids on {your} own. Medicine is safer for the baby.",
    es: "{Usted} está embarazada y usa opioides o toma un medicamento opioide. Vea hoy a un médico para empezar o seguir con la metadona o la buprenorfina. No deje los opioides sin ayuda. El medicamento es más seguro para el bebé.",
  },
  "safety-fentanyl-withdrawal-start-medication": {
    en: "{You} use fentanyl and withdrawal is moderate or worse now. This is a good time to start buprenorphine or methadone. Get it started today.",
    es: "{Usted} usa fentanilo y la abstinencia es moderada o peor ahora. Es un buen momento para empezar la buprenorfina o la metadona. Empiece hoy.",
  },
  "safety-ask-withdrawal-history": {
    en: "{You} drink or take sedatives every day. A professional must ask about past seizures or delirium when stopping before a level is chosen.",
    es: "{Usted} bebe o toma sedantes todos los días. Un profesional debe preguntar por convulsiones o delirio al dejarlos antes de elegir un nivel.",
  },
  "safety-ask-suicidal-thoughts": {
    en: "We do not know yet if {you} have thoughts of suicide. A professional must ask before a level is chosen.",
    es: "Todavía no sabemos si hay pensamientos de suicidio. Un profesional debe preguntar antes de elegir un nivel.",
  },
  "safety-ask-asq-acuity": {
    en: "The suicide screen is positive, but the last question was not answered. Ask it now to know if the risk is right now.",
    es: "La evaluación de suicidio salió positiva, pero no se contestó la última pregunta. Hágala ahora para saber si el riesgo es inmediato.",
  },
  "safety-ask-suicidal-plan-and-intent": {
    en: "There are thoughts of suicide. Ask now: is there a plan, and is there intent to act on it? If yes, call or text 988 now.",
    es: "Hay pensamientos de suicidio. Pregunte ahora: ¿hay un plan, y hay intención de actuar? Si es así, llame o envíe un texto al 988 ahora.",
  },
  "safety-ask-unknown-safety-answers": {
    en: "Some answers that matter for safety are not known yet. Ask them now, before a level is chosen.",
    es: "Todavía no se saben algunas respuestas importantes para la seguridad. Pregúntelas ahora, antes de elegir un nivel.",
  },
  "safety-ask-phq-9-item-9": {
    en: "The depression score came without its answers. Ask question 9 now: thoughts of being better off dead, or of self-harm?",
    es: "El puntaje de depresión llegó sin sus respuestas. Haga ahora la pregunta 9: ¿pensar que estaría mejor sin vida, o en hacerse daño?",
  },
  // withdrawal
  "withdrawal-seizure-or-confusion-now": {
    en: "A seizure or confusion during withdrawal needs hospital care.",
    es: "Una convulsión o confusión durante la abstinencia necesita atención en el hospital.",
  },
  "withdrawal-severe-with-complicated-history": {
    en: "Withdrawal is severe now, and {you} have had seizures or delirium when stopping before. This needs hospital care.",
    es: "La abstinencia es grave ahora, y ya hubo convulsiones o delirio al dejar de consumir. Esto necesita atención en el hospital.",
  },
  "withdrawal-severe-now": {
    en: "Withdrawal is severe now. It needs nurses and a doctor day and night.",
    es: "La abstinencia es grave ahora. Necesita enfermeros y un médico de día y de noche.",
  },
  "withdrawal-expected-with-complicated-history": {
    en: "{You} have had seizures or delirium when stopping alcohol or sedatives, and withdrawal is likely or here now. Stopping safely needs nurses and a doctor day and night.",
    es: "{Usted} ya tuvo convulsiones o delirio al dejar el alcohol o los sedantes, y la abstinencia es probable o ya empezó. Dejarlos con seguridad necesita enfermeros y un médico de día y de noche.",
  },
  "withdrawal-expected-with-high-pawss": {
    en: "{You} drink every day and the withdrawal risk score (PAWSS) is high. Stopping safely needs nurses and a doctor day and night.",
    es: "{Usted} bebe todos los días y el puntaje de riesgo de abstinencia (PAWSS) es alto. Dejarlo con seguridad necesita enfermeros y un médico de día y de noche.",
  },
  "withdrawal-expected-with-risk-factor": {
    en: "Withdrawal from alcohol or sedatives is likely or here now, and something raises the risk of seizures or confusion: age 65 or older, taking a benzodiazepine or other sedative too, or a health problem. Stopping safely needs nurses and a doctor day and night.",
    es: "La abstinencia de alcohol o sedantes es probable o ya empezó, y algo sube el riesgo de convulsiones o confusión: tener 65 años o más, tomar también una benzodiacepina u otro sedante, o un problema de salud. Dejarlos con seguridad necesita enfermeros y un médico de día y de noche.",
  },
  "withdrawal-care-in-live-in-program": {
    en: "Withdrawal care happens in the live-in program or hospital, with daily checks, not at home.",
    es: "El manejo de la abstinencia se hace en el programa con internación o en el hospital, con controles diarios, no en casa.",
  },
  "withdrawal-moderate-with-other-health-needs": {
    en: "Withdrawal is moderate, and there is also a serious health need or a pregnancy. This is not safe to manage at home.",
    es: "La abstinencia es moderada, y además hay una necesidad de salud seria o un embarazo. No es seguro manejarlo en casa.",
  },
  "withdrawal-expected-in-pregnancy": {
    en: "{You} are pregnant and drink or take sedatives every day. Stopping safely needs nurses and a doctor day and night.",
    es: "{Usted} está embarazada y bebe o toma sedantes todos los días. Dejarlos con seguridad necesita enfermeros y un médico de día y de noche.",
  },
  "withdrawal-unsupported-at-home": {
    en: "Withdrawal is likely, and home is not a safe or steady place to go through it, or daily visits would be hard to keep. A live-in program can help with it.",
    es: "Es probable la abstinencia, y el hogar no es un lugar seguro o estable para pasarla, o sería difícil ir a las visitas diarias. Un programa con internación puede ayudar.",
  },
  "withdrawal-moderate-now": {
    en: "Withdrawal is moderate now. It can be managed with daily visits to a program.",
    es: "La abstinencia es moderada ahora. Se puede manejar con visitas diarias a un programa.",
  },
  "withdrawal-expected-with-hallucination-history": {
    en: "{You} drink or take sedatives every day and have seen or heard things when stopping before. Withdrawal needs daily checks.",
    es: "{Usted} bebe o toma sedantes todos los días y ya vio u oyó cosas al dejarlos. La abstinencia necesita controles diarios.",
  },
  "withdrawal-mild-now": {
    en: "Withdrawal is mild now. Daily checks with a doctor or nurse can manage it.",
    es: "La abstinencia es leve ahora. Se puede manejar con controles diarios con un médico o enfermero.",
  },
  "withdrawal-expected-sedative-type": {
    en: "{You} drink or take sedatives every day, so withdrawal is likely when stopping. Make a plan with a doctor.",
    es: "{Usted} bebe o toma sedantes todos los días, así que es probable la abstinencia al dejarlos. Haga un plan con un médico.",
  },
  "withdrawal-expected-opioids": {
    en: "{You} use opioids every day, so withdrawal is likely when stopping. Medicine can ease it.",
    es: "{Usted} usa opioides todos los días, así que es probable la abstinencia al dejarlos. Los medicamentos pueden aliviarla.",
  },
  "intoxicated-now": {
    en: "{You} are under the influence now. Check these answers again later.",
    es: "{Usted} está bajo los efectos ahora. Revise estas respuestas otra vez más tarde.",
  },
  // physical health
  "biomedical-overdose-signs-now": {
    en: "Signs of an overdose need hospital care.",
    es: "Los signos de sobredosis necesitan atención en el hospital.",
  },
  "biomedical-unstable": {
    en: "A health problem that is not stable needs hospital care.",
    es: "Un problema de salud que no está estable necesita atención en el hospital.",
  },
  "biomedical-needs-24-hour-monitoring": {
    en: "A health problem needs nurses day and night and a doctor close by.",
    es: "Un problema de salud necesita enfermeros de día y de noche y un médico cerca.",
  },
  "biomedical-needs-follow-up": {
    en: "A health problem needs regular checkups. A program that meets several times a week can help with that.",
    es: "Un problema de salud necesita controles regulares. Un programa que se reúne varias veces por semana puede ayudar con eso.",
  },
  "biomedical-pregnancy": {
    en: "{You} are pregnant. Care for the pregnancy and for substance use should work together.",
    es: "{Usted} está embarazada. La atención del embarazo y la del uso de sustancias deben ir juntas.",
  },
  "biomedical-pregnancy-opioid-use-disorder": {
    en: "{You} are pregnant and have an opioid use problem. Methadone or buprenorphine with prenatal care is the plan, started today.",
    es: "{Usted} está embarazada y tiene un problema con el uso de opioides. El plan es metadona o buprenorfina con atención prenatal, empezando hoy.",
  },
  "biomedical-stable-condition": {
    en: "{You} have a health problem that is stable. Treatment can work with {your} doctor.",
    es: "{Usted} tiene un problema de salud estable. El tratamiento puede trabajar con su médico.",
  },
  "biomedical-injection-use": {
    en: "Using by needle raises the risk of infections. Ask about testing and new, sterile supplies.",
    es: "Usar con aguja sube el riesgo de infecciones. Pregunte por pruebas y materiales limpios.",
  },
  // mental health
  "emotional-suicidal-intent-or-plan": {
    en: "A plan or intent to end {your} life needs crisis care now and a hospital that can keep {you-object} safe.",
    es: "Un plan o intención de quitarse la vida necesita atención de crisis ahora y un hospital que pueda mantener a la persona a salvo.",
  },
  "emotional-danger-now": {
    en: "A danger of hurting {yourself} or someone else now needs crisis care and a hospital.",
    es: "El peligro de hacerse daño o de hacer daño a otra persona ahora necesita atención de crisis y un hospital.",
  },
  "emotional-asq-acute": {
    en: "The suicide screen shows risk right now. An emergency mental health check comes first.",
    es: "La evaluación de suicidio muestra riesgo ahora. Primero va una evaluación de salud mental de emergencia.",
  },
  "emotional-psychosis-now": {
    en: "Seeing or hearing things that are not there needs nurses day and night and a doctor.",
    es: "Ver u oír cosas que no están necesita enfermeros de día y de noche y un médico.",
  },
  "emotional-24-hour-care-with-medical-or-withdrawal-need": {
    en: "Mental health needs care day and night, and there is also a withdrawal or health need. Nurses and a doctor should be there day and night.",
    es: "La salud mental necesita atención de día y de noche, y además hay una necesidad de abstinencia o de salud. Debe haber enfermeros y un médico de día y de noche.",
  },
  "emotional-cognitive-support-residential": {
    en: "Memory or thinking problems make a usual program hard to follow. A live-in program that goes slower, repeats things and gives extra help fits best.",
    es: "Los problemas de memoria o de pensamiento hacen difícil seguir un programa común. Lo mejor es un programa residencial que vaya más despacio, repita las cosas y dé ayuda extra.",
  },
  "emotional-needs-24-hour-care": {
    en: "Mental health needs care day and night. A live-in program that treats mental health too fits best.",
    es: "La salud mental necesita atención de día y de noche. Lo mejor es un programa con internación que también trate la salud mental.",
  },
  "emotional-unstable": {
    en: "Mental health symptoms are not steady. Day treatment gives care most of the day while living at home.",
    es: "Los síntomas de salud mental no están estables. El tratamiento de día da atención la mayor parte del día mientras se vive en casa.",
  },
  "emotional-suicidal-thoughts": {
    en: "Thoughts of suicide mean care should be more often, with a safety plan.",
    es: "Los pensamientos de suicidio significan que la atención debe ser más frecuente, con un plan de seguridad.",
  },
  "emotional-some-symptoms": {
    en: "Mental health symptoms get in the way of daily life. Care several times a week can help.",
    es: "Los síntomas de salud mental afectan la vida diaria. La atención varias veces por semana puede ayudar.",
  },
  "emotional-condition-noted": {
    en: "{You} have a mental health condition. Care should treat it along with substance use.",
    es: "{Usted} tiene una condición de salud mental. La atención debe tratarla junto con el uso de sustancias.",
  },
  // readiness
  "readiness-unwilling-to-attend": {
    en: "{You} said {you} may not be able to go to every appointment. A live-in program gives more structure.",
    es: "{Usted} dijo que tal vez no pueda ir a todas las citas. Un programa con internación da más estructura.",
  },
  "readiness-not-ready": {
    en: "{You} do not feel ready to change yet. More contact with a program can help build {your} reasons to change.",
    es: "{Usted} todavía no siente que es el momento de cambiar. Más contacto con un programa puede ayudar a encontrar razones para cambiar.",
  },
  "readiness-unsure": {
    en: "{You} feel unsure about change. That is common, and any program can help with it.",
    es: "{Usted} tiene dudas sobre el cambio. Es común, y cualquier programa puede ayudar con eso.",
  },
  // use and return to use
  "relapse-severe-use": {
    en: "The substance use problem is severe. A live-in program, away from daily triggers, fits best.",
    es: "El problema de uso de sustancias es grave. Lo mejor es un programa con internación, lejos de los desencadenantes diarios.",
  },
  "relapse-intensive-outpatient-not-enough": {
    en: "{You} tried intensive outpatient or day treatment, and it was not enough or was hard to keep up. A live-in program is the next step.",
    es: "{Usted} probó tratamiento ambulatorio intensivo o de día, y no fue suficiente o fue difícil de mantener. El siguiente paso es un programa con internación.",
  },
  "relapse-repeated-return-to-use": {
    en: "{You} started using again more than once after treatment. A live-in program gives more structure.",
    es: "{Usted} volvió a consumir más de una vez después del tratamiento. Un programa con internación da más estructura.",
  },
  "relapse-cannot-stay-abstinent-at-home": {
    en: "{You} said it is hard to stay off alcohol and drugs at home. A live-in program fits better for now.",
    es: "{Usted} dijo que es difícil mantenerse sin alcohol ni drogas en casa. Por ahora, un programa con internación sirve mejor.",
  },
  "relapse-moderate-use": {
    en: "The substance use problem is moderate, or severe with 3 months without use. Intensive outpatient care, 9 or more hours a week, fits.",
    es: "El problema de uso de sustancias es moderado, o grave con 3 meses sin consumo. Sirve la atención ambulatoria intensiva, 9 horas o más por semana.",
  },
  "relapse-outpatient-not-enough": {
    en: "{You} tried outpatient counseling, and it was not enough or was hard to keep up. A more intensive program is the next step.",
    es: "{Usted} probó consejería ambulatoria, y no fue suficiente o fue difícil de mantener. El siguiente paso es un programa más intensivo.",
  },
  "relapse-cravings-or-few-coping-skills": {
    en: "Strong cravings or few ways to cope mean more practice with new skills, several times a week.",
    es: "Los antojos fuertes o pocas formas de afrontar significan más práctica de nuevas habilidades, varias veces por semana.",
  },
  "relapse-recent-overdose": {
    en: "{You} had an overdose in the past year. Care should be more often, and naloxone should be close by.",
    es: "{Usted} tuvo una sobredosis en el último año. La atención debe ser más frecuente, y la naloxona debe estar cerca.",
  },
  "relapse-mild-use": {
    en: "The substance use problem is mild, or moderate with 3 months without use, or {you} have gone a year or more without use or are steady on methadone or buprenorphine. Outpatient care fits.",
    es: "El problema de uso de sustancias es leve, o moderado con 3 meses sin consumo, o lleva un año o más sin consumo o está estable con metadona o buprenorfina. Sirve la atención ambulatoria.",
  },
  "relapse-returned-to-use": {
    en: "{You} started using again once after treatment. That is common. The plan should get ready for it.",
    es: "{Usted} volvió a consumir una vez después del tratamiento. Es común. El plan debe prepararse para eso.",
  },
  "relapse-at-risk-use": {
    en: "{Your} use has some risk. A check-in and some facts about safer use can help.",
    es: "Su consumo tiene algo de riesgo. Un control y algo de información sobre un consumo más seguro pueden ayudar.",
  },
  // living situation
  "environment-housing-unstable": {
    en: "{You} do not have a steady place to live. A live-in program gives a stable place during care.",
    es: "{Usted} no tiene un lugar estable donde vivir. Un programa con internación da un lugar estable durante la atención.",
  },
  "environment-home-unsafe": {
    en: "Home is not safe or does not support recovery. A live-in program fits better for now.",
    es: "El hogar no es seguro o no apoya la recuperación. Por ahora, un programa con internación sirve mejor.",
  },
  "environment-others-use-at-home": {
    en: "Someone at home uses alcohol or drugs. Care several times a week can help.",
    es: "Alguien en casa consume alcohol o drogas. La atención varias veces por semana puede ayudar.",
  },
  "environment-no-support-network": {
    en: "{You} do not have people who support {your} recovery. A program with more contact can fill that gap.",
    es: "{Usted} no tiene personas que apoyen su recuperación. Un programa con más contacto puede cubrir esa falta.",
  },
  "environment-no-reliable-transport": {
    en: "{You} do not have a sure way to get to appointments. Ask about rides, bus passes or video visits.",
    es: "{Usted} no tiene una forma segura de llegar a las citas. Pregunte por transporte, pases de autobús o visitas por video.",
  },
  // medication
  "medication-opioid-use-disorder": {
    en: "Medicine for opioid use (buprenorphine, methadone or naltrexone) works well. It can be given at every level of care.",
    es: "Los medicamentos para el uso de opioides (buprenorfina, metadona o naltrexona) funcionan bien. Se pueden dar en cualquier nivel de atención.",
  },
  "medication-naloxone": {
    en: "Keep naloxone (Narcan) close, and show the people around {you-object} how to use it. It can stop an overdose.",
    es: "Tenga naloxona (Narcan) cerca, y enseñe a las personas cercanas cómo usarla. Puede detener una sobredosis.",
  },
  "medication-continue-opioid-medication": {
    en: "Keep taking buprenorphine or methadone. Choose a program that will keep giving it.",
    es: "Siga tomando buprenorfina o metadona. Elija un programa que la siga dando.",
  },
  "medication-pregnancy-opioids": {
    en: "In pregnancy, start or keep taking buprenorphine or methadone, the same day. It is safer for the baby than withdrawal care or stopping. Naltrexone is not started in pregnancy.",
    es: "En el embarazo, empiece o siga con la buprenorfina o la metadona, el mismo día. Es más seguro para el bebé que el manejo de la abstinencia o dejar los opioides. La naltrexona no se empieza en el embarazo.",
  },
  "medication-pregnancy-naltrexone": {
    en: "{You} take naltrexone and are pregnant. Talk with the person who prescribes it soon about whether to keep taking it.",
    es: "{Usted} toma naltrexona y está embarazada. Hable pronto con quien se la receta sobre si seguir tomándola.",
  },
  "medication-postpartum-overdose-risk": {
    en: "The year after giving birth is a time of high overdose risk. Keep taking buprenorphine or methadone, and keep naloxone (Narcan) at home.",
    es: "El año después de dar a luz es un tiempo de alto riesgo de sobredosis. Siga con la buprenorfina o la metadona, y tenga naloxona (Narcan) en casa.",
  },
  "medication-opioids-with-sedatives": {
    en: "Opioids, even methadone or buprenorphine, mixed with alcohol, benzodiazepines or other sedatives can stop breathing. Keep naloxone (Narcan) close and do not use alone. Do not stop methadone or buprenorphine because of this. Talk with the prescriber.",
    es: "Los opioides, incluso la metadona o la buprenorfina, mezclados con alcohol, benzodiacepinas u otros sedantes pueden detener la respiración. Tenga naloxona (Narcan) cerca y no consuma sin compañía. No deje la metadona ni la buprenorfina por esto. Hable con quien se la receta.",
  },
  "medication-methadone-under-18": {
    en: "Under 18, methadone clinics have extra rules, such as a parent's written OK. Buprenorphine is often the first medicine to ask about. A program for teens can help.",
    es: "Para menores de 18 años, las clínicas de metadona tienen reglas adicionales, como el permiso por escrito de uno de los padres. La buprenorfina suele ser el primer medicamento por el que se pregunta. Un programa para adolescentes puede ayudar.",
  },
  "medication-stimulants-fentanyl-test-strips": {
    en: "Fentanyl is often mixed into cocaine, meth and pills. Carry naloxone (Narcan). Fentanyl test strips can check drugs before use.",
    es: "El fentanilo se mezcla a menudo con la cocaína, la metanfetamina y las pastillas. Lleve naloxona (Narcan). Las tiras de prueba de fentanilo pueden revisar las drogas antes de usarlas.",
  },
  "medication-alcohol-use-disorder": {
    en: "Medicine can help with drinking: naltrexone or acamprosate. Ask about them at any level of care.",
    es: "Hay medicamentos que ayudan con el consumo de alcohol: naltrexona o acamprosato. Pregunte por ellos en cualquier nivel de atención.",
  },
  "medication-alcohol-use-disorder-with-opioids": {
    en: "Acamprosate can help with drinking. Naltrexone is not used with opioids or opioid medicines, because it brings on withdrawal.",
    es: "El acamprosato puede ayudar con el consumo de alcohol. La naltrexona no se usa con opioides ni medicamentos opioides, porque causa abstinencia.",
  },
  "medication-tobacco": {
    en: "Help to quit smoking or vaping works better with medicine: nicotine patches or gum, varenicline or bupropion. Ask for it at any level of care.",
    es: "La ayuda para dejar de fumar o de vapear funciona mejor con medicamentos: parches o chicles de nicotina, vareniclina o bupropión. Pídala en cualquier nivel de atención.",
  },
  // co-occurring, considerations, scope, baseline
  "co-occurring-mental-health-need": {
    en: "Choose a program that treats mental health and substance use together.",
    es: "Elija un programa que trate la salud mental y el uso de sustancias juntos.",
  },
  "co-occurring-serious-mental-illness": {
    en: "Bipolar disorder or a psychotic disorder calls for a program that treats it along with substance use.",
    es: "El trastorno bipolar o un trastorno psicótico piden un programa que lo trate junto con el uso de sustancias.",
  },
  "consideration-work-or-school": {
    en: "{You} work or go to school. Outpatient programs let {you-object} keep going. Ask about evening hours.",
    es: "{Usted} trabaja o estudia. Los programas ambulatorios le permiten seguir. Pregunte por horarios de tarde o noche.",
  },
  "consideration-work-or-school-time-away": {
    en: "{You} work or go to school. This level takes most of the day or a stay away from home. Ask the program for a letter and about medical leave, and plan the return together.",
    es: "{Usted} trabaja o estudia. Este nivel ocupa casi todo el día o una estadía fuera de casa. Pida una carta al programa, pregunte por la licencia médica y planifiquen juntos el regreso.",
  },
  "consideration-lethal-means": {
    en: "While thoughts of suicide are there, make the home safer: keep guns out of the home or locked with someone else holding the key, and lock up or get rid of extra medicines, including opioids.",
    es: "Mientras haya pensamientos de suicidio, haga la casa más segura: tenga las armas fuera de la casa o bajo llave con otra persona que guarde la llave, y guarde bajo llave o deseche los medicamentos de más, incluidos los opioides.",
  },
  "consideration-caregiving": {
    en: "{You} care for children or others. Ask programs about child care or family programs.",
    es: "{Usted} cuida a niños u otras personas. Pregunte a los programas por cuidado de niños o programas para la familia.",
  },
  "consideration-prefers-home": {
    en: "{You} would like to live at home during care. Talk about this with the program.",
    es: "{Usted} quiere vivir en casa durante la atención. Hable de esto con el programa.",
  },
  "consideration-no-coverage": {
    en: "{You} do not have insurance. Ask about Medicaid, lower fees and state programs. Call 1-800-662-4357 for help.",
    es: "{Usted} no tiene seguro. Pregunte por Medicaid, tarifas más bajas y programas del estado. Llame al 1-800-662-4357 para recibir ayuda.",
  },
  "consideration-spanish-program": {
    en: "Ask programs if they give care in Spanish.",
    es: "Pregunte a los programas si dan atención en español.",
  },
  "adolescent-services": {
    en: "Stepwise is for adults 18 and older. A young person needs a check made for teens. Call 1-800-662-4357 to find teen services.",
    es: "Stepwise es para adultos de 18 años o más. Una persona joven necesita una evaluación hecha para adolescentes. Llame al 1-800-662-4357 para encontrar servicios para adolescentes.",
  },
  "baseline-check-in": {
    en: "Nothing we know so far calls for more than a check-in and some facts about safer use.",
    es: "Nada de lo que sabemos hasta ahora pide más que un control y algo de información sobre un consumo más seguro.",
  },
  // transitions
  "transition-step-up": {
    en: "A need came up that {your} current care cannot meet. Move up to more care.",
    es: "Apareció una necesidad que la atención actual no puede cubrir. Hay que pasar a más atención.",
  },
  "transition-continue": {
    en: "The needs that brought {you-object} to this level are still there. Stay at this level for now.",
    es: "Las necesidades que trajeron a la persona a este nivel siguen presentes. Por ahora, siga en este nivel.",
  },
  "transition-step-down": {
    en: "The needs that called for this level have eased. Move to a level with less time in the program.",
    es: "Las necesidades que pidieron este nivel han bajado. Pase a un nivel con menos tiempo en el programa.",
  },
  "transition-discharge-to-continuing-care": {
    en: "No need calls for more treatment now. Move to ongoing check-ins and recovery support.",
    es: "Ninguna necesidad pide más tratamiento ahora. Pase a controles y apoyo para la recuperación.",
  },
  "transition-urgent-need-before-leaving": {
    en: "An urgent need came up. Take care of it first. Do not move to less care until it is settled.",
    es: "Apareció una necesidad urgente. Atiéndala primero. No pase a menos atención hasta que esté resuelta.",
  },
  "transition-withdrawal-worsening": {
    en: "Withdrawal got worse, or did not get better, during withdrawal care at home. Move to more intensive care now, where staff can watch it longer each day.",
    es: "La abstinencia empeoró, o no mejoró, durante el manejo en casa. Pase ahora a una atención más intensiva, donde el personal pueda vigilarla más tiempo cada día.",
  },
  "transition-unknown-before-leaving": {
    en: "Some answers that could keep {you-object} at this level are still unknown. Answer them before moving to less care.",
    es: "Todavía faltan respuestas que podrían mantener a la persona en este nivel. Contéstelas antes de pasar a menos atención.",
  },
  "transition-first-appointment-within-7-days": {
    en: "Set the first appointment before leaving, within 7 days. The days right after a move are the riskiest.",
    es: "Haga la primera cita antes de salir, dentro de 7 días. Los días justo después de un cambio son los de más riesgo.",
  },
  "transition-continuing-care-3-to-12-months": {
    en: "Keep up recovery support for at least 3 months, and up to a year.",
    es: "Siga con el apoyo para la recuperación por al menos 3 meses, y hasta un año.",
  },
  "transition-overdose-risk-after-live-in-care": {
    en: "After time away from opioids, the body handles less. Overdose risk is higher. Leave with naloxone.",
    es: "Después de un tiempo sin opioides, el cuerpo aguanta menos. El riesgo de sobredosis es mayor. Salga con naloxona.",
  },
};
