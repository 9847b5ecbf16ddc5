import { importTypeScript } from "../scripts/import-typescript.mjs";
import { compareSideBySide, option } from "./side-by-side.mjs";

const count = Number(option("responses", "100000"));
const rounds = Number(option("rounds", "7"));

// The engine bundled once, in memory, as the browser and CLI bundles see it.
const engine = await importTypeScript(
  `export { INSTRUMENTS, instrumentQuestionnaire, scoreQuestionnaireResponse } from "./packages/engine/src/index.ts";`,
);

// A fixed pseudo-random sequence (mulberry32), so every run scores the same responses.
let seed = 20260115;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

/**
 * Responses as EHRs send them: LOINC linkIds ("/44250-9") and LOINC answer codes where the scale has them (as in
 * US Core), our linkIds and codes otherwise, item text included, a stated total, one item in 50 left unanswered.
 */
function responseFor(definition) {
  const item = [];
  for (const question of definition.items) {
    const option = pick(question.options);
    if (random() < 0.02) continue;
    const loincItem = question.loinc[0];
    const valueCoding =
      option.loinc === undefined
        ? {
            system: `https://stepwise.invalid/fhir/CodeSystem/${definition.id}-answers`,
            code: option.code,
            display: option.label ?? String(option.points),
          }
        : { system: "http://loinc.org", code: option.loinc, display: option.label };
    item.push({
      linkId: loincItem === undefined ? question.id : `/${loincItem}`,
      text: question.text,
      answer: [{ valueCoding }],
    });
  }
  if (definition.loinc.total !== undefined) {
    item.push({ linkId: `/${definition.loinc.total}`, text: "Total score", answer: [{ valueDecimal: 7 }] });
  }
  return {
    resourceType: "QuestionnaireResponse",
    id: `r${Math.floor(random() * 1e9)}`,
    questionnaire:
      definition.loinc.panel === undefined
        ? `https://stepwise.invalid/fhir/Questionnaire/${definition.id}`
        : `http://loinc.org/q/${definition.loinc.panel}`,
    status: "completed",
    subject: { reference: `Patient/p${Math.floor(random() * 1e6)}` },
    authored: "2026-01-15T10:00:00Z",
    item,
  };
}

const definitions = Object.values(engine.INSTRUMENTS);
const texts = Array.from({ length: count }, () => JSON.stringify(responseFor(pick(definitions))));
const parsed = texts.map((text) => JSON.parse(text));

let sink = 0;
const subjects = {
  "JSON.parse (baseline)": () => {
    for (const text of texts) sink += JSON.parse(text).item.length;
  },
  "score (parsed response)": () => {
    for (const response of parsed) {
      sink += engine.scoreQuestionnaireResponse(response).answeredTotal;
    }
  },
  "parse + score": () => {
    for (const text of texts) sink += engine.scoreQuestionnaireResponse(JSON.parse(text)).answeredTotal;
  },
};
const TARGETS = { "score (parsed response)": 1.0 };

/** One pass over all responses; nanoseconds per response. */
function timeRound(work) {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / texts.length;
}

console.log(
  `Scoring benchmark: ${texts.length} QuestionnaireResponses over ${definitions.length} scales (${Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length)} bytes of JSON on average), ${rounds} alternating rounds, Node ${process.version}`,
);
const allMet = compareSideBySide({
  subjects,
  baseline: "JSON.parse (baseline)",
  rounds,
  timeRound,
  targets: TARGETS,
});
if (sink === -1) console.log("");
process.exitCode = allMet ? 0 : 1;
