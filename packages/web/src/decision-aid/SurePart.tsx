import { SURE_ITEMS, type SureAnswers, type SureItem, scoreSure, sureChange } from "./sure-test.js";
import { useDecisionAidText } from "./use-decision-aid.js";

interface SureFormProps {
  readonly id: string;
  readonly heading: string;
  readonly answers: SureAnswers;
  readonly aboutOther: boolean;
  readonly onAnswer: (item: SureItem, value: boolean) => void;
  /** The first time's answers, to say whether the decision got clearer. */
  readonly before?: SureAnswers;
}

/** The SURE test's four yes/no questions (Légaré 2010), before and after weighing the options. */
export function SureForm({ id, heading, answers, aboutOther, onAnswer, before }: SureFormProps) {
  const t = useDecisionAidText();
  const result = scoreSure(answers);
  const change = before === undefined ? null : sureChange(before, answers);
  const beforeScore = before === undefined ? null : scoreSure(before).score;
  return (
    <section class="da-sure" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{heading}</h2>
      {/* The second time it is the last time: it does not promise another round. */}
      <p>{before === undefined ? t.text("sure.intro") : t.text("sure.introAfter")}</p>
      {SURE_ITEMS.map((item) => {
        const question = item === "sure" && aboutOther ? t.text("sure.sure.other") : t.text(`sure.${item}`);
        return (
          <fieldset key={item} class="da-yes-no">
            <legend>{question}</legend>
            {([true, false] as const).map((value) => (
              <label key={String(value)} class="da-choice">
                <input
                  type="radio"
                  name={`${id}-${item}`}
                  checked={answers[item] === value}
                  onChange={() => onAnswer(item, value)}
                />
                {value ? t.text("sure.yes") : t.text("sure.no")}
              </label>
            ))}
          </fieldset>
        );
      })}
      <div aria-live="polite">
        {result.score === null ? null : (
          <p class="da-status">
            {t.text("sure.score", { score: result.score })}{" "}
            {result.clear === true ? t.text("sure.clear") : t.text("sure.unsure")}
          </p>
        )}
        {change === null || change === "not-yet" || beforeScore === null || result.score === null ? null : (
          <p class="da-status">
            {t.text(
              change === "clearer" ? "sure.clearer" : change === "same" ? "sure.same" : "sure.lessClear",
              {
                before: beforeScore,
                after: result.score,
              },
            )}
          </p>
        )}
      </div>
      <p class="da-source">{t.text("sure.source")}</p>
    </section>
  );
}
