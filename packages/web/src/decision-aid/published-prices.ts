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
  /** The source, in the page's language (the citation itself stays as published). */
  readonly source: DecisionAidKey;
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
    source: "published.source.beethamCalls",
    usableFor: { option: "residential", unit: "day" },
  },
  {
    measure: "published.residentialHigh",
    amount: 75_800,
    per: "day",
    source: "published.source.beethamCalls",
    usableFor: { option: "residential", unit: "day" },
  },
  {
    measure: "published.residentialDeposit",
    amount: 1_743_400,
    per: "payment",
    source: "published.source.beetham",
    usableFor: null,
  },
  {
    measure: "published.iopWeek",
    amount: 46_200,
    per: "week",
    source: "published.source.nida",
    usableFor: { option: "intensive-outpatient", unit: "week" },
  },
  {
    measure: "published.iopEpisode",
    amount: 444_500,
    per: "stay",
    source: "published.source.nida",
    usableFor: null,
  },
  {
    measure: "published.clientInpatient",
    amount: 23_500,
    per: "day",
    source: "published.source.clientDatcap",
    usableFor: null,
  },
];
