import { type FactorId, type Importance, RATING_VALUES, type Ratings } from "./factors.js";
import { type DecisionAidText, useDecisionAidText } from "./use-decision-aid.js";

interface RatingsFormProps {
  /** Unique per form on the page, so radio groups never mix. */
  readonly idPrefix: string;
  readonly person: string;
  readonly factors: readonly FactorId[];
  readonly ratings: Ratings;
  readonly onRate: (factor: FactorId, value: Importance) => void;
}

/** 0–5 for each factor (Ottawa Personal Decision Guide, step 4), as plain radio buttons: keyboard and screen-reader friendly. */
export function RatingsForm({ idPrefix, person, factors, ratings, onRate }: RatingsFormProps) {
  const t = useDecisionAidText();
  return (
    <div class="da-ratings">
      {factors.map((factor) => (
        <fieldset key={factor} class="da-rating">
          <legend>{t.text(`factor.${factor}`)}</legend>
          <div class="da-rating__scale">
            {RATING_VALUES.map((value) => (
              <label key={value} class="da-rating__choice">
                <input
                  type="radio"
                  name={`${idPrefix}-${factor}`}
                  value={value}
                  checked={ratings[factor] === value}
                  onChange={() => onRate(factor, value)}
                  aria-label={`${value} — ${ratingLabel(t, factor, person)}`}
                />
                <span aria-hidden="true">{value}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}

function ratingLabel(t: DecisionAidText, factor: FactorId, person: string): string {
  return t.text("rating.label", { factor: t.text(`factor.${factor}`), person });
}
