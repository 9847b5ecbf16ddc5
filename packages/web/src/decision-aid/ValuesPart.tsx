import { topPriorities } from "./agreement.js";
import { FACTOR_IDS, type FactorId, type Ratings } from "./factors.js";
import { RatingsForm } from "./RatingsForm.js";
import { type DecisionAidText, useDecisionAid, useDecisionAidText } from "./use-decision-aid.js";

export function prioritiesLine(
  t: DecisionAidText,
  person: string,
  factors: readonly FactorId[],
  ratings: Ratings,
): string {
  const top = topPriorities(factors, ratings);
  if (top.length === 0) return t.text("values.noTop", { person });
  return t.text("values.top", {
    person,
    factors: top.map((factor) => `${t.text(`factor.${factor}`)} (${ratings[factor]})`).join("; "),
  });
}

/** What matters most to Person 1: a rating from 0 to 5 for each factor, and nothing added up. */
export function ValuesPart() {
  const t = useDecisionAidText();
  const { state, update, aboutOther } = useDecisionAid();
  const person = t.text("person.first");
  return (
    <section aria-labelledby="da-values-title">
      <h2 id="da-values-title">{t.text("values.title")}</h2>
      <p>{aboutOther ? t.text("values.intro.other") : t.text("values.intro")}</p>
      <h3>{t.text("values.person", { person })}</h3>
      <RatingsForm
        idPrefix="first"
        person={person}
        factors={FACTOR_IDS}
        ratings={state.first}
        onRate={(factor, value) =>
          update((current) => ({ ...current, first: { ...current.first, [factor]: value } }))
        }
      />
      <p class="da-status" aria-live="polite">
        {prioritiesLine(t, person, FACTOR_IDS, state.first)}
      </p>
    </section>
  );
}
