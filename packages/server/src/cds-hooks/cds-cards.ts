import { randomUUID } from "node:crypto";
import { CRISIS_LINES, describePlacement, type FhirAssessment } from "@stepwise/engine";
import { z } from "zod";

export type CardLanguage = "en" | "es";

/** A CDS Hooks 2.0 card (cds-hooks.hl7.org "Card Attributes"). */
export const cardSchema = z.object({
  uuid: z.string(),
  summary: z.string().max(140).describe("One line, under 140 characters."),
  detail: z.string().optional().describe("GitHub-flavoured Markdown."),
  indicator: z.enum(["info", "warning", "critical"]),
  source: z.object({ label: z.string(), url: z.string().optional() }),
  links: z
    .array(z.object({ label: z.string(), url: z.string(), type: z.enum(["absolute", "smart"]) }))
    .optional(),
});
export type Card = z.infer<typeof cardSchema>;

/** Urgent items, then the level, then reasons: at most this many reasons on the level card. */
const TOP_REASONS = 3;

const WORDS = {
  en: {
    suggested: "Suggested level of care",
    cannotYet: "Stepwise cannot suggest a level yet",
    ask: "Ask first",
    why: "Why",
    open: "Open Stepwise",
    fromScales: "From the screening results in the record.",
  },
  es: {
    suggested: "Nivel de atención sugerido",
    cannotYet: "Stepwise todavía no puede sugerir un nivel",
    ask: "Pregunte primero",
    why: "Por qué",
    open: "Abrir Stepwise",
    fromScales: "Según los resultados de las evaluaciones en el expediente.",
  },
} as const;

function oneLine(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}

/**
 * The cards of a level-of-care result (CDS Hooks 2.0): each urgent item first as a `critical` card with
 * the crisis lines, then one card with the suggested level and its top reasons (or, while answers are
 * missing, a `warning` that names what to ask), with a link to the clinic.
 */
export function placementCards(
  assessed: FhirAssessment,
  options: { readonly language: CardLanguage; readonly clinicUrl: string },
): Card[] {
  const { result } = assessed;
  const words = WORDS[options.language];
  const described = describePlacement(result, options.language, "third-person");
  const source = { label: "Stepwise" };
  const links = [{ label: words.open, url: options.clinicUrl, type: "absolute" as const }];
  const urgent = described.urgent.map(
    (item): Card => ({
      uuid: randomUUID(),
      summary: oneLine(`${item.tier}: ${item.text}`),
      detail: [
        item.text,
        ...item.actions.map((action) => `- ${action}`),
        "",
        `**${CRISIS_LINES[options.language]}**`,
      ].join("\n"),
      indicator: "critical",
      source,
      links,
    }),
  );
  const needsAnswers = result.levelStatus === "needs-answers";
  const level = described.level ?? described.reasons[0] ?? "";
  const reasons = described.reasons.slice(0, TOP_REASONS);
  const levelCard: Card = {
    uuid: randomUUID(),
    summary: oneLine(needsAnswers ? words.cannotYet : `${words.suggested}: ${level}`),
    detail: [
      ...(needsAnswers
        ? [`**${words.ask}:**`, ...described.mustAsk.map((question) => `- ${question}`), ""]
        : []),
      ...(described.levelStatus?.floor == null ? [] : [described.levelStatus.floor, ""]),
      ...(described.withdrawalManagement === null ? [] : [`${described.withdrawalManagement}.`, ""]),
      ...(reasons.length === 0 ? [] : [`**${words.why}:**`, ...reasons.map((reason) => `- ${reason}`), ""]),
      ...(described.provisional === null ? [] : [described.provisional]),
      words.fromScales,
    ].join("\n"),
    indicator: needsAnswers ? "warning" : "info",
    source,
    links,
  };
  return [...urgent, levelCard];
}
