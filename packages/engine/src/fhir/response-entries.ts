import type { QuestionnaireResponse, QuestionnaireResponseAnswer } from "./fhir-resources.js";

/** One answered (or unanswered) item of a response, wherever it sits (groups and nested answers included). */
export interface ResponseEntry {
  readonly linkId: string;
  readonly answers: readonly QuestionnaireResponseAnswer[];
  /** Where it is, for error messages: `QuestionnaireResponse.item[2].item[0]`. */
  readonly location: string;
}

export function responseEntries(
  response: QuestionnaireResponse,
  location = "QuestionnaireResponse",
): ResponseEntry[] {
  const entries: ResponseEntry[] = [];
  const visit = (items: QuestionnaireResponse["item"], here: string) => {
    if (items === undefined) return;
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index];
      if (item === undefined) continue;
      const itemHere = `${here}.item[${index}]`;
      entries.push({ linkId: item.linkId, answers: item.answer ?? [], location: itemHere });
      visit(item.item, itemHere);
      const answers = item.answer ?? [];
      for (let answerIndex = 0; answerIndex < answers.length; answerIndex += 1) {
        visit(answers[answerIndex]?.item, `${itemHere}.answer[${answerIndex}]`);
      }
    }
  };
  visit(response.item, location);
  return entries;
}
