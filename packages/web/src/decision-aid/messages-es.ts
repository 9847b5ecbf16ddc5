import type { DecisionAidKey } from "./messages-en.js";

/**
 * Los textos en español de la ayuda para decidir: uno por cada clave en inglés (el tipo lo exige).
 * Español claro y respetuoso, con "usted"; lenguaje que pone primero a la persona.
 */
export const decisionAidEs: Record<DecisionAidKey, string | readonly string[]> = {
  title: "Piénselo junto con alguien",
  intro:
    "Esta parte le ayuda a elegir entre la atención ambulatoria intensiva y la atención con internación. No le dice qué elegir. Le ayuda a ver las opciones lado a lado, pensar en lo que más le importa y hablarlo con alguien de confianza.",
  decision: "La decisión: con qué tipo de atención empezar por un problema con el uso de sustancias.",
  privacy: "Todo lo que escriba se queda en este dispositivo. Nada se envía a Stepwise.",
  parts: "Pasos",
  "part.sure-before": "¿Qué tan seguro se siente?",
  "part.compare": "Compare las opciones",
  "part.values": "Lo que más importa",
  "part.together": "Decidan juntos",
  "part.cost": "Cuánto podría costar",
  "part.programs": "Preguntas para los programas",
  "part.plan": "Plan por pasos",
  "part.pages": "Páginas para imprimir",
  next: "Siguiente paso",
  back: "Volver",
  "methods.link": "Cómo hicimos esto y nuestras fuentes",
  provisional:
    "La autoevaluación sugirió {level}. Es solo una primera idea. Una evaluación profesional decide qué atención es la adecuada.",
  noSelfCheck:
    "Todavía no hizo la autoevaluación. La comparación de abajo es general. Haga la autoevaluación para que se ajuste a su situación.",
  startSelfCheck: "Hacer la autoevaluación",
  urgent:
    "Sus respuestas incluyen algo urgente. Atiéndalo primero, por favor. En una crisis, llame o envíe un texto al 988; en una emergencia, llame al 911.",

  "sure.title": "¿Qué tan seguro se siente de esta decisión?",
  "sure.intro": "Responda sí o no. No hay respuestas incorrectas. Volverá a responder al final.",
  "sure.introAfter":
    "Responda sí o no otra vez, ahora que pensó las opciones. No hay respuestas incorrectas.",
  "sure.afterTitle": "¿Qué tan seguro se siente ahora?",
  "sure.sure": "¿Se siente seguro de cuál es la mejor opción para usted?",
  "sure.sure.other": "¿Se siente seguro de cuál es la mejor opción para esa persona?",
  "sure.understand": "¿Conoce los puntos buenos y las partes difíciles de cada opción?",
  "sure.riskBenefit": "¿Tiene claro cuáles puntos buenos y partes difíciles le importan más?",
  "sure.encouragement": "¿Tiene suficiente apoyo y consejo para decidir?",
  "sure.yes": "Sí",
  "sure.no": "No",
  "sure.score": "{score} de 4 respuestas fueron sí.",
  "sure.unsure":
    "Un “no” quiere decir que quizá todavía tiene dudas. Es normal. Estos pasos y una charla con un profesional pueden ayudar.",
  "sure.clear": "Respondió sí a las cuatro. Parece tener clara esta decisión.",
  "sure.clearer": "Antes: {before} de 4. Ahora: {after} de 4. La decisión quedó más clara.",
  "sure.same": "Antes: {before} de 4. Ahora: {after} de 4. Más o menos igual que antes.",
  "sure.lessClear":
    "Antes: {before} de 4. Ahora: {after} de 4. Ahora se siente menos seguro. Lleve sus preguntas a un profesional.",
  "sure.source": "Estas cuatro preguntas son la prueba SURE (Légaré y otros, 2010).",

  "compare.title": "Las opciones lado a lado",
  "compare.intro":
    "Cada fila muestra lo mismo para cada opción. Las líneas marcadas “Para usted” usan sus respuestas de la autoevaluación.",
  "compare.intro.other":
    "Cada fila muestra lo mismo para cada opción. Las líneas marcadas “Para esa persona” usan sus respuestas de la autoevaluación.",
  "compare.showDay": "Mostrar también el tratamiento de día (hospitalización parcial)",
  "compare.what": "Qué comparar",
  "compare.iop": "Ambulatorio intensivo (IOP)",
  "compare.inpatient": "Internación o residencial",
  "compare.day": "Tratamiento de día",
  "compare.forYou": "Para usted:",
  "compare.forThem": "Para esa persona:",
  "compare.evidence.title": "Lo que encontraron los estudios",
  "compare.evidence": [
    "Para la mayoría de las personas, la atención ambulatoria intensiva funciona más o menos igual de bien que la internación. Lo encontró una revisión de 12 estudios (McCarty y otros, 2014).",
    "La internación puede ayudar más cuando el uso es muy grave, cuando problemas de memoria o de razonamiento dificultan la atención ambulatoria, o cuando el hogar no es seguro para la recuperación (Rychtarik 2000; Witbrodt 2007).",
    "La abstinencia que necesita atención médica, o problemas de salud física o mental que necesitan cuidado de día y de noche, requieren internación primero.",
    "Los medicamentos para el trastorno por consumo de opioides o de alcohol ayudan en cualquier lugar. Las personas que recibieron medicamento para los opioides tuvieron más o menos la mitad del riesgo de sobredosis (estudio de Medicaid de Oregón, 2022).",
    "Los estudios varían en quiénes participaron y cómo funcionaban los programas, así que nadie puede saber con certeza cómo le irá a una persona con cada opción.",
  ],

  "row.time": "Tiempo y viajes",
  "row.time.iop": "Unas 9 a 19 horas por semana, a menudo 3 horas en 3 días o más. Viaja a cada sesión.",
  "row.time.inpatient": "Vive en el programa, a menudo unas 4 semanas. Viaja allí una vez y regresa una vez.",
  "row.time.day": "Unas 20 horas o más por semana, casi todo el día entre semana. Viaja allí cada día.",
  "row.sleep": "Dónde duerme",
  "row.sleep.iop": "En casa todas las noches. Necesita un lugar seguro y estable donde vivir.",
  "row.sleep.inpatient":
    "En el programa. Comparte el espacio con otras personas y sigue las reglas de la casa.",
  "row.sleep.day": "En casa todas las noches. Necesita un lugar seguro y estable donde vivir.",
  "row.duties": "Trabajo, estudios y cuidado de otros",
  "row.duties.iop":
    "A menudo puede seguir trabajando, estudiando o cuidando a su familia. Puede haber sesiones de noche.",
  "row.duties.inpatient":
    "Necesita tiempo libre, y otra persona debe cuidar a los niños o a la familia mientras no está.",
  "row.duties.day":
    "Es difícil mantener un trabajo o clases entre semana. Las noches y los fines de semana quedan libres.",
  "row.medical": "Atención médica",
  "row.medical.iop": "El personal le ve durante las sesiones. Nadie le revisa de noche.",
  "row.medical.inpatient": "Hay personal de día y de noche. Enfermeras y médicos están cerca.",
  "row.medical.day":
    "El personal le ve durante el día. Algunos programas tienen médico o enfermera en el lugar.",
  "row.structure": "Rutina diaria y desencadenantes",
  "row.structure.iop": "Enfrenta la vida diaria y sus desencadenantes cada día, con ayuda para planear.",
  "row.structure.inpatient": "Un horario completo y un descanso de las personas y lugares ligados al uso.",
  "row.structure.day": "Un horario completo de día; las noches en casa, con los desencadenantes de siempre.",
  "row.family": "Participación de la familia",
  "row.family.iop": "La familia puede apoyarle cada día. Muchos programas ofrecen sesiones familiares.",
  "row.family.inpatient": "Sesiones familiares y visitas, a menudo en horarios fijos. Menos contacto diario.",
  "row.family.day": "La familia puede apoyarle cada noche. Muchos programas ofrecen sesiones familiares.",
  "row.cost": "Costo",
  "row.cost.iop": "Suele costar menos, porque no hay noches en el programa. Los viajes suman.",
  "row.cost.inpatient": "Suele costar más, porque incluye cama, comidas y personal de día y de noche.",
  "row.cost.day": "Suele estar entre los dos. Los viajes diarios suman.",
  "row.practice": "Qué pasa después",
  "row.practice.iop":
    "Practica nuevas habilidades en la vida diaria enseguida. Luego pasa a atención ambulatoria.",
  "row.practice.inpatient":
    "Vuelve a la vida diaria después de la estadía. Pasar luego a IOP o ambulatorio ayuda.",
  "row.practice.day": "Pasa a IOP o a atención ambulatoria mientras sigue viviendo en casa.",

  "personal.time.hard.self":
    "Usted dijo que le cuesta llegar a las citas. IOP significa viajar 3 días o más por semana; la internación, un solo viaje de ida y uno de vuelta.",
  "personal.time.hard.other":
    "Usted dijo que a esa persona le cuesta llegar a las citas. IOP significa viajar 3 días o más por semana; la internación, un solo viaje de ida y uno de vuelta.",
  "personal.time.easy.self":
    "Usted dijo que tiene cómo moverse sin problema. Eso facilita los viajes a IOP. La internación necesita solo un viaje de ida y uno de vuelta.",
  "personal.time.easy.other":
    "Usted dijo que esa persona tiene cómo moverse sin problema. Eso facilita los viajes a IOP. La internación necesita solo un viaje de ida y uno de vuelta.",
  "personal.time.unknown.self":
    "Piense cómo llegaría a las sesiones 3 días o más por semana, y qué significaría para usted una estadía fuera de casa.",
  "personal.time.unknown.other":
    "Piense cómo llegaría esa persona a las sesiones 3 días o más por semana, y qué significaría una estadía fuera de casa.",
  "personal.sleep.unsteady.self":
    "Usted dijo que su vivienda no es estable. IOP necesita un lugar seguro donde dormir cada noche. La internación le da una cama durante el tratamiento.",
  "personal.sleep.unsteady.other":
    "Usted dijo que la vivienda de esa persona no es estable. IOP necesita un lugar seguro donde dormir cada noche. La internación le da una cama durante el tratamiento.",
  "personal.sleep.steady.self":
    "Usted dijo que tiene un lugar estable donde vivir. IOP lo necesita. Con la internación, su hogar le espera.",
  "personal.sleep.steady.other":
    "Usted dijo que esa persona tiene un lugar estable donde vivir. IOP lo necesita. Con la internación, su hogar le espera.",
  "personal.sleep.unknown.self":
    "IOP necesita un lugar seguro y estable donde dormir. Piense si usted lo tiene.",
  "personal.sleep.unknown.other":
    "IOP necesita un lugar seguro y estable donde dormir. Piense si esa persona lo tiene.",
  "personal.duties.some.self":
    "Usted dijo que {duties}. IOP le permite seguir haciéndolo entre sesiones. La internación significaría unas 4 semanas fuera, con tiempo libre y alguien que le reemplace.",
  "personal.duties.some.other":
    "Usted dijo que esa persona {duties}. IOP le permite seguir haciéndolo entre sesiones. La internación significaría unas 4 semanas fuera, con tiempo libre y alguien que le reemplace.",
  "personal.duties.none.self":
    "Usted dijo que ahora no tiene trabajo, estudios ni cuidado de otros. Eso puede facilitar planear un tiempo fuera. IOP también encaja fácilmente.",
  "personal.duties.none.other":
    "Usted dijo que esa persona ahora no tiene trabajo, estudios ni cuidado de otros. Eso puede facilitar planear un tiempo fuera. IOP también encaja fácilmente.",
  "personal.duties.unknown.self":
    "Si trabaja, estudia o cuida a otras personas, piense cómo encaja cada opción con eso.",
  "personal.duties.unknown.other":
    "Si esa persona trabaja, estudia o cuida a otras personas, piense cómo encaja cada opción con eso.",
  "duty.work": "trabaja",
  "duty.school": "estudia",
  "duty.caregiving": "cuida a niños u otros familiares",
  "duty.and": "y",
  "personal.medical.needs.self":
    "Sus respuestas indican abstinencia o problemas de salud que quizá necesiten atención de día y de noche. La internación la tiene; IOP no. Consulte primero a un profesional.",
  "personal.medical.needs.other":
    "Sus respuestas indican abstinencia o problemas de salud que quizá necesiten atención de día y de noche. La internación la tiene; IOP no. Consulte primero a un profesional.",
  "personal.medical.fine.self":
    "Sus respuestas no indican que necesite atención médica de día y de noche. Las dos opciones pueden incluir controles médicos y medicamentos.",
  "personal.medical.fine.other":
    "Sus respuestas no indican que esa persona necesite atención médica de día y de noche. Las dos opciones pueden incluir controles médicos y medicamentos.",
  "personal.medical.unknown.self":
    "Un profesional debe revisar si la abstinencia o problemas de salud necesitan atención de día y de noche. Eso puede decidir la elección.",
  "personal.medical.unknown.other":
    "Un profesional debe revisar si la abstinencia o los problemas de salud de esa persona necesitan atención de día y de noche. Eso puede decidir la elección.",
  "personal.structure.hard.self":
    "Usted dijo que en casa le cuesta mantenerse lejos del alcohol o las drogas. La internación da un descanso de eso. Con IOP lo planearía cada noche.",
  "personal.structure.hard.other":
    "Usted dijo que en la casa de esa persona cuesta mantenerse lejos del alcohol o las drogas. La internación da un descanso de eso. Con IOP lo planearía cada noche.",
  "personal.structure.supportive.self":
    "Usted dijo que su hogar apoya su recuperación. Eso es lo que IOP necesita para funcionar bien. La internación da un descanso que quizá no necesite.",
  "personal.structure.supportive.other":
    "Usted dijo que el hogar de esa persona apoya la recuperación. Eso es lo que IOP necesita para funcionar bien. La internación da un descanso que quizá no necesite.",
  "personal.structure.unknown.self":
    "IOP funciona mejor cuando puede mantenerse lejos del alcohol y las drogas en casa. Piense si su hogar lo permite.",
  "personal.structure.unknown.other":
    "IOP funciona mejor cuando la persona puede mantenerse lejos del alcohol y las drogas en casa. Piense si su hogar lo permite.",
  "personal.family.support.self":
    "Usted dijo que tiene personas que le apoyan. Con IOP pueden ayudarle cada día. Con la internación pueden ir a sesiones familiares.",
  "personal.family.support.other":
    "Usted dijo que esa persona tiene quien le apoye, como usted. Con IOP usted puede ayudar cada día. Con la internación puede ir a sesiones familiares.",
  "personal.family.alone.self":
    "Usted dijo que ahora tiene poco apoyo. La internación da apoyo todo el día. Los programas de IOP pueden ayudarle a formar una red de apoyo.",
  "personal.family.alone.other":
    "Usted dijo que esa persona tiene poco apoyo ahora. La internación da apoyo todo el día. Los programas de IOP pueden ayudarle a formar una red de apoyo.",
  "personal.family.unknown.self": "Piense quién podría apoyarle durante y después del tratamiento.",
  "personal.family.unknown.other":
    "Piense quién, además de usted, podría apoyar a esa persona durante y después del tratamiento.",
  "personal.cost.known.self":
    "Usted dijo que su cobertura es {coverage}. El paso del costo muestra cuánto podría costar cada opción con ella.",
  "personal.cost.known.other":
    "Usted dijo que la cobertura de esa persona es {coverage}. El paso del costo muestra cuánto podría costar cada opción con ella.",
  "personal.cost.unknown.self": "El paso del costo le ayuda a calcular cuánto podría costarle cada opción.",
  "personal.cost.unknown.other":
    "El paso del costo le ayuda a calcular cuánto podría costarle cada opción a esa persona.",
  "coverage.medicaid": "Medicaid",
  "coverage.medicare": "Medicare",
  "coverage.private": "un seguro privado",
  "coverage.tricare": "TRICARE",
  "coverage.none": "ningún seguro",
  "coverage.other": "otro tipo de cobertura",
  "personal.practice.triedOutpatient.self":
    "Usted dijo que ya probó la atención ambulatoria y no fue suficiente. Algunas personas empiezan entonces con internación y luego bajan de nivel. Otras prueban IOP con más apoyo.",
  "personal.practice.triedOutpatient.other":
    "Usted dijo que esa persona ya probó la atención ambulatoria y no fue suficiente. Algunas personas empiezan entonces con internación y luego bajan de nivel. Otras prueban IOP con más apoyo.",
  "personal.practice.general.self":
    "En cualquier caso, la recuperación sigue después del programa. Pida a cada programa que reserve su siguiente paso antes de que usted salga.",
  "personal.practice.general.other":
    "En cualquier caso, la recuperación sigue después del programa. Pida a cada programa que reserve el siguiente paso de esa persona antes de que salga.",

  "values.title": "¿Qué es lo que más importa?",
  "values.intro":
    "Califique cuánto le importa cada cosa, de 0 (nada) a 5 (mucho). No es un examen y no hay puntaje. Le ayuda a ver lo que le importa.",
  "values.intro.other":
    "Califique cuánto le importa a usted cada cosa, de 0 (nada) a 5 (mucho). La persona que le importa puede calificar también, en el siguiente paso.",
  "values.person": "{person}: ¿cuánto importa esto?",
  "values.notRated": "Sin calificar",
  "values.top": "Lo que más le importa a {person}: {factors}.",
  "values.noTop": "{person} todavía no calificó nada con 4 o 5.",
  "factor.time": "No estar lejos de casa por semanas",
  "factor.sleep": "Dormir en casa cada noche",
  "factor.duties": "Seguir con el trabajo, los estudios o el cuidado de otros",
  "factor.medical": "Tener enfermeras y médicos cerca de día y de noche",
  "factor.structure": "Un horario completo y un descanso de los desencadenantes",
  "factor.family": "Que la familia participe en la atención",
  "factor.cost": "Gastar poco",
  "factor.practice": "Practicar nuevas habilidades en la vida diaria enseguida",
  "person.first": "Persona 1",
  "person.second": "Persona 2",
  "rating.label": "{factor}, calificado por {person}",

  "together.title": "Decidan juntos",
  "together.intro":
    "Pida a alguien de confianza que califique las mismas cosas, sin ver antes sus calificaciones. Luego vean en qué coinciden y en qué no. Hablen de las diferencias. Ningún puntaje decide por ustedes.",
  "together.sameDevice": "En este dispositivo",
  "together.sameDevice.body":
    "Pase este dispositivo a la otra persona. Sus calificaciones quedarán ocultas mientras califica.",
  "together.sameDevice.start": "Pasar el dispositivo: ahora califica la Persona 2",
  "together.handover.title": "Persona 2: es su turno",
  "together.handover.body":
    "Las calificaciones de la Persona 1 están ocultas. Califique cada cosa según cuánto le importa a usted. Cuando termine, devuelva el dispositivo.",
  "together.handover.done": "Listo: mostrar las dos calificaciones",
  "together.otherDevice": "En otro dispositivo",
  "together.otherDevice.body":
    "Envíe un enlace o deje que escanee el código. El enlace lleva solo la lista de cosas para calificar, y sus calificaciones si usted quiere. No se envía a Stepwise: la parte después de “#” nunca sale del navegador.",
  "together.includeMine": "Incluir mis calificaciones en el enlace",
  "together.makeLink": "Crear el enlace",
  "together.link": "Enlace para la Persona 2",
  "together.copy": "Copiar el enlace",
  "together.copied": "Copiado.",
  "together.qr": "Código QR con el mismo enlace",
  "together.replyLink": "Enlace de vuelta para la Persona 1",
  "together.replyQr": "Código QR con el mismo enlace de respuesta",
  "together.pasteReply": "Pegue el enlace de respuesta de la Persona 2",
  "together.readReply": "Leer la respuesta",
  "together.invited.title": "Alguien le pidió que lo piensen juntos",
  "together.invited.body":
    "Califique cuánto le importa cada cosa. Luego envíe sus calificaciones de vuelta con el enlace o el código de abajo. Nada va a Stepwise.",
  "together.invited.theirRatings": "Esa persona compartió sus calificaciones. Las verá después de calificar.",
  "together.invited.makeReply": "Crear mi enlace de respuesta",
  "together.replyRead": "Llegaron las calificaciones de la Persona 2. Véalas abajo.",
  "together.badLink": "No se pudo leer este enlace: {field} debe ser {expected}. Pida un enlace nuevo.",
  "together.handedOff":
    "Las calificaciones de la Persona 2 pasaron a su otra pestaña de Stepwise, donde calificó la Persona 1. Vuelva a esa pestaña para verlas. Puede cerrar esta.",
  "together.firstMissing":
    "La Persona 1 todavía no tiene calificaciones en esta pantalla. Si calificó en otra pestaña o ventana, pegue allí el enlace de respuesta, o califique ahora en “Lo que más importa”.",
  "together.results": "En qué coinciden y en qué no",
  "together.factor": "Lo que importa",
  "together.gap": "Qué significa",
  "together.kind.differ": "Lo ven de forma distinta",
  "together.kind.both-matter": "Les importa mucho a los dos",
  "together.kind.agree": "Más o menos igual",
  "together.kind.not-rated": "No lo calificaron los dos",
  "together.prompts": "Preguntas para conversar",
  "together.prompt.general":
    "{factor}: uno lo calificó con {first} y el otro con {second}. ¿Qué hace que importe tanto, o tan poco, a cada uno?",
  "prompt.time": "¿Qué significarían unas semanas fuera para la casa? ¿Qué haría falta para lograrlo?",
  "prompt.sleep": "¿Es la casa un buen lugar para dormir y recuperarse ahora? ¿Por qué sí o por qué no?",
  "prompt.duties":
    "¿Quién podría cubrir el trabajo, los estudios o el cuidado de otros, y por cuánto tiempo?",
  "prompt.medical": "¿Qué les preocupa de la abstinencia o la salud? ¿Lo revisó un profesional?",
  "prompt.structure": "¿Qué pasa en casa que hace más difícil, o más fácil, no consumir?",
  "prompt.family": "¿Cómo le gustaría a cada uno que participe la familia?",
  "prompt.cost": "¿Cuánto podrían pagar? ¿Ya preguntaron al plan o al programa?",
  "prompt.practice": "¿Cómo manejarían la vida diaria y los desencadenantes durante la atención?",
  "together.noScore": "Esto no es un puntaje. Úselo para empezar una conversación, no para terminarla.",

  "cost.title": "Cuánto podría costar",
  "cost.intro":
    "Escriba lo que le digan los programas y su plan de salud. Stepwise hace las cuentas en este dispositivo. No existe un único “costo promedio de rehabilitación”: los precios varían mucho.",
  "cost.coverage": "Cobertura de salud",
  "coverage.choose": "Elija una",
  "cost.plan": "Los números de su plan",
  "cost.plan.hint":
    "Búsquelos en el resumen de su plan o pregúntele a su plan. Use los números dentro de la red.",
  "cost.deductible": "Deducible del año del plan ($)",
  "cost.deductibleMet": "Ya pagado del deducible este año del plan ($)",
  "cost.sharing": "Después del deducible, usted paga",
  "cost.sharing.coinsurance": "Un porcentaje (coseguro)",
  "cost.sharing.copay": "Una cantidad fija por día o por semana (copago)",
  "cost.coinsurance": "Coseguro (%)",
  "cost.copay": "Copago por día o por semana ($)",
  "cost.oopMax": "Máximo de gastos de bolsillo del año del plan ($)",
  "cost.oopSpent": "Ya pagado hacia el máximo este año del plan ($)",
  "cost.planYearStart": "Su año del plan empieza en",
  "cost.option": "{option}",
  "cost.startDate": "Primer día de atención",
  "cost.rate": "Tarifa del programa ($)",
  "cost.rateUnit": "La tarifa es por",
  "cost.unit.day": "día",
  "cost.unit.week": "semana",
  "cost.units.day": "Cuántos días",
  "cost.units.week": "Cuántas semanas",
  "cost.lostWages": "Sueldo que perdería por semana ($)",
  "cost.travel": "Viajes por semana ($)",
  "cost.childcare": "Cuidado de niños por semana ($)",
  "cost.bad": "Escriba {expected}.",
  "cost.expect.amount": "una cantidad en dólares, como 1500",
  "cost.expect.percent": "un porcentaje de 0 a 100",
  "cost.expect.count": "un número entero de 1 a 730",
  "cost.expect.date": "una fecha",
  "cost.needRate": "Escriba la tarifa del programa para ver un cálculo. Abajo hay precios publicados.",
  "cost.results": "Cálculo",
  "cost.charges": "Cargos del programa",
  "cost.deductiblePart": "Parte del deducible",
  "cost.sharingPart": "Parte del coseguro o copago",
  "cost.youPayCare": "Usted paga por la atención",
  "cost.planPays": "El plan paga",
  "cost.lostWagesTotal": "Sueldo perdido",
  "cost.travelTotal": "Viajes",
  "cost.childcareTotal": "Cuidado de niños",
  "cost.total": "Costo total para usted",
  "cost.crossesYear":
    "Esta atención pasa a un nuevo año del plan. El deducible y el máximo de gastos de bolsillo empiezan de nuevo el {date}.",
  "cost.reachedMax":
    "Usted llega al máximo de gastos de bolsillo; el plan paga el resto de la atención cubierta de ese año del plan.",
  "cost.choosePlan":
    "Elija su cobertura arriba para incluir su plan. Mientras tanto, el cálculo muestra los cargos completos.",
  "cost.noPlan":
    "Sin seguro, usted paga todos los cargos. Pregunte por tarifas según ingresos y programas pagados por el estado.",
  "cost.caveat":
    "Esto es un cálculo aproximado. Pregunte al programa y a su plan el monto permitido, qué necesita aprobación previa y qué más se cobra.",
  "cost.published.title": "Precios publicados, con su fuente y su año",
  "cost.published.measure": "Qué mide",
  "cost.published.figure": "Cifra",
  "cost.published.source": "Fuente",
  "published.source.beethamCalls":
    "Beetham y otros, Health Affairs 40(2), febrero de 2021 (llamadas a 613 programas)",
  "published.source.beetham": "Beetham y otros, Health Affairs 40(2), febrero de 2021",
  "published.source.nida": "NIDA Notes 19(5), enero de 2005 (DATCAP, programas estudiados de 1993 a 2002)",
  "published.source.clientDatcap": "Estudio DATCAP de clientes, Dayton, Ohio, años 2000 (PMC2737263)",
  "cost.published.use": "Usar esta tarifa para {option}",
  "published.residentialLow":
    "Precio diario en efectivo más bajo que dieron programas residenciales para adultos",
  "published.residentialHigh":
    "Precio diario en efectivo más alto que dieron programas residenciales para adultos",
  "published.residentialDeposit":
    "Pago por adelantado promedio que pidieron programas con fines de lucro ($5,712 en los sin fines de lucro); el 74% pidió uno",
  "published.iopWeek":
    "Costo para los programas de una semana de IOP (no es un precio; dólares de 1993–2002)",
  "published.iopEpisode": "Costo para los programas de todo un IOP, unas 7 semanas (dólares de 1993–2002)",
  "published.clientInpatient":
    "Costo para la persona de un día de internación, contando su tiempo (años 2000, una ciudad)",
  "cost.notes.title": "Reglas de cobertura que conviene saber",
  "cost.note.parity":
    "Paridad: la mayoría de los planes de salud que cubren salud mental y uso de sustancias no pueden limitarlos más que la atención médica. Esto incluye copagos, deducibles, límites de días y aprobación previa. Si le niegan la atención, puede pedir al plan sus criterios de necesidad médica y su comparación de paridad (MHPAEA 2008; CAA 2021).",
  "cost.note.medicaid":
    "Medicaid: lo que usted paga suele ser poco. Muchos estados ahora pagan estadías residenciales cortas, a menudo de hasta unos 30 días, con permisos especiales o una opción estatal (Ley SUPPORT, permanente desde 2024). Pregunte a su plan de Medicaid.",
  "cost.note.medicare":
    "Medicare: cubre la atención ambulatoria intensiva desde el 1 de enero de 2024, en departamentos ambulatorios de hospitales, centros comunitarios de salud mental y algunos centros de salud. También cubre el tratamiento de día. Pregunte por estadías en programas residenciales fuera de un hospital.",
  "cost.note.none":
    "Sin seguro: llame a la Línea Nacional de Ayuda de SAMHSA, 1-800-662-4357, para encontrar programas pagados por el estado y programas con tarifas según ingresos.",
  "cost.note.oopLimit":
    "Para 2026, el máximo de gastos de bolsillo de la mayoría de los planes no pasa de $10,600 por persona y $21,200 por familia, dentro de la red.",

  "programs.title": "Preguntas para los programas",
  "programs.intro":
    "Si puede, llame a más de un programa. Use esta lista en cada llamada. Está bien decir “no estoy seguro” cuando le pregunten algo.",
  "programs.add": "Agregar un programa al que llamé",
  "programs.remove": "Quitar este programa",
  "programs.name": "Nombre del programa (opcional)",
  "programs.kind": "Tipo de atención",
  "programs.numbered": "Programa {number}",
  "programs.answer.yes": "Sí",
  "programs.answer.no": "No",
  "programs.answer.unsure": "No estoy seguro",
  "programs.listenFor": "Qué escuchar:",
  "programs.warnings": "¿Hicieron alguna de estas cosas?",
  "programs.flagged": "Señales de alerta de este programa",
  "programs.noFlags": "No marcó señales de alerta.",
  "programs.chart": "Los programas lado a lado",
  "programs.chart.empty": "Agregue un programa para armar la tabla.",
  "programs.chart.question": "Pregunta",
  "programs.chart.notAsked": "Sin preguntar",
  "question.start": "¿Aceptan pacientes nuevos? ¿Cuándo podría empezar la atención?",
  "question.start.listen": "Un inicio en pocos días. Algunos programas pueden atenderle en 48 horas.",
  "question.insurance": "¿Ustedes y todo su personal aceptan mi seguro? ¿Cuánto pagaré y qué más se cobra?",
  "question.insurance.listen":
    "Una respuesta clara sobre copagos, medicamentos, análisis y cargos extra. Es normal que le pregunten cómo va a pagar.",
  "question.license":
    "¿El programa tiene licencia y acreditación? ¿El personal tiene licencia, con un médico en el equipo o de guardia?",
  "question.license.listen":
    "Una licencia estatal vigente, acreditación de un grupo externo y títulos con nombre.",
  "question.assessment": "¿Harán una evaluación completa antes de decidir qué atención necesito?",
  "question.assessment.listen":
    "Preguntas sobre el uso, la salud, la salud mental, el hogar, el trabajo, la familia y temas legales.",
  "question.plan": "¿Harán un plan para mí y lo cambiarán con el tiempo?",
  "question.plan.listen": "Un plan que cambia según el progreso, no un número fijo de días para todos.",
  "question.medications":
    "¿Ofrecen medicamentos para el consumo de alcohol u opioides, o me dejan seguir con los míos?",
  "question.medications.listen":
    "Sí. Medicamentos como la buprenorfina, la metadona y la naltrexona ayudan en cualquier lugar.",
  "question.therapies": "¿Qué terapias usan? ¿Tienen respaldo de estudios?",
  "question.therapies.listen":
    "Nombres como terapia cognitivo-conductual o entrevista motivacional, no solo “nuestro método”.",
  "question.family": "¿Cómo incluyen a la familia?",
  "question.family.listen": "Sesiones o clases para la familia, con el permiso de la persona.",
  "question.returnToUse": "¿Qué pasa si vuelvo a consumir durante el tratamiento?",
  "question.returnToUse.listen":
    "Volver a consumir se trata como parte de la recuperación, no como motivo para echarle.",
  "question.after": "¿Qué ayuda dan cuando salgo? ¿Reservarán mi siguiente cita antes de irme?",
  "question.after.listen": "Un plan para el siguiente paso, reservado antes de salir, dentro de 7 días.",
  "warning.admissionBeforeAssessment": "Me ofrecieron una cama antes de preguntar por mi salud y mi consumo",
  "warning.upfrontCash": "Pidieron un pago grande en efectivo por adelantado",
  "warning.paidTravel": "Ofrecieron viaje, vivienda u otros regalos gratis para inscribirme",
  "warning.noMedications": "No ofrecen medicamentos para el consumo de opioides",
  "warning.noAssessment": "No harán una evaluación completa primero",
  "warning.notLicensed": "No tiene licencia ni acreditación",
  "warning.noAftercare": "No tiene un plan de atención para después de salir",
  "warning.insuranceUnclear": "No quiere decir qué cubre mi seguro",
  "programs.warningSource":
    "Estas señales de alerta vienen de un estudio de 2021 de 613 programas residenciales: uno de cada tres ofreció una cama antes de cualquier evaluación, y el 74% pidió pago por adelantado (Beetham y otros, Health Affairs 2021).",

  "plan.title": "Plan por pasos",
  "plan.intro":
    "La mayoría de las personas pasan por varios niveles de atención; por ejemplo, internación, luego IOP y luego ambulatorio. Planee cada paso y reserve el siguiente antes de dejar el anterior.",
  "plan.step": "Paso {number}",
  "plan.level": "Tipo de atención",
  "plan.start": "Primer día o primera cita",
  "plan.end": "Último día previsto",
  "plan.add": "Agregar un paso",
  "plan.remove": "Quitar este paso",
  "plan.checks": "Revisión de huecos",
  "plan.check.ok": "De {from} a {to}: {days} días. Bien, dentro de 7 días.",
  "plan.check.gap":
    "De {from} a {to}: {days} días. Son más de 7 días. Trate de reservar el siguiente paso antes.",
  "plan.check.notBooked":
    "De {from} a {to}: la siguiente cita todavía no está reservada. Resérvela antes de salir.",
  "plan.check.endUnknown": "De {from} a {to}: agregue el último día previsto para revisar el hueco.",
  "plan.check.overlap":
    "De {from} a {to}: el siguiente paso empieza antes de que termine el anterior. Revise las fechas.",
  "plan.checkIns": "Controles",
  "plan.checkIns.intro":
    "Hable con su equipo de atención a los 3, 6 y 12 meses. La atención que dura más y mantiene el contacto funciona mejor (McKay 2009).",
  "plan.checkIns.needStart": "Agregue un primer día para fijar las fechas de los controles.",
  "plan.checkIn": "Control de los {months} meses: {date}",
  "plan.download": "Descargar el archivo de calendario (.ics)",
  "plan.download.hint":
    "El archivo se crea en este dispositivo. Ábralo para agregar las fechas a su calendario.",
  "plan.calendarName": "Plan por pasos",
  "plan.event.start": "Inicio: {level}",
  "plan.event.checkIn": "Control de los {months} meses",
  "plan.event.checkIn.body":
    "Hable con su equipo de atención. ¿Sigue bien el plan? Reserve la siguiente cita.",
  "level.early-intervention": "Control y educación",
  "level.outpatient": "Consejería ambulatoria",
  "level.intensive-outpatient": "Ambulatorio intensivo (IOP)",
  "level.partial-hospitalization": "Tratamiento de día",
  "level.residential": "Atención residencial (internación)",
  "level.medically-monitored-inpatient": "Internación con supervisión médica",
  "level.medically-managed-inpatient": "Internación en hospital",
  "level.other": "Otro",

  "pages.title": "Páginas para imprimir",
  "pages.intro":
    "Imprima o guarde estas páginas como PDF. Una es para el profesional que le evalúe. Otra es para hablar con la familia. No muestran nombres, salvo que usted los escriba.",
  "pages.intro.other":
    "Imprima o guarde estas páginas como PDF. Una es para el profesional. Otra es para hablar con la familia. No muestran nombres, salvo que usted los escriba.",
  "pages.print.professional": "Imprimir la página para el profesional",
  "pages.print.family": "Imprimir la página para la familia",
  "pages.questions": "Preguntas que quiere hacerle al profesional (opcional)",
  "pages.name": "Un nombre para poner en las páginas (opcional)",
  "pro.title": "Para el profesional: resumen de Stepwise",
  "pro.provisional":
    "Una autoevaluación, no un diagnóstico ni una evaluación. Respuestas tal como se dieron, {date}. Haga una evaluación completa, por favor.",
  "pro.respondent.self": "Respondió: la persona.",
  "pro.respondent.other": "Respondió: un familiar o amigo, sobre la persona.",
  "pro.name": "Nombre: {name}",
  "pro.level": "Nivel que sugiere la autoevaluación (provisional): {level}.",
  "pro.withdrawal": "Manejo de la abstinencia sugerido: {setting}.",
  "pro.coOccurring": "Necesidades de salud mental al mismo tiempo: busque un programa que trate ambas.",
  "pro.dimensions": "Resumen de las seis dimensiones",
  "pro.dimension": "Dimensión",
  "pro.rating": "Nivel (0–4)",
  "pro.basis": "Basado en",
  "pro.noFacts": "Nada elevó este nivel, o se desconoce.",
  "pro.noResult": "Todavía no hay resultado de la autoevaluación.",
  "pro.urgent": "Asuntos urgentes",
  "pro.noUrgent": "No se encontró ninguno en las respuestas dadas.",
  "pro.unknowns": "Todavía se desconoce: pregunte, por favor",
  "pro.couldRaise": "la respuesta podría indicar {level}",
  "pro.noUnknowns": "Nada en la lista.",
  "pro.priorities": "Lo que más le importa (0–5)",
  "pro.questions": "Sus preguntas",
  "pro.noQuestions": "No escribió ninguna.",
  "pro.sure": "Prueba SURE: antes {before} de 4, después {after} de 4.",
  "pro.plan": "Plan por pasos hasta ahora",
  "pro.needsAnswers":
    "Todavía no se sugiere un nivel: no se saben las respuestas que más importan. Pregunte esto primero, por favor:",
  "pro.overdose.past-year": "Una sobredosis en el último año: alto riesgo de otra. Se aconseja naloxona.",
  "pro.overdose.longer-ago": "Una sobredosis hace más de un año: riesgo de otra. Se aconseja naloxona.",
  "pro.safetyUnknown": "No se sabe, pregunte primero: {question}",
  "pro.answers": "Respuestas dadas, tal como se preguntaron",
  "pro.answer": "{question} Respuesta: {answer}",
  "pro.substances": "Sustancias registradas",
  "pro.substance.amount.light": "cantidades pequeñas",
  "pro.substance.amount.moderate": "cantidades moderadas",
  "pro.substance.amount.heavy": "cantidades grandes",
  "pro.substance.lastUse": "último uso hace {days} días",
  "pro.notSure": "Respondió «no estoy seguro/a»",
  "pro.notAsked": "No se preguntó (se desconoce)",
  "pro.ratingNotAsked": "No se preguntó",
  "pro.inEnglish": "Imprimir la página para el profesional en inglés",
  "family.overdose":
    "Una sobredosis en el pasado hace más probable otra. Tengan naloxona (Narcan) a mano, muestren a todos dónde está y nunca usen drogas a solas.",
  "family.title": "Para la familia: nuestras opciones, lado a lado",
  "family.ratings": "Lo que le importa a cada uno",
  "family.costs": "Cuánto podría costar cada opción",
  "family.cost.line":
    "{option}: unos {amount} en total (atención, sueldo perdido, viajes y cuidado de niños).",
  "family.cost.none": "Todavía no hay cálculo del costo.",
  "family.plan": "Nuestro plan por pasos",
  "family.noPlan": "Todavía no hay fechas.",
  "family.talk": "Preguntas para conversar",
  "family.crisis":
    "En una crisis, llame o envíe un texto al 988. En una emergencia, llame al 911. Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357, gratis y privada, a toda hora.",
  unrated: "—",
  "dimension.withdrawal": "Intoxicación y abstinencia",
  "dimension.biomedical": "Salud física",
  "dimension.emotional": "Salud mental, emociones y razonamiento",
  "dimension.readiness": "Disposición para cambiar",
  "dimension.relapse": "Riesgo de volver a consumir",
  "dimension.environment": "Entorno de vida y de recuperación",
  "wm.none": "ninguno",
  "wm.ambulatory": "de forma ambulatoria",
  "wm.residential": "en un lugar residencial",
  "wm.medically-monitored": "con supervisión médica y enfermería las 24 horas",
  "wm.medically-managed": "en un hospital",
  "urgent.tier.emergency": "Emergencia",
  "urgent.tier.crisis": "Crisis",
  "urgent.tier.same-day": "El mismo día",
  "urgent.tier.ask-now": "Preguntar ahora",

  "methods.title": "Cómo hicimos esto y nuestras fuentes",
  "methods.intro":
    "Stepwise es una ayuda para decidir. Sigue los Estándares Internacionales de Ayudas para Decisiones de Pacientes (IPDAS) y la Guía Personal de Decisiones de Ottawa. No le dice qué elegir y no reemplaza a un profesional.",
  "methods.date": "Fecha del contenido: {date}. Próxima revisión completa: {review}.",
  "methods.update.title": "Cómo lo mantenemos al día",
  "methods.update":
    "Revisamos cada fuente al menos una vez al año, y antes si cambia una ley, un límite de precios o una guía (por ejemplo, los límites anuales de gastos de bolsillo). Cada cambio queda registrado con su fecha en el historial del proyecto. Las cifras conservan el año de sus datos; no ajustamos precios viejos por la inflación.",
  "methods.funding.title": "Financiamiento y conflictos de interés",
  "methods.funding":
    "Stepwise no tiene financiamiento que declarar. No recibe dinero de programas de tratamiento, aseguradoras ni anunciantes, y no tiene conflictos de interés que declarar. No tiene anuncios ni rastreadores.",
  "methods.uncertainty.title": "Qué tan segura es la evidencia",
  "methods.uncertainty":
    "Los estudios de la atención ambulatoria intensiva se calificaron de calidad alta; los de la atención residencial, de calidad moderada. Los estudios varían en quiénes participaron y cómo funcionaban los programas. Los precios vienen de pocos estudios y quizá no coincidan con un programa cercano.",
  "methods.sources.title": "Fuentes",
  "methods.source.date": "Fecha: {date}",
  "methods.source.used": "Se usa para: {use}",
  "use.ipdas": "los estándares que sigue esta ayuda",
  "use.opdg": "los pasos, las calificaciones de 0 a 5 y decidir juntos",
  "use.sure": "la prueba SURE",
  "use.mccarty": "cómo se compara IOP con la internación",
  "use.reif": "qué tan fuerte es la evidencia sobre la atención residencial",
  "use.rychtarik": "a quién le puede ir mejor con internación",
  "use.witbrodt": "el entorno del hogar y los resultados",
  "use.oregon": "los medicamentos para los opioides y el riesgo de sobredosis",
  "use.datcap": "los costos publicados de IOP",
  "use.clientDatcap": "los costos para la persona, como tiempo y viajes",
  "use.beetham": "precios residenciales, pagos por adelantado y señales de alerta",
  "use.oopLimits": "los límites de gastos de bolsillo",
  "use.parity": "las reglas de paridad",
  "use.medicaid": "la cobertura de Medicaid para atención residencial",
  "use.medicare": "la cobertura de Medicare para IOP",
  "use.hedis": "la revisión de huecos de 7 días",
  "use.mckay": "la atención continua y los controles",
  "use.proctor": "cuánto debe durar la atención continua",
  "use.niaaa": "las preguntas para los programas",
  "use.samhsa": "las señales de atención de calidad",
  "use.wordsMatter": "las palabras respetuosas",
  "use.seed": "los puntos principales sobre IOP e internación",
};
