import type { MessageText } from "@stepwise/engine";

/**
 * The Prediction of Alcohol Withdrawal Severity Scale (PAWSS; Maldonado et al., Alcohol 2014;48(4):375–390):
 * ten yes/no items, one point each, asked when there was any alcohol in the past 30 days. A total of 4 or
 * more means a high risk of complicated withdrawal (BCCSU guidance; the engine's rule `pawss-high`). The
 * engine stores only the total (`withdrawal.pawssScore`), so the items are scored here, on the device.
 * The items are our short plain-language summaries of the published ones, not the published wording.
 */
export const PAWSS_ITEMS: readonly { readonly id: string; readonly text: MessageText }[] = [
  {
    id: "1",
    text: {
      en: "Drunk (intoxicated) in the past 30 days",
      es: "Estuvo ebrio o ebria (intoxicado) en los últimos 30 días",
    },
  },
  {
    id: "2",
    text: {
      en: "Ever had treatment for alcohol use (rehab)",
      es: "Alguna vez recibió tratamiento por el consumo de alcohol",
    },
  },
  {
    id: "3",
    text: {
      en: "Ever had alcohol withdrawal, of any severity",
      es: "Alguna vez tuvo abstinencia del alcohol, de cualquier gravedad",
    },
  },
  { id: "4", text: { en: "Ever had blackouts", es: "Alguna vez tuvo lagunas de memoria" } },
  {
    id: "5",
    text: {
      en: "Ever had a seizure in alcohol withdrawal",
      es: "Alguna vez tuvo una convulsión en la abstinencia del alcohol",
    },
  },
  {
    id: "6",
    text: {
      en: "Ever had delirium (DTs) in alcohol withdrawal",
      es: "Alguna vez tuvo delirio (DT) en la abstinencia del alcohol",
    },
  },
  {
    id: "7",
    text: {
      en: "Mixed alcohol with sedatives (like benzodiazepines) in the past 90 days",
      es: "Mezcló alcohol con sedantes (como benzodiacepinas) en los últimos 90 días",
    },
  },
  {
    id: "8",
    text: {
      en: "Mixed alcohol with any other drug in the past 90 days",
      es: "Mezcló alcohol con cualquier otra droga en los últimos 90 días",
    },
  },
  {
    id: "9",
    text: {
      en: "Blood alcohol level of 200 mg/dL or more on arrival",
      es: "Nivel de alcohol en sangre de 200 mg/dL o más al llegar",
    },
  },
  {
    id: "10",
    text: {
      en: "Signs of an overactive nervous system (pulse over 120, tremor, sweating, agitation, nausea)",
      es: "Signos de un sistema nervioso muy activo (pulso de más de 120, temblor, sudor, agitación, náuseas)",
    },
  },
];

export const PAWSS_HIGH_RISK = 4;

export interface PawssTotal {
  /** Points so far (each "yes" is one). */
  readonly points: number;
  readonly answered: number;
  /** The total once every item is answered; null before. */
  readonly total: number | null;
  /** High risk is known as soon as 4 items are "yes", even before the rest are asked. */
  readonly highRisk: boolean;
}

export function scorePawss(answers: Readonly<Record<string, string | undefined>>): PawssTotal {
  let points = 0;
  let answered = 0;
  for (const item of PAWSS_ITEMS) {
    const answer = answers[item.id];
    if (answer === "yes" || answer === "no") answered += 1;
    if (answer === "yes") points += 1;
  }
  return {
    points,
    answered,
    total: answered === PAWSS_ITEMS.length ? points : null,
    highRisk: points >= PAWSS_HIGH_RISK,
  };
}
