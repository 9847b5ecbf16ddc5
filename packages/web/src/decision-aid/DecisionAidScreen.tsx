import { useEffect, useState } from "preact/hooks";
import { isScreenAvailable, useNavigation } from "../navigation.js";
import { ComparePart } from "./ComparePart.js";
import { CostPart } from "./CostPart.js";
import { PART_IDS, type PartId } from "./decision-aid-state.js";
import { onWeighLink, takePendingWeighFragment } from "./incoming-link.js";
import { PagesPart } from "./PagesPart.js";
import { PlanPart } from "./PlanPart.js";
import { ProgramsPart } from "./ProgramsPart.js";
import { offerReplyToOtherTabs, takeOfferedReplies } from "./reply-hand-off.js";
import { SureForm } from "./SurePart.js";
import { TogetherPart } from "./TogetherPart.js";
import { readState, updateState, useDecisionAid, useDecisionAidText } from "./use-decision-aid.js";
import { ValuesPart } from "./ValuesPart.js";
import { decodeWeighFragment } from "./weigh-link.js";
import "./decision-aid.css";

interface LinkProblem {
  readonly field: string;
  readonly expected: string;
}

/**
 * Applies a weigh-it-together link: an invitation makes this device Person 2's; a reply brings Person 2's
 * ratings back to Person 1. Returns a problem to show, if any.
 */
function applyWeighFragment(fragment: string): LinkProblem | null {
  const decoded = decodeWeighFragment(fragment);
  if (!decoded.ok) {
    updateState((current) => ({ ...current, part: "together" }));
    return { field: decoded.field, expected: decoded.expected };
  }
  const { message } = decoded;
  if (message.kind === "ask") {
    updateState((current) => ({
      ...current,
      part: "together",
      invitation: { factors: message.factors, theirRatings: message.ratings },
      second: {},
    }));
  } else {
    const ratings = message.ratings ?? {};
    updateState((current) => ({
      ...current,
      part: "together",
      invitation: null,
      second: ratings,
      secondDone: true,
      handOver: false,
    }));
  }
  return null;
}

const holdsFirstRatings = () => Object.keys(readState().first).length > 0;

/** A reply link opened where there are no Person 1 ratings: another tab of this browser may hold them. */
function isReplyForAnotherTab(fragment: string): boolean {
  const decoded = decodeWeighFragment(fragment);
  return decoded.ok && decoded.message.kind === "reply" && !holdsFirstRatings();
}

/**
 * The decision aid (docs/methods.md), in the Ottawa Personal Decision Guide's order: how sure you feel, the
 * options side by side, what matters, weigh it together, cost, questions for programs, the step plan,
 * and pages to print with the SURE test again. It never picks an option.
 */
export function DecisionAidScreen() {
  const t = useDecisionAidText();
  const { state, update, result, aboutOther } = useDecisionAid();
  const { navigate, goBack } = useNavigation();
  const [linkProblem, setLinkProblem] = useState<LinkProblem | null>(null);
  const [handedOff, setHandedOff] = useState(false);
  // After useAnswers has subscribed (declared above), so the store's change reaches this screen.
  useEffect(() => {
    takeOfferedReplies(holdsFirstRatings, (fragment) => setLinkProblem(applyWeighFragment(fragment)));
    const arrive = async () => {
      const fragment = takePendingWeighFragment();
      if (fragment === null) return;
      if (isReplyForAnotherTab(fragment) && (await offerReplyToOtherTabs(fragment))) {
        updateState((current) => ({ ...current, part: "together" }));
        setHandedOff(true);
        return;
      }
      setLinkProblem(applyWeighFragment(fragment));
    };
    void arrive();
    return onWeighLink(() => void arrive());
  }, []);
  const problem = linkProblem === null ? null : t.text("together.badLink", { ...linkProblem });
  const part = state.part;
  const show = (next: PartId) => {
    update((current) => ({ ...current, part: next }));
    document.getElementById("da-part")?.focus();
  };
  const nextPart = PART_IDS[PART_IDS.indexOf(part) + 1];
  // "Ask now" items are questions for the professional (listed on their page); the warning is for the rest.
  const hasUrgent = (result?.urgent ?? []).some((item) => item.tier !== "ask-now");
  return (
    <article class="decision-aid">
      <div class="screen-only">
        <h1>{t.text("title")}</h1>
        {hasUrgent ? (
          <p class="warning" role="alert">
            {t.text("urgent")}
          </p>
        ) : null}
        <p class="lead">{t.text("intro")}</p>
        <p>
          <strong>{t.text("decision")}</strong>
        </p>
        {result?.level === null || result?.level === undefined ? (
          <p class="da-note">
            {t.text("noSelfCheck")}{" "}
            {isScreenAvailable("self-check") ? (
              <button type="button" class="da-button da-button--small" onClick={() => navigate("self-check")}>
                {t.text("startSelfCheck")}
              </button>
            ) : null}
          </p>
        ) : (
          <p class="da-note">{t.text("provisional", { level: t.text(`level.${result.level}`) })}</p>
        )}
        <p class="da-hint">{t.text("privacy")}</p>
        <nav aria-labelledby="da-parts-title" class="da-parts">
          <h2 id="da-parts-title" class="visually-hidden">
            {t.text("parts")}
          </h2>
          <ol>
            {PART_IDS.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  aria-current={id === part ? "step" : undefined}
                  onClick={() => show(id)}
                >
                  {t.text(`part.${id}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </div>
      <div id="da-part" tabIndex={-1} class="da-part">
        {part === "sure-before" ? (
          <SureForm
            id="da-sure-before"
            heading={t.text("sure.title")}
            answers={state.sureBefore}
            aboutOther={aboutOther}
            onAnswer={(item, value) =>
              update((current) => ({ ...current, sureBefore: { ...current.sureBefore, [item]: value } }))
            }
          />
        ) : null}
        {part === "compare" ? <ComparePart /> : null}
        {part === "values" ? <ValuesPart /> : null}
        {part === "together" ? <TogetherPart problem={problem} handedOff={handedOff} /> : null}
        {part === "cost" ? <CostPart /> : null}
        {part === "programs" ? <ProgramsPart /> : null}
        {part === "plan" ? <PlanPart /> : null}
        {part === "pages" ? <PagesPart /> : null}
      </div>
      <div class="screen-only da-actions">
        {nextPart === undefined ? null : (
          <button type="button" class="da-button da-button--primary" onClick={() => show(nextPart)}>
            {t.text("next")}: {t.text(`part.${nextPart}`)}
          </button>
        )}
        {isScreenAvailable("methods") ? (
          <button type="button" class="da-button" onClick={() => navigate("methods")}>
            {t.text("methods.link")}
          </button>
        ) : null}
        <button type="button" class="da-button da-button--quiet" onClick={goBack}>
          {t.text("back")}
        </button>
      </div>
    </article>
  );
}
