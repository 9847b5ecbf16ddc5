import type { QuestionnaireResponse, QuestionnaireResponseAnswer } from "./fhir-resources.js";

/** One answered (or unanswered) item of a response, wherever it sits (groups and nested answers included). */
export interface ResponseEntry {
  readonly linkId: string;
  readonly answers: readonly QuestionnaireResponseAnswer[];
  /** The item or answer this item is nested in; with `index`, enough to say where it is (see entryLocation). */
  readonly parent: ResponseEntry | undefined;
  readonly index: number;
  /** Set when the item is nested inside one of the parent's answers. */
  readonly answerIndex: number | undefined;
}

/**
 * Every item of a response, in document order. Locations are computed only when an error needs one:
 * scoring must cost no more than parsing the response (bench/scoring).
 */
export function responseEntries(response: QuestionnaireResponse): ResponseEntry[] {
  const entries: ResponseEntry[] = [];
  const visit = (
    items: QuestionnaireResponse["item"],
    parent: ResponseEntry | undefined,
    answerIndex: number | undefined,
  ) => {
    if (items === undefined) return;
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index];
      if (item === undefined) continue;
      const answers = item.answer ?? [];
      const entry: ResponseEntry = { linkId: item.linkId, answers, parent, index, answerIndex };
      entries.push(entry);
      if (item.item !== undefined) visit(item.item, entry, undefined);
      for (let nested = 0; nested < answers.length; nested += 1) {
        const inner = answers[nested]?.item;
        if (inner !== undefined) visit(inner, entry, nested);
      }
    }
  };
  visit(response.item, undefined, undefined);
  return entries;
}

/** Where an entry sits: `QuestionnaireResponse.item[2].answer[0].item[1]`. */
export function entryLocation(entry: ResponseEntry, root: string): string {
  const parent = entry.parent === undefined ? root : entryLocation(entry.parent, root);
  const viaAnswer = entry.answerIndex === undefined ? "" : `.answer[${entry.answerIndex}]`;
  return `${parent}${viaAnswer}.item[${entry.index}]`;
}
