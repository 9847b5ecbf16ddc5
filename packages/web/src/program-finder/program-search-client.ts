/**
 * Calls `GET /api/programs` (docs/programs.md) on Stepwise's own server. The outcome is one of: programs
 * (possibly none), the place could not be read (400 naming `near`), no connection, or the server could not
 * answer. Nothing is cached or stored: the service worker leaves /api/ alone and the API answers no-store.
 */
import type { Language } from "@stepwise/engine";
import { type FinderFilters, searchPath } from "./finder-filters.js";

/** A reason in the page's language, which the request names (`textLanguage`). */
export interface ReasonText {
  readonly code: string;
  readonly text: string;
}

export interface FoundProgram {
  readonly id: string;
  readonly source: "directory" | "organization";
  readonly name: string;
  readonly programName: string | null;
  readonly address: {
    readonly street1: string | null;
    readonly street2: string | null;
    readonly city: string | null;
    readonly state: string | null;
    readonly zip: string | null;
  };
  readonly phone: string | null;
  readonly intakePhone: string | null;
  readonly website: string | null;
  readonly distanceMiles: number;
  readonly levels: readonly string[];
  readonly why: readonly ReasonText[];
  readonly lacks: readonly ReasonText[];
  readonly confirm: readonly ReasonText[];
}

export type SearchOutcome =
  | {
      readonly kind: "found";
      readonly directoryFacilities: number;
      readonly programs: readonly FoundProgram[];
      readonly message: string | null;
      readonly placeLabel: string | null;
    }
  | { readonly kind: "place-not-found" }
  | { readonly kind: "offline" }
  | { readonly kind: "failed" };

/** The parts of `GET /api/programs`'s answer read here and by the clinic's program matches. */
export interface ProgramSearchBody {
  readonly near?: { readonly label?: string | null };
  readonly directory?: { readonly facilities?: number };
  readonly programs?: readonly FoundProgram[];
  readonly message?: string | null;
}

export async function searchPrograms(
  place: string,
  filters: FinderFilters,
  language: Language,
  online: boolean = typeof navigator === "undefined" || navigator.onLine,
): Promise<SearchOutcome> {
  if (!online) return { kind: "offline" };
  let response: Response;
  try {
    response = await fetch(searchPath(place, filters, language), {
      credentials: "same-origin",
      cache: "no-store",
      headers: { accept: "application/json" },
    });
  } catch {
    // fetch rejects only when no answer came back at all: no connection, or the server is down.
    return { kind: "offline" };
  }
  if (response.status === 400) return { kind: "place-not-found" };
  if (!response.ok) return { kind: "failed" };
  try {
    const body = (await response.json()) as ProgramSearchBody;
    return {
      kind: "found",
      directoryFacilities: body.directory?.facilities ?? 0,
      programs: body.programs ?? [],
      message: body.message ?? null,
      placeLabel: body.near?.label ?? null,
    };
  } catch {
    return { kind: "failed" };
  }
}
