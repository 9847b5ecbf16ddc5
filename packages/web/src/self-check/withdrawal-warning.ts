import type { Responses } from "./questions.js";

/**
 * "Do not stop drinking or taking sedatives suddenly without medical advice": shown when the
 * person uses alcohol or sedative pills and stopping has gone badly before — a seizure, delirium or
 * hallucinations (ASAM alcohol withdrawal guideline 2020; TIP 45, via docs/design/domain.md §1.7).
 */
export function warnAgainstStoppingSuddenly(responses: Responses): boolean {
  const sedativeType =
    responses["main-substance"] === "alcohol" ||
    responses["main-substance"] === "benzodiazepines" ||
    responses["also-sedatives"] === "alcohol" ||
    responses["also-sedatives"] === "pills";
  const dangerousBefore =
    responses["seizure-history"] === "yes" ||
    responses["delirium-history"] === "yes" ||
    responses["hallucination-history"] === "yes" ||
    responses["withdrawal-emergency"] === "yes";
  return sedativeType && dangerousBefore;
}
