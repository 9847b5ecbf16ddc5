import { useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import type { OrganizationProgram } from "./program-form.js";
import { programsCatalog } from "./programs-messages.js";

/** A language code's name in the reader's language ("es" → "Spanish"), or the code itself. */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One program: what it offers and its openings, with Edit and Retire (asked twice) for those who may. */
export function ProgramCard({
  program,
  canChange,
  onEdit,
  onRetire,
}: {
  readonly program: OrganizationProgram;
  readonly canChange: boolean;
  readonly onEdit: () => void;
  readonly onRetire: () => void;
}) {
  const t = useCatalog(programsCatalog);
  const [confirming, setConfirming] = useState(false);
  const list = (items: readonly string[]) =>
    items.length === 0 ? t.text("programs.nothing") : items.join("; ");
  const address = [program.street1, program.city, [program.state, program.zip].filter(Boolean).join(" ")]
    .filter((part) => part !== null && part !== "")
    .join(", ");
  const availability = [
    program.openings === null ? null : t.text("programs.openingsValue", { count: program.openings }),
    program.waitlistDays === null ? null : t.text("programs.waitlistValue", { days: program.waitlistDays }),
  ].filter((part): part is string => part !== null);
  const headingId = `program-${program.id}`;
  return (
    <article class="program-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{program.name}</h2>
      <p>{address}</p>
      {program.phone === null ? null : <p>{program.phone}</p>}
      <dl class="identity">
        <dt>{t.text("programs.levels")}</dt>
        <dd>{list(program.levels.map((level) => t.text(`level.${level}`)))}</dd>
        <dt>{t.text("programs.withdrawal")}</dt>
        <dd>{list(program.withdrawal.map((setting) => t.text(`withdrawal.${setting}`)))}</dd>
        <dt>{t.text("programs.medications")}</dt>
        <dd>{list(program.medications.map((medication) => t.text(`medication.${medication}`)))}</dd>
        <dt>{t.text("programs.payment")}</dt>
        <dd>{list(program.payment.map((payment) => t.text(`payment.${payment}`)))}</dd>
        <dt>{t.text("programs.languages")}</dt>
        <dd>
          {list(
            program.languages.filter((code) => code !== "en").map((code) => languageName(code, t.language)),
          )}
        </dd>
        <dt>{t.text("programs.ageGroups")}</dt>
        <dd>{list(program.ageGroups.map((group) => t.text(`age.${group}`)))}</dd>
        <dt>{t.text("programs.coOccurring")}</dt>
        <dd>{program.coOccurringCare ? t.text("programs.coOccurringYes") : t.text("programs.nothing")}</dd>
        <dt>{t.text("programs.openings")}</dt>
        <dd>
          {availability.length === 0 ? t.text("programs.availabilityUnknown") : availability.join(", ")} (
          {t.text("programs.asOf", { date: program.availabilityUpdatedOn })})
        </dd>
      </dl>
      {canChange && !confirming ? (
        <div class="row-actions">
          <button type="button" class="secondary" onClick={onEdit}>
            {t.text("programs.edit")}
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            {t.text("programs.retire")}
          </button>
        </div>
      ) : null}
      {canChange && confirming ? (
        <div class="retire-confirm">
          <p role="status">{t.text("programs.retireQuestion", { name: program.name })}</p>
          <div class="row-actions">
            <button type="button" class="primary" onClick={onRetire}>
              {t.text("programs.retireConfirm")}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t.text("programs.cancel")}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
