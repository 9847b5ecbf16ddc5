import type { InstrumentId } from "@stepwise/engine";
import type { Translator } from "../../i18n/language.js";
import {
  type FormField,
  type FormSection,
  formKey,
  inputIdFor,
  LEVELS_OF_CARE,
  SUBSTANCE_FIELDS,
  SUBSTANCES,
  TREATMENT_OUTCOME_CHOICES,
} from "./assessment-fields.js";
import { type FormValues, NONE } from "./assessment-mapping.js";
import type { AssessmentMessageKey } from "./assessment-messages.js";
import type { Engine } from "./engine-loader.js";
import { ChoiceInput, MultiInput, TextInput, YesNoInput } from "./FormInputs.js";
import type { FormLabels } from "./form-labels.js";
import { PawssEntry } from "./PawssEntry.js";
import { ScaleEntry } from "./ScaleEntry.js";

export interface SectionProps {
  readonly engine: Engine;
  readonly values: FormValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (key: string, value: string) => void;
  readonly expandedScales: ReadonlySet<InstrumentId>;
  readonly onToggleScale: (instrument: InstrumentId) => void;
  readonly labels: FormLabels;
  readonly t: Translator<AssessmentMessageKey>;
}

/** One field of the model, as the input its kind calls for. */
export function FieldInput(
  props: Pick<SectionProps, "values" | "errors" | "onChange" | "labels" | "t"> & {
    readonly field: FormField;
    readonly fieldKey: string;
    readonly label: string;
  },
) {
  const { field, fieldKey, t, labels } = props;
  const common = {
    fieldKey,
    label: props.label,
    value: props.values[fieldKey] ?? "",
    onChange: (value: string) => props.onChange(fieldKey, value),
    error: props.errors[fieldKey],
  };
  const options = (field.options ?? []).map((value) => ({
    value,
    label: field.optionSet === undefined ? value : labels.option(field.optionSet, value),
  }));
  switch (field.kind) {
    case "yes-no":
      return (
        <YesNoInput
          {...common}
          words={{ notAsked: t.text("form.notAsked"), no: t.text("form.no"), yes: t.text("form.yes") }}
        />
      );
    case "choice":
      return <ChoiceInput {...common} options={options} notAsked={t.text("form.notAsked")} />;
    case "multi":
      return <MultiInput {...common} options={options} noneOfThese={t.text("form.noneOfThese")} />;
    default:
      return (
        <TextInput
          {...common}
          kind={field.kind}
          hint={field.kind === "date" ? t.text("hint.date") : undefined}
        />
      );
  }
}

/** A substance's other questions appear once it is asked about (any answer in its row). */
function substanceAsked(values: FormValues, substance: string): boolean {
  return SUBSTANCE_FIELDS.some((field) => (values[formKey.substance(substance, field.key)] ?? "") !== "");
}

function Substances(props: SectionProps) {
  const { t, labels } = props;
  return (
    <section class="form-part" aria-labelledby="part-substances">
      <h3 id="part-substances">{t.text("substances.title")}</h3>
      <p class="field__hint">{t.text("substances.hint")}</p>
      {SUBSTANCES.map((substance) => (
        <fieldset key={substance} class="substance-row">
          <legend>{labels.option("substance", substance)}</legend>
          <div class="field-grid">
            {SUBSTANCE_FIELDS.filter(
              (field) => field.key === "frequency" || substanceAsked(props.values, substance),
            ).map((field) => (
              <FieldInput
                key={field.key}
                {...props}
                field={field}
                fieldKey={formKey.substance(substance, field.key)}
                label={`${labels.option("substance", substance)}: ${t.text(`substance.${field.key}` as AssessmentMessageKey)}`}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
}

function Treatments(props: SectionProps) {
  const { t, labels } = props;
  const noneKey = formKey.noTreatment;
  return (
    <section class="form-part" aria-labelledby="part-treatments">
      <h3 id="part-treatments">{t.text("treatments.title")}</h3>
      <p class="field__hint">{labels.question("history.treatments")}</p>
      <label class="multi__choice">
        <input
          type="checkbox"
          id={inputIdFor(noneKey)}
          checked={props.values[noneKey] === NONE}
          onChange={(event) =>
            props.onChange(noneKey, (event.currentTarget as HTMLInputElement).checked ? NONE : "")
          }
        />
        {t.text("treatments.none")}
      </label>
      <div class="field-grid">
        {LEVELS_OF_CARE.map((level) => (
          <div key={level} class="field-pair">
            <FieldInput
              {...props}
              field={{
                key: "outcome",
                kind: "choice",
                options: TREATMENT_OUTCOME_CHOICES,
                optionSet: "outcome",
              }}
              fieldKey={formKey.treatment(level, "outcome")}
              label={t.text("treatments.outcome", { level: labels.level(level) })}
            />
            {(props.values[formKey.treatment(level, "outcome")] ?? "") === "" &&
            (props.values[formKey.treatment(level, "months")] ?? "") === "" ? null : (
              <FieldInput
                {...props}
                field={{ key: "months", kind: "number" }}
                fieldKey={formKey.treatment(level, "months")}
                label={t.text("treatments.months", { level: labels.level(level) })}
              />
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function Waitlist(props: SectionProps) {
  const { t, labels } = props;
  return (
    <section class="form-part" aria-labelledby="part-waitlist">
      <h3 id="part-waitlist">{t.text("waitlist.title")}</h3>
      <div class="field-grid">
        {LEVELS_OF_CARE.map((level) => (
          <FieldInput
            key={level}
            {...props}
            field={{ key: "days", kind: "number" }}
            fieldKey={formKey.waitlist(level)}
            label={t.text("waitlist.days", { level: labels.level(level) })}
          />
        ))}
      </div>
    </section>
  );
}

/** A section of the form: its questions, then its lists and scales. */
export function FormSectionView(props: SectionProps & { readonly section: FormSection }) {
  const { section, t, labels } = props;
  return (
    <section class="form-section" aria-labelledby={`section-${section.id}`}>
      <h2 id={`section-${section.id}`} tabIndex={-1}>
        {t.text(`section.${section.id}` as AssessmentMessageKey)}
      </h2>
      {section.fields.map((field) => (
        <FieldInput
          key={field.key}
          {...props}
          field={field}
          fieldKey={field.key}
          label={labels.question(field.key)}
        />
      ))}
      {section.parts.map((part) => {
        if (part === "substances") return <Substances key={part} {...props} />;
        if (part === "treatments") return <Treatments key={part} {...props} />;
        if (part === "waitlist") return <Waitlist key={part} {...props} />;
        if (part === "pawss") return <PawssEntry key={part} {...props} />;
        const instrument = part.slice("scale:".length) as InstrumentId;
        return (
          <ScaleEntry
            key={part}
            engine={props.engine}
            instrument={instrument}
            values={props.values}
            expanded={props.expandedScales.has(instrument)}
            onToggle={() => props.onToggleScale(instrument)}
            onChange={props.onChange}
            errors={props.errors}
            t={t}
          />
        );
      })}
    </section>
  );
}
