import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi, callApiVersioned } from "../clinic-api.js";
import { ChoiceGroup, Field, FormMessage, fieldError, useProblemText } from "../form-parts.js";
import {
  type OrganizationProgram,
  PROGRAM_AGE_GROUPS,
  PROGRAM_FIELDS,
  PROGRAM_LEVELS,
  PROGRAM_MEDICATIONS,
  PROGRAM_PAYMENTS,
  PROGRAM_WITHDRAWAL,
  type ProgramDraft,
  type ProgramField,
  programDraft,
  programProblems,
  programRequest,
} from "./program-form.js";
import { programsCatalog } from "./programs-messages.js";

const fieldId = (field: ProgramField) => `program-${field}`;

/** Adds a program to the organization's list, or replaces one's details (with its version, If-Match). */
export function ProgramForm({
  program,
  today,
  onSaved,
  onCancel,
}: {
  readonly program: OrganizationProgram | undefined;
  readonly today: string;
  readonly onSaved: (program: OrganizationProgram) => void;
  readonly onCancel: () => void;
}) {
  const t = useCatalog(programsCatalog);
  const problemText = useProblemText();
  const [draft, setDraft] = useState<ProgramDraft>(() => programDraft(program, today));
  const [problems, setProblems] = useState<Partial<Record<ProgramField, string>>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const [focusField, setFocusField] = useState<ProgramField | undefined>(undefined);

  useEffect(() => {
    if (focusField === undefined) return;
    document.getElementById(fieldId(focusField))?.focus();
    setFocusField(undefined);
  }, [focusField]);

  const change = (next: Partial<ProgramDraft>) => setDraft({ ...draft, ...next });

  async function submit(event: Event) {
    event.preventDefault();
    setFailure(undefined);
    const found = programProblems(draft);
    const texts: Partial<Record<ProgramField, string>> = {};
    for (const field of PROGRAM_FIELDS) {
      const key = found[field];
      if (key !== undefined) texts[field] = t.text(key);
    }
    setProblems(texts);
    const first = PROGRAM_FIELDS.find((field) => texts[field] !== undefined);
    if (first !== undefined) {
      setFocusField(first);
      return;
    }
    setSaving(true);
    try {
      const saved =
        program === undefined
          ? await callApi<OrganizationProgram>("POST", "/api/organization-programs", programRequest(draft))
          : (
              await callApiVersioned<OrganizationProgram>(
                "PUT",
                `/api/organization-programs/${program.id}`,
                programRequest(draft),
                `"v${program.version}"`,
              )
            ).result;
      onSaved(saved);
    } catch (error) {
      const named: Partial<Record<ProgramField, string>> = {};
      for (const field of PROGRAM_FIELDS) {
        const message = fieldError(error, field);
        if (message !== undefined) named[field] = message;
      }
      setProblems(named);
      setFailure(error);
      const firstNamed = PROGRAM_FIELDS.find((field) => named[field] !== undefined);
      if (firstNamed !== undefined) setFocusField(firstNamed);
    } finally {
      setSaving(false);
    }
  }

  const text = (field: "name" | "street1" | "city" | "state" | "phone" | "website", label: string) => (
    <Field
      id={fieldId(field)}
      label={label}
      required={field === "name"}
      {...(field === "name" ? {} : { hint: t.text("programs.optional") })}
      value={draft[field]}
      error={problems[field]}
      onInput={(value) => change({ [field]: value })}
    />
  );
  const hasProblems = Object.keys(problems).length > 0;
  const title =
    program === undefined
      ? t.text("programs.form.add")
      : t.text("programs.form.edit", { name: program.name });
  return (
    <form noValidate onSubmit={submit} class="program-form" aria-labelledby="program-form-heading">
      <h2 id="program-form-heading">{title}</h2>
      <FormMessage kind="error" text={hasProblems ? t.text("programs.fixFields") : undefined} />
      <FormMessage
        kind="error"
        text={failure !== undefined && !hasProblems ? problemText(failure) : undefined}
      />
      {text("name", t.text("programs.name"))}
      {text("street1", t.text("programs.street1"))}
      {text("city", t.text("programs.city"))}
      {text("state", t.text("programs.state"))}
      <Field
        id={fieldId("zip")}
        label={t.text("programs.zip")}
        hint={t.text("programs.zipHint")}
        inputMode="numeric"
        autoComplete="off"
        value={draft.zip}
        error={problems.zip}
        onInput={(zip) => change({ zip })}
      />
      {text("phone", t.text("programs.phone"))}
      {text("website", t.text("programs.website"))}
      <ChoiceGroup
        id={fieldId("levels")}
        type="checkbox"
        legend={t.text("programs.levels")}
        hint={t.text("programs.levelsHint")}
        error={problems.levels}
        options={PROGRAM_LEVELS.map((level) => ({ value: level, label: t.text(`level.${level}`) }))}
        chosen={draft.levels}
        onChange={(levels) => change({ levels })}
      />
      <ChoiceGroup
        id={fieldId("withdrawal")}
        type="checkbox"
        legend={t.text("programs.withdrawal")}
        hint={t.text("programs.withdrawalHint")}
        error={problems.withdrawal}
        options={PROGRAM_WITHDRAWAL.map((setting) => ({
          value: setting,
          label: t.text(`withdrawal.${setting}`),
        }))}
        chosen={draft.withdrawal}
        onChange={(withdrawal) => change({ withdrawal })}
      />
      <ChoiceGroup
        id={fieldId("medications")}
        type="checkbox"
        legend={t.text("programs.medications")}
        options={PROGRAM_MEDICATIONS.map((medication) => ({
          value: medication,
          label: t.text(`medication.${medication}`),
        }))}
        chosen={draft.medications}
        onChange={(medications) => change({ medications })}
      />
      <ChoiceGroup
        id={fieldId("payment")}
        type="checkbox"
        legend={t.text("programs.payment")}
        options={PROGRAM_PAYMENTS.map((payment) => ({ value: payment, label: t.text(`payment.${payment}`) }))}
        chosen={draft.payment}
        onChange={(payment) => change({ payment })}
      />
      <ChoiceGroup
        id={fieldId("ageGroups")}
        type="checkbox"
        legend={t.text("programs.ageGroups")}
        options={PROGRAM_AGE_GROUPS.map((group) => ({ value: group, label: t.text(`age.${group}`) }))}
        chosen={draft.ageGroups}
        onChange={(ageGroups) => change({ ageGroups })}
      />
      <Field
        id={fieldId("languages")}
        label={t.text("programs.languages")}
        hint={t.text("programs.languagesHint")}
        required={false}
        autoComplete="off"
        value={draft.languages}
        error={problems.languages}
        onInput={(languages) => change({ languages })}
      />
      <ChoiceGroup
        id={fieldId("coOccurringCare")}
        type="checkbox"
        legend={t.text("programs.coOccurring")}
        options={[{ value: "yes", label: t.text("programs.coOccurringYes") }]}
        chosen={draft.coOccurringCare ? ["yes"] : []}
        onChange={(chosen) => change({ coOccurringCare: chosen.includes("yes") })}
      />
      <Field
        id={fieldId("openings")}
        label={t.text("programs.openings")}
        hint={t.text("programs.openingsHint")}
        inputMode="numeric"
        required={false}
        value={draft.openings}
        error={problems.openings}
        onInput={(openings) => change({ openings })}
      />
      <Field
        id={fieldId("waitlistDays")}
        label={t.text("programs.waitlist")}
        hint={t.text("programs.waitlistHint")}
        inputMode="numeric"
        required={false}
        value={draft.waitlistDays}
        error={problems.waitlistDays}
        onInput={(waitlistDays) => change({ waitlistDays })}
      />
      <Field
        id={fieldId("availabilityUpdatedOn")}
        type="date"
        label={t.text("programs.checkedOn")}
        hint={t.text("programs.checkedOnHint")}
        value={draft.availabilityUpdatedOn}
        error={problems.availabilityUpdatedOn}
        onInput={(availabilityUpdatedOn) => change({ availabilityUpdatedOn })}
      />
      <div class="row-actions">
        <button type="submit" class="primary" disabled={saving}>
          {t.text("programs.save")}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t.text("programs.cancel")}
        </button>
      </div>
    </form>
  );
}
