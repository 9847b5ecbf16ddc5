import type { MessageKey } from "./messages-en.js";

/**
 * Spanish texts, one for every English key (the type makes a missing key a compile error, and a test
 * fails on any text left identical to the English). Plain, respectful Spanish with "usted"; person-first.
 */
export const es: Record<MessageKey, string | readonly string[]> = {
  "app.name": "Stepwise",
  "app.tagline": "Encuentre el tipo de atención que le sirve, paso a paso.",
  "language.label": "Idioma",
  "language.switchTo": "English",
  "language.switchToLabel": "View this page in English",
  "quickExit.label": "Salida rápida",
  "quickExit.hint": "Sale de este sitio al instante. También puede pulsar la tecla Esc.",
  "crisis.heading": "¿Necesita ayuda ahora?",
  "crisis.988":
    "Llame o envíe un mensaje de texto al 988 si podría hacerse daño o hacer daño a otra persona.",
  "crisis.911": "Llame al 911 si hay una emergencia médica, como una sobredosis.",
  "crisis.samhsa":
    "Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357. Es gratis, privada y atiende todo el día, todos los días.",
  "crisis.988.short": "Crisis: llame o escriba al 988",
  "crisis.911.short": "Emergencia: 911",
  "crisis.samhsa.short": "Línea de ayuda: 1-800-662-4357",
  "screen.loading": "Cargando…",
  "screen.loadFailed":
    "Esta parte de Stepwise no se cargó. Revise su conexión e intente de nuevo. Las líneas de crisis de arriba siguen funcionando.",
  "nav.guide": "Guía",
  "guide.title": "¿Atención ambulatoria intensiva o atención con internación: cuál le sirve?",
  "guide.intro":
    "El tipo de atención que elija puede influir en cómo va la recuperación. Algunas personas eligen entre la atención ambulatoria intensiva y la atención con internación. Cada una ayuda a su manera. Saber en qué se diferencian le ayuda a usted y a su familia a elegir mejor.",
  "guide.contents": "En esta página",

  "guide.iop.title": "¿Qué es la atención ambulatoria intensiva (IOP)?",
  "guide.iop.body":
    "En la atención ambulatoria intensiva, recibe tratamiento con un plan fijo, pero sigue viviendo en su casa. Va a varias sesiones cada semana, a menudo de 9 a 19 horas en total. Sigue con su vida diaria, como el trabajo o el cuidado de su familia. La mayoría de los programas combinan sesiones en grupo y sesiones individuales. Los grupos le permiten conocer a otras personas que entienden lo que vive y darse ánimo unos a otros.",

  "guide.inpatient.title": "¿Qué es la atención con internación?",
  "guide.inpatient.body":
    "En la atención con internación, usted se queda en un centro de tratamiento por un tiempo fijo. Suele ser unas semanas y a veces unos meses. Estar lejos de la vida diaria quita muchas cosas que pueden llevar a volver a consumir. Hay personal de día y de noche. La ayuda médica está cerca. Cada día sigue un horario claro. Las personas con un trastorno por consumo de sustancias grave, o que además tienen un problema de salud mental, suelen beneficiarse más de este tipo de atención.",

  "guide.differences.title": "¿En qué se diferencian?",
  "guide.differences.intro":
    "La atención ambulatoria intensiva fortalece su independencia. Aun así, pasa mucho tiempo con su equipo de atención. La atención con internación le da un descanso completo de la vida diaria, en un lugar donde el personal le cuida. Así se comparan.",
  "guide.differences.aspect": "Qué comparar",
  "guide.differences.iop": "Ambulatoria intensiva",
  "guide.differences.inpatient": "Con internación",
  "guide.differences.supervision": "Supervisión",
  "guide.differences.supervision.iop": "Solo durante las sesiones. En casa está por su cuenta.",
  "guide.differences.supervision.inpatient": "Hay personal las 24 horas del día.",
  "guide.differences.intensity": "Cuánta atención",
  "guide.differences.intensity.iop": "Unas 9 a 19 horas por semana, a menudo 3 horas al día, 3 días o más.",
  "guide.differences.intensity.inpatient": "La atención y las actividades llenan casi todo el día.",
  "guide.differences.schedule": "Horario diario",
  "guide.differences.schedule.iop": "Acomoda las sesiones a su trabajo, sus estudios o su familia.",
  "guide.differences.schedule.inpatient": "El programa fija el horario de la mañana a la noche.",
  "guide.differences.independence": "Independencia",
  "guide.differences.independence.iop": "Duerme en casa y usa lo que aprende en la vida real enseguida.",
  "guide.differences.independence.inpatient":
    "Vive en el centro, lejos del estrés diario y de lo que le provoca ganas de consumir.",
  "guide.differences.cost": "Costo",
  "guide.differences.cost.iop": "Suele costar menos, porque no hay estadías de noche.",
  "guide.differences.cost.inpatient":
    "Suele costar más, porque incluye cama, comidas y personal de día y de noche.",
  "guide.differences.summary":
    "La atención ambulatoria puede funcionar bien para quienes tienen buen apoyo a su alrededor. Quienes necesitan más vigilancia y ayuda pueden estar mejor primero con internación. También puede ayudarles a prepararse para volver a la vida diaria.",

  "guide.iopFits.title": "Cuándo tiene sentido la atención ambulatoria intensiva",
  "guide.iopFits.body":
    "La atención ambulatoria intensiva puede funcionar bien cuando las señales de un trastorno por consumo de sustancias son leves o moderadas. Puede seguir yendo a la escuela o al trabajo, o cuidar a su familia. Eso mantiene fuertes los lazos cercanos. Funciona mejor cuando el hogar es seguro y le apoya. Sirve para personas que quieren cambiar su vida pero no necesitan atención médica ni vigilancia todo el día.",
  "guide.iopAdvantages.title": "Lo bueno de la atención ambulatoria intensiva",
  "guide.iopAdvantages.points": [
    "Puede practicar nuevas formas de afrontar las cosas en la vida real poco después de aprenderlas.",
    "Mantiene su vida diaria y recibe apoyo constante.",
    "El horario fijo le ayuda a no aislarse y a crear hábitos sanos.",
    "Suele costar menos que la internación, porque no hay estadías de noche.",
  ],

  "guide.inpatientFits.title": "Cuándo podría necesitar atención con internación",
  "guide.inpatientFits.intro": "La internación puede ser la opción más segura cuando:",
  "guide.inpatientFits.points": [
    "El consumo de sustancias es grave.",
    "Un problema de salud mental también necesita atención todo el día.",
    "El consumo vuelve una y otra vez, aun después de esforzarse mucho por dejarlo.",
    "No hay un lugar estable o seguro donde vivir.",
    "Dejar de consumir podría causar una abstinencia peligrosa. Muchos centros ofrecen atención médica para pasar la abstinencia sin riesgo.",
    "Ya se probó el tratamiento ambulatorio y no fue suficiente.",
  ],
  "guide.inpatientFits.withdrawalWarning":
    "Si bebe mucho alcohol o toma sedantes (como pastillas para dormir o benzodiacepinas) todos los días, no los deje de golpe sin consejo médico. La abstinencia de estas sustancias puede ser peligrosa.",

  "guide.readiness.title": "¿Está listo para la atención ambulatoria?",
  "guide.readiness.intro": "La atención ambulatoria funciona mejor cuando casi todo esto es cierto:",
  "guide.readiness.points": [
    "Puede mantenerse sin alcohol ni drogas mientras vive donde vive ahora.",
    "Su hogar es seguro y apoya su recuperación.",
    "Tiene una forma segura de llegar a cada sesión.",
    "Tiene personas que le apoyan, como familia, amistades o un grupo de pares.",
    "Está listo para ir a todas sus sesiones.",
  ],
  "guide.readiness.outro":
    "Si le cuesta seguir un horario ambulatorio, la internación puede darle más estructura para empezar.",

  "guide.transitions.title": "Pasar de un nivel de atención a otro",
  "guide.transitions.body":
    "La atención no es una sola decisión que se toma una vez. Muchas personas empiezan con internación. A medida que mejoran, pasan a la atención ambulatoria. Cada paso da más independencia, con apoyo todavía presente. La atención ambulatoria puede ser un puente de vuelta a la vida diaria. Practica su rutina y sigue recibiendo ayuda profesional para seguir adelante.",
  "guide.transitions.points": [
    "Su equipo de atención revisa a menudo cómo le va. El plan puede bajar a menos atención o subir a más.",
    "Un cambio se basa en cómo le va, no solo en un número fijo de días.",
    "Planee el siguiente paso antes de salir de un programa. Trate de tener la primera cita dentro de 7 días.",
    "Siga recibiendo apoyo por lo menos de 3 a 12 meses. Eso ayuda a que la recuperación dure.",
  ],

  "guide.levels.title": "Todos los niveles de atención, de menos a más",
  "guide.levels.intro":
    "La atención ambulatoria intensiva y la internación son dos peldaños de una escalera. Estos son todos los peldaños. Los profesionales suelen usar los números entre corchetes.",
  "guide.levels.early-intervention":
    "Orientación y educación [0.5]: consejos y aprendizaje para personas en riesgo.",
  "guide.levels.outpatient": "Consejería ambulatoria [1]: menos de 9 horas por semana, viviendo en casa.",
  "guide.levels.intensive-outpatient":
    "Ambulatoria intensiva (IOP) [2.1]: unas 9 a 19 horas por semana, viviendo en casa.",
  "guide.levels.partial-hospitalization":
    "Tratamiento de día, también llamado hospitalización parcial [2.5]: 20 horas o más por semana, viviendo en casa.",
  "guide.levels.residential":
    "Tratamiento residencial (con internación) [3.1–3.5]: vivir en el programa, con personal de día y de noche.",
  "guide.levels.medically-monitored-inpatient":
    "Internación con supervisión médica [3.7]: enfermería de día y de noche, con un médico disponible.",
  "guide.levels.medically-managed-inpatient":
    "Internación en hospital [4]: atención en un hospital por necesidades médicas graves.",

  "guide.selfCheck.label": "Autoevaluación",
  "guide.selfCheck.body":
    "¿No sabe qué atención le sirve a usted o a un ser querido? Responda unas preguntas privadas. Toma unos 10 minutos y nada sale de este dispositivo.",
  "guide.selfCheck.start": "Empezar la autoevaluación",
  "guide.assessment.title": "Pida una evaluación profesional y decidan juntos",
  "guide.assessment.body":
    "Los dos tipos de atención tienen ventajas y desventajas. La mejor opción depende de lo que le importa, de qué tan grave es el consumo, del apoyo que tiene y de sus obligaciones en casa, el trabajo o la escuela. Un profesional de tratamiento puede evaluar sus necesidades y darle una visión clara. Luego, piense en las ventajas y desventajas con sus seres queridos. Con mejor información, puede elegir su camino con más confianza.",
  "guide.assessment.points": [
    "Llame a la Línea Nacional de Ayuda de SAMHSA, gratis y privada, al 1-800-662-4357 para encontrar ayuda cerca.",
    "Busque programas en FindTreatment.gov (en inglés y español).",
    "Pida una evaluación sobre el consumo de sustancias a su médico, a una clínica o a su seguro médico.",
  ],
  "guide.footer.privacy": "Stepwise no le rastrea. Esta página no envía nada sobre usted a nadie.",
  "guide.footer.notAdvice":
    "Stepwise le ayuda a decidir. No hace diagnósticos. Hable siempre con un profesional sobre su atención.",
};
