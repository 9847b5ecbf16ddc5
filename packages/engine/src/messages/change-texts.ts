/** What would need to change, keyed by `path=value` from a wouldChange entry (facts.ts reliefs). */
import type { MessageText } from "./message-text.js";

export const CHANGE_TEXTS: Readonly<Record<string, MessageText>> = {
  "withdrawal.over=true": {
    en: "withdrawal is over (withdrawal care is done)",
    es: "termine la abstinencia (se complete el manejo de la abstinencia)",
  },
  "withdrawal.signsNow=none": {
    en: "no withdrawal signs are left",
    es: "no queden signos de abstinencia",
  },
  "medical.condition=stable": {
    en: "the health problem is stable",
    es: "el problema de salud esté estable",
  },
  "mentalHealth.stability=stable": {
    en: "mental health symptoms are steady",
    es: "los síntomas de salud mental estén estables",
  },
  "readiness.stage=ready": {
    en: "{you} feel ready to make a change",
    es: "{usted} sienta que es el momento de hacer un cambio",
  },
  "readiness.willingToAttendAllAppointments=true": {
    en: "{you} can go to every appointment",
    es: "{usted} pueda ir a todas las citas",
  },
  "history.canStayAbstinentAtHome=true": {
    en: "{you} can stay off alcohol and drugs at home (for example, in a sober living home)",
    es: "{usted} pueda mantenerse sin alcohol ni drogas en casa (por ejemplo, en una vivienda sin consumo)",
  },
  "history.cravings=mild": { en: "cravings are milder", es: "los antojos sean más leves" },
  "history.copingSkills=some": {
    en: "{you} have some ways to cope with cravings",
    es: "{usted} tenga algunas formas de afrontar los antojos",
  },
  "environment.housing=stable": {
    en: "a stable, alcohol- and drug-free place to live is arranged",
    es: "se consiga un lugar estable donde vivir, sin alcohol ni drogas",
  },
  "environment.homeSafe=true": {
    en: "home is safe and supports recovery",
    es: "el hogar sea seguro y apoye la recuperación",
  },
  "environment.othersUseAtHome=false": {
    en: "no one at home uses alcohol or drugs",
    es: "nadie en casa consuma alcohol ni drogas",
  },
  "environment.supportNetwork=some": {
    en: "{you} have some people who support {your} recovery",
    es: "{usted} tenga algunas personas que apoyen su recuperación",
  },
  "environment.reliableTransport=true": {
    en: "a sure way to get to appointments is arranged",
    es: "se consiga una forma segura de llegar a las citas",
  },
};
