import { z } from "zod";
import { ASSESSMENT_MODEL_VERSION } from "./assessment.js";
import { assessmentSchema } from "./assessment-schema.js";

/** The assessment model as JSON Schema (draft 2020-12), printed by `stepwise schema assessment`. */
export function assessmentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(assessmentSchema, { io: "input", target: "draft-2020-12" });
  return {
    ...schema,
    $id: `urn:stepwise:schema:assessment:${ASSESSMENT_MODEL_VERSION}`,
    title: "Stepwise assessment",
  };
}
