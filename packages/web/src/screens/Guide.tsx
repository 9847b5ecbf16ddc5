import { LEVELS_OF_CARE } from "@stepwise/engine";
import type { ComponentChildren } from "preact";
import { DecisionAidEntry } from "../decision-aid/DecisionAidEntry.js";
import { useTranslator } from "../i18n/language.js";
import type { MessageKey } from "../i18n/messages-en.js";
import { isScreenAvailable, navigation } from "../navigation.js";

/**
 * The public guide: every part of the seed article in our own words — what IOP and inpatient care
 * are, how they differ, when each fits, readiness for outpatient care, moving between levels, and
 * "get a professional assessment and weigh it with your loved ones".
 */
const SECTIONS = [
  "iop",
  "inpatient",
  "differences",
  "iopFits",
  "inpatientFits",
  "readiness",
  "transitions",
  "levels",
  "assessment",
] as const;

type SectionId = (typeof SECTIONS)[number];

const COMPARISON_ROWS = ["supervision", "intensity", "schedule", "independence", "cost"] as const;

function Section({ id, children }: { id: SectionId; children: ComponentChildren }) {
  const t = useTranslator();
  return (
    <section id={`guide-${id}`} aria-labelledby={`guide-${id}-title`} class="guide-section">
      <h2 id={`guide-${id}-title`}>{t.text(`guide.${id}.title` as MessageKey)}</h2>
      {children}
    </section>
  );
}

/** The way into the self-check: a private check of which care may fit. */
function SelfCheckEntry() {
  const t = useTranslator();
  if (!isScreenAvailable("self-check")) return null;
  return (
    <aside class="self-check-entry" aria-label={t.text("guide.selfCheck.label")}>
      <p>{t.text("guide.selfCheck.body")}</p>
      <button type="button" class="primary" onClick={() => navigation.navigate("self-check")}>
        {t.text("guide.selfCheck.start")}
      </button>
    </aside>
  );
}

function Points({ messageKey }: { messageKey: MessageKey }) {
  const t = useTranslator();
  return (
    <ul class="points">
      {t.list(messageKey).map((point) => (
        <li key={point}>{point}</li>
      ))}
    </ul>
  );
}

export function Guide() {
  const t = useTranslator();
  return (
    <article class="guide">
      <h1>{t.text("guide.title")}</h1>
      <p class="lead">{t.text("guide.intro")}</p>
      <SelfCheckEntry />
      <nav aria-labelledby="guide-contents" class="contents">
        <h2 id="guide-contents" class="contents__title">
          {t.text("guide.contents")}
        </h2>
        <ol>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#guide-${id}`}>{t.text(`guide.${id}.title` as MessageKey)}</a>
            </li>
          ))}
        </ol>
      </nav>

      <Section id="iop">
        <p>{t.text("guide.iop.body")}</p>
      </Section>
      <Section id="inpatient">
        <p>{t.text("guide.inpatient.body")}</p>
      </Section>
      <Section id="differences">
        <p>{t.text("guide.differences.intro")}</p>
        {/* Three short columns wrap to fit a phone, so the table never needs sideways scrolling. */}
        <table class="comparison">
          <thead>
            <tr>
              <th scope="col">{t.text("guide.differences.aspect")}</th>
              <th scope="col">{t.text("guide.differences.iop")}</th>
              <th scope="col">{t.text("guide.differences.inpatient")}</th>
            </tr>
          </thead>
          <tbody>
            {COMPARISON_ROWS.map((row) => (
              <tr key={row}>
                <th scope="row">{t.text(`guide.differences.${row}` as MessageKey)}</th>
                <td data-label={t.text("guide.differences.iop")}>
                  {t.text(`guide.differences.${row}.iop` as MessageKey)}
                </td>
                <td data-label={t.text("guide.differences.inpatient")}>
                  {t.text(`guide.differences.${row}.inpatient` as MessageKey)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t.text("guide.differences.summary")}</p>
      </Section>
      <Section id="iopFits">
        <p>{t.text("guide.iopFits.body")}</p>
        <h3>{t.text("guide.iopAdvantages.title")}</h3>
        <Points messageKey="guide.iopAdvantages.points" />
      </Section>
      <Section id="inpatientFits">
        <p>{t.text("guide.inpatientFits.intro")}</p>
        <Points messageKey="guide.inpatientFits.points" />
        <p class="warning" role="note">
          {t.text("guide.inpatientFits.withdrawalWarning")}
        </p>
      </Section>
      <Section id="readiness">
        <p>{t.text("guide.readiness.intro")}</p>
        <Points messageKey="guide.readiness.points" />
        <p>{t.text("guide.readiness.outro")}</p>
      </Section>
      <Section id="transitions">
        <p>{t.text("guide.transitions.body")}</p>
        <Points messageKey="guide.transitions.points" />
      </Section>
      <Section id="levels">
        <p>{t.text("guide.levels.intro")}</p>
        <ol class="ladder">
          {LEVELS_OF_CARE.map((level) => (
            <li key={level} data-level={level}>
              {t.text(`guide.levels.${level}` as MessageKey)}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="assessment">
        <p>{t.text("guide.assessment.body")}</p>
        <Points messageKey="guide.assessment.points" />
        <SelfCheckEntry />
        <DecisionAidEntry />
      </Section>
    </article>
  );
}
