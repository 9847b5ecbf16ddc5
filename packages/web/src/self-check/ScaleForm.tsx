import { PHQ_9, type ScaleResult, scoreInstrument } from "@stepwise/engine";
import { useState } from "preact/hooks";
import { useCatalog, useLanguage } from "../i18n/language.js";
import { PHQ_9_SPANISH } from "./phq-9-spanish.js";
import { selfCheckCatalog } from "./self-check-messages.js";

/** The scored PHQ-9 items (item 10, the difficulty question, is not scored and not asked here). */
const ITEMS = PHQ_9.items.filter((item) => item.countsTowardTotal);

/**
 * The PHQ-9, offered only to a person answering for themself: it is validated as a self-report
 * (docs/instruments.md). Every item may be left blank; a blank item leaves the total unknown rather than lower
 * (engine scoring), and the result says so.
 */
export function Phq9Form({
  onScored,
  onCancel,
}: {
  onScored: (result: ScaleResult) => void;
  onCancel: () => void;
}) {
  const t = useCatalog(selfCheckCatalog);
  const language = useLanguage();
  const [answers, setAnswers] = useState<Readonly<Record<string, string>>>({});
  const itemText = (id: string, english: string) =>
    language === "es" ? (PHQ_9_SPANISH.items[id] ?? english) : english;
  const optionText = (code: string, english: string | null) =>
    language === "es" ? (PHQ_9_SPANISH.options[code] ?? english ?? code) : (english ?? code);
  return (
    <form
      class="scale-form"
      aria-labelledby="phq-9-title"
      onSubmit={(event) => {
        event.preventDefault();
        onScored(scoreInstrument("phq-9", answers));
      }}
    >
      <h3 id="phq-9-title">{t.text("scales.phq9.title")}</h3>
      <p>{language === "es" ? PHQ_9_SPANISH.instructions : PHQ_9.instructions}</p>
      {ITEMS.map((item) => (
        <fieldset key={item.id} class="scale-item">
          <legend>
            {item.number}. {itemText(item.id, item.text)}
          </legend>
          {item.options.map((option) => (
            <label key={option.code} class="scale-option">
              <input
                type="radio"
                name={item.id}
                value={option.code}
                checked={answers[item.id] === option.code}
                onChange={() => setAnswers({ ...answers, [item.id]: option.code })}
              />
              {optionText(option.code, option.label)}
            </label>
          ))}
        </fieldset>
      ))}
      <p class="hint">{t.text("scales.phq9.source")}</p>
      <div class="flow-nav">
        <button type="submit" class="primary">
          {t.text("scales.add")}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t.text("scales.cancel")}
        </button>
      </div>
    </form>
  );
}
