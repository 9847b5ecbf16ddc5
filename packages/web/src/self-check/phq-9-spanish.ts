/**
 * The PHQ-9 in Spanish for the United States, as published by Pfizer with the English form (same
 * licence: "No permission required to reproduce, translate, display or distribute";
 * docs/design/instruments.md §1.6). Validated wording is shown as published and is exempt from the reading-level
 * test. Item ids match the engine's PHQ_9 definition.
 */
export const PHQ_9_SPANISH = {
  instructions:
    "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
  items: {
    "phq-9.1": "Poco interés o placer en hacer cosas",
    "phq-9.2": "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
    "phq-9.3": "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    "phq-9.4": "Se ha sentido cansado(a) o con poca energía",
    "phq-9.5": "Sin apetito o ha comido en exceso",
    "phq-9.6":
      "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia",
    "phq-9.7":
      "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión",
    "phq-9.8":
      "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
    "phq-9.9": "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
  } as Readonly<Record<string, string>>,
  options: {
    "not-at-all": "Ningún día",
    "several-days": "Varios días",
    "more-than-half-the-days": "Más de la mitad de los días",
    "nearly-every-day": "Casi todos los días",
  } as Readonly<Record<string, string>>,
};
