import { COVERAGE_TYPES, type CoverageType } from "@stepwise/engine";
import type { CostEstimate } from "./cost-estimate.js";
import {
  checkPlan,
  effectivePlan,
  estimateOption,
  type FieldProblem,
  insured,
  type OptionEstimate,
  shownCostOptions,
} from "./cost-form.js";
import type { CostOption, CostOptionInputs, PlanInputs } from "./decision-aid-state.js";
import type { DecisionAidKey } from "./messages-en.js";
import { PUBLISHED_PRICES } from "./published-prices.js";
import { formatDate, formatMoney, useDecisionAid, useDecisionAidText } from "./use-decision-aid.js";

const OPTION_LABEL: Record<CostOption, DecisionAidKey> = {
  "intensive-outpatient": "compare.iop",
  residential: "compare.inpatient",
  "partial-hospitalization": "compare.day",
};

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly problem: FieldProblem | undefined;
  readonly onInput: (value: string) => void;
  readonly type?: "text" | "date";
}

function Field({ id, label, value, problem, onInput, type = "text" }: FieldProps) {
  const t = useDecisionAidText();
  return (
    <div class="da-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        inputMode={type === "text" ? "decimal" : undefined}
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={problem === undefined ? undefined : `${id}-problem`}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {problem === undefined ? null : (
        <p id={`${id}-problem`} class="da-problem">
          {t.text("cost.bad", { expected: t.text(problem) })}
        </p>
      )}
    </div>
  );
}

/**
 * What each option may cost this person: the program's rate × length through their plan's deductible,
 * coinsurance or copay and out-of-pocket maximum, year by year, plus lost pay, travel and childcare
 * (docs/design/consumer.md §3). Published figures are offered with their source and year.
 */
export function CostPart() {
  const t = useDecisionAidText();
  const { state, update, result, assessment } = useDecisionAid();
  const language = t.language;
  const plan = state.plan;
  const planInUse = effectivePlan(plan, assessment.access?.coverage);
  const coverage = planInUse.coverage;
  const planCheck = insured(coverage)
    ? checkPlan(planInUse)
    : { value: null, problems: {} as Record<string, FieldProblem> };
  const options = shownCostOptions(state, result?.level);
  const estimates = Object.fromEntries(
    options.map((option) => [option, estimateOption(state.costs[option], planInUse)]),
  ) as Record<CostOption, OptionEstimate>;
  const setPlan = (change: Partial<PlanInputs>) =>
    update((current) => ({ ...current, plan: { ...current.plan, coverage, ...change } }));
  const setOption = (option: CostOption, change: Partial<CostOptionInputs>) =>
    update((current) => ({
      ...current,
      costs: { ...current.costs, [option]: { ...current.costs[option], ...change } },
    }));
  const money = (cents: number) => formatMoney(cents, language);
  const rows: { key: DecisionAidKey; value: (estimate: CostEstimate) => number }[] = [
    { key: "cost.charges", value: (estimate) => estimate.charges },
    {
      key: "cost.deductiblePart",
      value: (estimate) => estimate.planYears.reduce((sum, year) => sum + year.deductiblePart, 0),
    },
    {
      key: "cost.sharingPart",
      value: (estimate) => estimate.planYears.reduce((sum, year) => sum + year.costSharingPart, 0),
    },
    { key: "cost.youPayCare", value: (estimate) => estimate.youPayForCare },
    { key: "cost.planPays", value: (estimate) => estimate.planPays },
    { key: "cost.lostWagesTotal", value: (estimate) => estimate.lostWages },
    { key: "cost.travelTotal", value: (estimate) => estimate.travel },
    { key: "cost.childcareTotal", value: (estimate) => estimate.childcare },
    { key: "cost.total", value: (estimate) => estimate.total },
  ];
  return (
    <section aria-labelledby="da-cost-title">
      <h2 id="da-cost-title">{t.text("cost.title")}</h2>
      <p>{t.text("cost.intro")}</p>
      <div class="da-field">
        <label for="da-coverage">{t.text("cost.coverage")}</label>
        <select
          id="da-coverage"
          value={coverage}
          onChange={(event) => setPlan({ coverage: event.currentTarget.value as CoverageType | "" })}
        >
          <option value="">{t.text("coverage.choose")}</option>
          {COVERAGE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t.text(`coverage.${type}`)}
            </option>
          ))}
        </select>
      </div>
      {insured(coverage) ? (
        <fieldset class="da-group">
          <legend>{t.text("cost.plan")}</legend>
          <p class="da-hint">{t.text("cost.plan.hint")}</p>
          <Field
            id="da-deductible"
            label={t.text("cost.deductible")}
            value={plan.deductible}
            problem={planCheck.problems.deductible}
            onInput={(value) => setPlan({ deductible: value })}
          />
          <Field
            id="da-deductible-met"
            label={t.text("cost.deductibleMet")}
            value={plan.deductibleMet}
            problem={planCheck.problems.deductibleMet}
            onInput={(value) => setPlan({ deductibleMet: value })}
          />
          <fieldset class="da-yes-no">
            <legend>{t.text("cost.sharing")}</legend>
            {(["coinsurance", "copay"] as const).map((sharing) => (
              <label key={sharing} class="da-choice">
                <input
                  type="radio"
                  name="da-sharing"
                  checked={plan.sharing === sharing}
                  onChange={() => setPlan({ sharing })}
                />
                {t.text(`cost.sharing.${sharing}`)}
              </label>
            ))}
          </fieldset>
          {plan.sharing === "coinsurance" ? (
            <Field
              id="da-coinsurance"
              label={t.text("cost.coinsurance")}
              value={plan.coinsurance}
              problem={planCheck.problems.coinsurance}
              onInput={(value) => setPlan({ coinsurance: value })}
            />
          ) : (
            <Field
              id="da-copay"
              label={t.text("cost.copay")}
              value={plan.copay}
              problem={planCheck.problems.copay}
              onInput={(value) => setPlan({ copay: value })}
            />
          )}
          <Field
            id="da-oop-max"
            label={t.text("cost.oopMax")}
            value={plan.oopMax}
            problem={planCheck.problems.oopMax}
            onInput={(value) => setPlan({ oopMax: value })}
          />
          <Field
            id="da-oop-spent"
            label={t.text("cost.oopSpent")}
            value={plan.oopSpent}
            problem={planCheck.problems.oopSpent}
            onInput={(value) => setPlan({ oopSpent: value })}
          />
          <div class="da-field">
            <label for="da-plan-year">{t.text("cost.planYearStart")}</label>
            <select
              id="da-plan-year"
              value={String(plan.planYearStartMonth)}
              onChange={(event) => setPlan({ planYearStartMonth: Number(event.currentTarget.value) })}
            >
              {MONTHS.map((month) => (
                <option key={month} value={String(month)}>
                  {new Intl.DateTimeFormat(language === "es" ? "es-US" : "en-US", {
                    month: "long",
                    timeZone: "UTC",
                  }).format(new Date(Date.UTC(2026, month - 1, 1)))}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      ) : (
        <p class="da-note">{coverage === "none" ? t.text("cost.noPlan") : t.text("cost.choosePlan")}</p>
      )}
      <div class="da-options">
        {options.map((option) => {
          const inputs = state.costs[option];
          const problems = estimates[option].problems;
          const prefix = `da-${option}`;
          return (
            <fieldset key={option} class="da-group">
              <legend>{t.text(OPTION_LABEL[option])}</legend>
              <Field
                id={`${prefix}-start`}
                type="date"
                label={t.text("cost.startDate")}
                value={inputs.startDate}
                problem={problems.startDate}
                onInput={(value) => setOption(option, { startDate: value })}
              />
              <Field
                id={`${prefix}-rate`}
                label={t.text("cost.rate")}
                value={inputs.rate}
                problem={problems.rate}
                onInput={(value) => setOption(option, { rate: value })}
              />
              <div class="da-field">
                <label for={`${prefix}-unit`}>{t.text("cost.rateUnit")}</label>
                <select
                  id={`${prefix}-unit`}
                  value={inputs.rateUnit}
                  onChange={(event) =>
                    setOption(option, { rateUnit: event.currentTarget.value === "day" ? "day" : "week" })
                  }
                >
                  <option value="day">{t.text("cost.unit.day")}</option>
                  <option value="week">{t.text("cost.unit.week")}</option>
                </select>
              </div>
              <Field
                id={`${prefix}-units`}
                label={t.text(inputs.rateUnit === "day" ? "cost.units.day" : "cost.units.week")}
                value={inputs.units}
                problem={problems.units}
                onInput={(value) => setOption(option, { units: value })}
              />
              <Field
                id={`${prefix}-wages`}
                label={t.text("cost.lostWages")}
                value={inputs.lostWages}
                problem={problems.lostWages}
                onInput={(value) => setOption(option, { lostWages: value })}
              />
              <Field
                id={`${prefix}-travel`}
                label={t.text("cost.travel")}
                value={inputs.travel}
                problem={problems.travel}
                onInput={(value) => setOption(option, { travel: value })}
              />
              <Field
                id={`${prefix}-childcare`}
                label={t.text("cost.childcare")}
                value={inputs.childcare}
                problem={problems.childcare}
                onInput={(value) => setOption(option, { childcare: value })}
              />
            </fieldset>
          );
        })}
      </div>
      <h3>{t.text("cost.results")}</h3>
      <div aria-live="polite">
        <table class="comparison da-cost-table">
          <thead>
            <tr>
              <th scope="col">{t.text("compare.what")}</th>
              {options.map((option) => (
                <th scope="col" key={option}>
                  {t.text(OPTION_LABEL[option])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} class={row.key === "cost.total" ? "da-total" : undefined}>
                <th scope="row">{t.text(row.key)}</th>
                {options.map((option) => {
                  const estimate = estimates[option].estimate;
                  return (
                    <td key={option} data-label={t.text(OPTION_LABEL[option])}>
                      {estimate === null ? t.text("unrated") : money(row.value(estimate))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {options.map((option) => {
          const estimate = estimates[option].estimate;
          const label = t.text(OPTION_LABEL[option]);
          if (estimate === null)
            return <p key={option} class="da-note">{`${label}: ${t.text("cost.needRate")}`}</p>;
          const notes: string[] = [];
          const second = estimate.planYears[1];
          if (second !== undefined)
            notes.push(t.text("cost.crossesYear", { date: formatDate(second.planYearStart, language) }));
          if (estimate.planYears.some((year) => year.reachedOutOfPocketMax))
            notes.push(t.text("cost.reachedMax"));
          return notes.length === 0 ? null : (
            <p key={option} class="da-note">
              {`${label}: ${notes.join(" ")}`}
            </p>
          );
        })}
      </div>
      <p class="da-note">{t.text("cost.caveat")}</p>
      <h3>{t.text("cost.published.title")}</h3>
      <table class="comparison">
        <thead>
          <tr>
            <th scope="col">{t.text("cost.published.measure")}</th>
            <th scope="col">{t.text("cost.published.figure")}</th>
            <th scope="col">{t.text("cost.published.source")}</th>
          </tr>
        </thead>
        <tbody>
          {PUBLISHED_PRICES.map((price) => {
            const usable = price.usableFor;
            return (
              <tr key={price.measure}>
                <th scope="row">{t.text(price.measure)}</th>
                <td data-label={t.text("cost.published.figure")}>
                  {money(price.amount)}
                  {usable === null ? null : (
                    <button
                      type="button"
                      class="da-button da-button--small"
                      onClick={() =>
                        setOption(usable.option, { rate: String(price.amount / 100), rateUnit: usable.unit })
                      }
                    >
                      {t.text("cost.published.use", { option: t.text(OPTION_LABEL[usable.option]) })}
                    </button>
                  )}
                </td>
                <td data-label={t.text("cost.published.source")}>{t.text(price.source)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t.text("cost.notes.title")}</h3>
      <ul>
        <li>{t.text("cost.note.parity")}</li>
        <li>{t.text("cost.note.medicaid")}</li>
        <li>{t.text("cost.note.medicare")}</li>
        <li>{t.text("cost.note.none")}</li>
        <li>{t.text("cost.note.oopLimit")}</li>
      </ul>
    </section>
  );
}
