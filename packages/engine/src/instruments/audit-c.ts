import { AUDIT_FREQUENCY_OPTIONS, AUDIT_HOW_MANY_OPTIONS, AUDIT_HOW_OFTEN_OPTIONS } from "./audit.js";
import type { Band, InstrumentDefinition } from "./instrument-definition.js";

const BUSH_1998 = "Bush K et al. Arch Intern Med 1998;158:1789 (AUDIT-C positive at 4 or more for men)";
const BRADLEY_2007 =
  "Bradley KA et al. Arch Intern Med 2003;163:821 and Alcohol Clin Exp Res 2007;31:1208 " +
  "(AUDIT-C positive at 3 or more for women)";

const maleBands: readonly Band[] = [
  { name: "negative", min: 0, max: 3, label: "Negative screen (men: under 4)", citation: BUSH_1998 },
  { name: "positive", min: 4, max: 12, label: "Positive screen (men: 4 or more)", citation: BUSH_1998 },
];
const femaleBands: readonly Band[] = [
  { name: "negative", min: 0, max: 2, label: "Negative screen (women: under 3)", citation: BRADLEY_2007 },
  { name: "positive", min: 3, max: 12, label: "Positive screen (women: 3 or more)", citation: BRADLEY_2007 },
];

/**
 * AUDIT-C: AUDIT questions 1–3 (docs/design/instruments.md §1.2). The cut-off depends on sex. When sex is not
 * given the result carries both readings and `band` uses the women's cut-off, so a positive screen is never
 * missed.
 */
export const AUDIT_C: InstrumentDefinition = {
  id: "audit-c",
  title: "AUDIT-C (Alcohol Use Disorders Identification Test – Consumption)",
  citation: `${BUSH_1998}; ${BRADLEY_2007}`,
  instructions: "These questions are about your use of alcoholic beverages during the past year.",
  timeframe: "past year",
  loinc: { panel: "72109-2", total: "75626-2" },
  items: [
    {
      id: "audit-c.1",
      number: "1",
      text: "How often do you have a drink containing alcohol?",
      loinc: ["68518-0"],
      options: AUDIT_HOW_OFTEN_OPTIONS,
      countsTowardTotal: true,
      required: true,
    },
    {
      id: "audit-c.2",
      number: "2",
      text: "How many drinks containing alcohol do you have on a typical day when you are drinking?",
      loinc: ["68519-8"],
      options: AUDIT_HOW_MANY_OPTIONS,
      countsTowardTotal: true,
      required: true,
    },
    {
      id: "audit-c.3",
      number: "3",
      text: "How often do you have six or more drinks on one occasion?",
      loinc: ["68520-6"],
      options: AUDIT_FREQUENCY_OPTIONS,
      countsTowardTotal: true,
      required: true,
    },
  ],
  totalRule: "sum",
  totalRange: { min: 0, max: 12 },
  bands: femaleBands,
  bandsBySex: { male: maleBands, female: femaleBands },
  itemFlags: [],
  licence: {
    holder: "World Health Organization (AUDIT questions 1–3)",
    statement: "AUDIT-C is available for use in the public domain (SAMHSA-HRSA, tool_auditc.pdf).",
    wordingReproduced: true,
    use: "free",
    note: "The questions are AUDIT questions 1–3 (© WHO 2001); SAMHSA-HRSA describes AUDIT-C as public domain.",
  },
};
