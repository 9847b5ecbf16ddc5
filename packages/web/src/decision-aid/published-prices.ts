/**
 * Published figures for the cost step, each with what it measures, its source and the year of its
 * data (docs/design/consumer.md §3.1). They are shown as they were published: never one "average cost of
 * rehab", never adjusted for inflation. Amounts in cents.
 */
import type { DecisionAidKey } from "./messages-en.js";

export interface PublishedPrice {
  readonly measure: DecisionAidKey;
  readonly amount: number;
  readonly per: "day" | "week" | "stay" | "payment";
  readonly source: string;
  /** Which option's rate it can stand in for, and per what. */
  readonly usableFor: {
    readonly option: "intensive-outpatient" | "residential";
    readonly unit: "day" | "week";
  } | null;
}

export const PUBLISHED_PRICES: readonly PublishedPrice[] = [
  {
    measure: "published.residentialLow",
    amount: 35_700,
    per: "day",
    source: "Beetham et al., Health Affairs 40(2), February 2021 (calls to 613 programs)",
    usableFor: { option: "residential", unit: "day" },
  },
  {
    measure: "published.residentialHigh",
    amount: 75_800,
    per: "day",
    source: "Beetham et al., Health Affairs 40(2), February 2021 (calls to 613 programs)",
    usableFor: { option: "residential", unit: "day" },
  },
  {
    measure: "published.residentialDeposit",
    amount: 1_743_400,
    per: "payment",
    source: "Beetham et al., Health Affairs 40(2), February 2021",
    usableFor: null,
  },
  {
    measure: "published.iopWeek",
    amount: 46_200,
    per: "week",
    source: "NIDA Notes 19(5), January 2005 (DATCAP, programs studied 1993–2002)",
    usableFor: { option: "intensive-outpatient", unit: "week" },
  },
  {
    measure: "published.iopEpisode",
    amount: 444_500,
    per: "stay",
    source: "NIDA Notes 19(5), January 2005 (DATCAP, programs studied 1993–2002)",
    usableFor: null,
  },
  {
    measure: "published.clientInpatient",
    amount: 23_500,
    per: "day",
    source: "Client DATCAP study, Dayton, Ohio, 2000s (PMC2737263)",
    usableFor: null,
  },
];
