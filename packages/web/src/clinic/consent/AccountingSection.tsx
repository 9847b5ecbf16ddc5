import { useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { Field } from "../form-parts.js";
import { momentText } from "./consent-dates.js";
import type { DisclosureRecord } from "./consent-form.js";
import { isIsoDay } from "./consent-form.js";
import { consentCatalog } from "./consent-messages.js";
import { DisclosureTable } from "./DisclosureForm.js";

export interface AccountingPeriod {
  readonly from: string;
  readonly to: string;
}

/** The client's accounting of disclosures on screen, for a period or for all time, ready to print. */
export function AccountingSection({
  disclosures,
  period,
  onPeriod,
  onPrint,
}: {
  readonly disclosures: readonly DisclosureRecord[];
  readonly period: AccountingPeriod;
  readonly onPeriod: (period: AccountingPeriod) => void;
  readonly onPrint: () => void;
}) {
  const t = useCatalog(consentCatalog);
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [badField, setBadField] = useState<"from" | "to" | undefined>(undefined);

  function show(event: Event) {
    event.preventDefault();
    const bad = from !== "" && !isIsoDay(from) ? "from" : to !== "" && !isIsoDay(to) ? "to" : undefined;
    setBadField(bad);
    if (bad !== undefined) {
      document.getElementById(`accounting-${bad}`)?.focus();
      return;
    }
    onPeriod({ from, to });
  }

  return (
    <section aria-labelledby="accounting-heading">
      <h2 id="accounting-heading">{t.text("accounting.title")}</h2>
      <p>{t.text("accounting.intro")}</p>
      <form noValidate onSubmit={show} class="period-form">
        <p class="field__hint">{t.text("accounting.periodHint")}</p>
        <div class="period-form__days">
          <Field
            id="accounting-from"
            type="date"
            required={false}
            label={t.text("accounting.from")}
            value={from}
            error={badField === "from" ? t.text("accounting.badDay") : undefined}
            onInput={setFrom}
          />
          <Field
            id="accounting-to"
            type="date"
            required={false}
            label={t.text("accounting.to")}
            value={to}
            error={badField === "to" ? t.text("accounting.badDay") : undefined}
            onInput={setTo}
          />
        </div>
        <button type="submit" class="secondary">
          {t.text("accounting.show")}
        </button>
      </form>
      <DisclosureTable disclosures={disclosures} momentOf={(iso) => momentText(iso, t.language)} />
      <button type="button" class="secondary" onClick={onPrint}>
        {t.text("accounting.print")}
      </button>
    </section>
  );
}
