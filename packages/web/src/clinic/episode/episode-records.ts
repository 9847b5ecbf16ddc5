import type { LevelOfCare, OverrideReason } from "@stepwise/engine";
import type { LevelLabel, ResultExplanation } from "../assessment/result-view.js";
import type { AcknowledgementCode } from "./care-levels.js";

export type { LevelLabel };

/** The parts of the records API's answers these screens read (packages/server/src/records/record-schemas.ts). */

export interface ClientRecord {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly recordNumber: string | null;
  /** Five digits or ZIP+4; null when not recorded. The program search sends only this (docs/programs.md). */
  readonly zipCode: string | null;
}

export interface UrgentItem {
  readonly tier: string;
  readonly ruleId: string;
  readonly actions: readonly string[];
}

export interface ScaleResult {
  readonly instrument: string;
  readonly total: number | null;
}

export type PlacementExplanation = Pick<
  ResultExplanation,
  "level" | "withdrawalManagement" | "urgent" | "reasons" | "ratings"
>;

export interface AssessmentRecord {
  readonly id: string;
  readonly clientId: string;
  readonly supersededById: string | null;
  readonly asOf: string;
  readonly recommendedLevel: LevelOfCare | null;
  readonly provisional: boolean;
  readonly answers: { readonly scales?: readonly ScaleResult[] | null } & Record<string, unknown>;
  readonly result: { readonly urgent?: readonly UrgentItem[] } & Record<string, unknown>;
  readonly explanation: PlacementExplanation | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface SafetyAcknowledgementRecord {
  readonly ruleId: string;
  readonly tier: string;
  readonly code: AcknowledgementCode;
  readonly text: string | null;
}

export interface DecisionRecord {
  readonly id: string;
  readonly assessmentId: string;
  readonly recommendedLevel: LevelOfCare | null;
  readonly availableLevels: readonly LevelOfCare[] | null;
  readonly chosenLevel: LevelOfCare;
  readonly differs: boolean;
  readonly reason: OverrideReason | null;
  readonly reasonText: string | null;
  readonly safetyAcknowledgements: readonly SafetyAcknowledgementRecord[];
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface EventValues {
  readonly on: string;
  readonly toLevel: LevelOfCare | null;
  readonly decisionId: string | null;
  readonly emergencyReason: string | null;
  readonly reason: string | null;
  readonly note: string | null;
}

export interface EpisodeEventRecord extends EventValues {
  readonly id: string;
  readonly sequence: number;
  readonly kind: "admission" | "transfer" | "discharge";
  readonly status: "in-effect" | "corrected" | "voided";
  readonly direction: "step-down" | "step-up" | null;
  readonly fromLevel: LevelOfCare | null;
  readonly original: EventValues;
  readonly amendments: readonly {
    readonly id: string;
    readonly kind: "correction" | "void";
    readonly reason: string;
    readonly createdAt: string;
  }[];
}

export interface EpisodeRecord {
  readonly id: string;
  readonly clientId: string;
  readonly status: "open" | "closed" | "entered-in-error";
  readonly currentLevel: LevelOfCare | null;
  readonly currentLevelLabel: LevelLabel | null;
  readonly reassessmentDueOn: string | null;
  readonly admittedOn: string | null;
  readonly dischargedOn: string | null;
  readonly events: readonly EpisodeEventRecord[];
}

export interface Page<Item> {
  readonly items: readonly Item[];
}
