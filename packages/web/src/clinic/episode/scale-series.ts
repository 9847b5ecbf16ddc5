import type { AssessmentRecord } from "./episode-records.js";

/** The printed names of the scales (their own names, the same in English and Spanish). */
const INSTRUMENT_NAMES: Readonly<Record<string, string>> = {
  audit: "AUDIT",
  "audit-c": "AUDIT-C",
  "dast-10": "DAST-10",
  "taps-1": "TAPS-1",
  "taps-2": "TAPS-2",
  "ciwa-ar": "CIWA-Ar",
  cows: "COWS",
  "phq-9": "PHQ-9",
  "phq-2": "PHQ-2",
  "gad-7": "GAD-7",
  asq: "ASQ",
  pawss: "PAWSS",
};

export function instrumentName(instrument: string): string {
  return INSTRUMENT_NAMES[instrument] ?? instrument.toUpperCase();
}

export interface ScalePoint {
  readonly assessmentId: string;
  readonly date: string;
  readonly total: number;
}

export interface ScaleSeries {
  readonly instrument: string;
  readonly name: string;
  readonly points: readonly ScalePoint[];
}

export interface ScaleHistory {
  /** One column per assessment that has any scale total, oldest first. */
  readonly dates: readonly { readonly assessmentId: string; readonly date: string }[];
  readonly series: readonly ScaleSeries[];
}

/**
 * Each scale's totals across a client's assessments, oldest first: the numbers the chart draws and the
 * table beside it lists. Corrected versions are left out (their correction stands in for them), and a
 * scale with a missing item (total null) is left out rather than drawn as zero.
 */
export function scaleHistory(assessments: readonly AssessmentRecord[]): ScaleHistory {
  const current = assessments
    .filter((assessment) => assessment.supersededById === null)
    .toSorted((a, b) => a.asOf.localeCompare(b.asOf) || a.createdAt.localeCompare(b.createdAt));
  const byInstrument = new Map<string, ScalePoint[]>();
  const dates: { assessmentId: string; date: string }[] = [];
  for (const assessment of current) {
    const scales = Array.isArray(assessment.answers.scales) ? assessment.answers.scales : [];
    let any = false;
    for (const scale of scales) {
      if (typeof scale?.total !== "number" || typeof scale.instrument !== "string") continue;
      if (scale.instrument === "unknown") continue;
      any = true;
      const points = byInstrument.get(scale.instrument) ?? [];
      points.push({ assessmentId: assessment.id, date: assessment.asOf.slice(0, 10), total: scale.total });
      byInstrument.set(scale.instrument, points);
    }
    if (any) dates.push({ assessmentId: assessment.id, date: assessment.asOf.slice(0, 10) });
  }
  const series = [...byInstrument.entries()]
    .map(([instrument, points]) => ({ instrument, name: instrumentName(instrument), points }))
    .toSorted((a, b) => a.name.localeCompare(b.name));
  return { dates, series };
}

/** A rounded top for the chart's scale: the highest total, up to the next multiple of 5 (at least 5). */
export function chartTop(history: ScaleHistory): number {
  const highest = Math.max(0, ...history.series.flatMap((line) => line.points.map((point) => point.total)));
  return Math.max(5, Math.ceil(highest / 5) * 5);
}
