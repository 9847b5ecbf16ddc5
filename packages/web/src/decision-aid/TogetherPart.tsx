import { useState } from "preact/hooks";
import { QrCode } from "../components/QrCode.js";
import { ComparedRatings } from "./ComparedRatings.js";
import { FACTOR_IDS, type FactorId, type Ratings } from "./factors.js";
import { RatingsForm } from "./RatingsForm.js";
import { useDecisionAid, useDecisionAidText } from "./use-decision-aid.js";
import { decodeWeighFragment, weighLink } from "./weigh-link.js";

/** A link to copy and the same link as a QR code, both made on this device. */
function ShareLink({
  id,
  label,
  qrLabel,
  link,
}: {
  id: string;
  label: string;
  qrLabel: string;
  link: string;
}) {
  const t = useDecisionAidText();
  const [copied, setCopied] = useState(false);
  return (
    <div class="da-share">
      <label for={id}>{label}</label>
      <input
        id={id}
        class="da-share__link"
        type="text"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        class="da-button"
        onClick={() => {
          navigator.clipboard?.writeText(link).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {t.text("together.copy")}
      </button>
      <span aria-live="polite">{copied ? t.text("together.copied") : ""}</span>
      <QrCode text={link} label={qrLabel} caption class="da-qr" />
    </div>
  );
}

/** Agreement and differences, biggest difference first, with questions to talk about. Never a score. */
export function AgreementView({
  factors,
  first,
  second,
}: {
  factors: readonly FactorId[];
  first: Ratings;
  second: Ratings;
}) {
  const t = useDecisionAidText();
  return (
    <section aria-labelledby="da-agreement-title" class="da-agreement">
      <h3 id="da-agreement-title">{t.text("together.results")}</h3>
      <ComparedRatings
        factors={factors}
        first={first}
        second={second}
        promptsHeading="together.prompts"
        styled={true}
      />
      {Object.keys(first).length === 0 ? <p class="da-note">{t.text("together.firstMissing")}</p> : null}
      <p class="da-note">{t.text("together.noScore")}</p>
    </section>
  );
}

/**
 * Weigh it together (Ottawa Personal Decision Guide for Two): Person 2 rates privately, on this device
 * (a hand-over screen hides Person 1's ratings) or on their own (a link or QR code whose ratings travel
 * only in the URL fragment). Then both see where they agree and differ.
 */
export function TogetherPart({ problem, handedOff }: { problem: string | null; handedOff: boolean }) {
  const t = useDecisionAidText();
  const { state, update } = useDecisionAid();
  const [link, setLink] = useState<string | null>(null);
  const [reply, setReply] = useState("");
  const [replyProblem, setReplyProblem] = useState<string | null>(null);
  const [replyRead, setReplyRead] = useState(false);
  const second = t.text("person.second");
  const rateSecond = (factor: FactorId, value: number) =>
    update((current) => ({ ...current, second: { ...current.second, [factor]: value } }));

  if (state.invitation !== null) {
    const invitation = state.invitation;
    const replyLink = weighLink(window.location.href, {
      kind: "reply",
      factors: invitation.factors,
      ratings: state.second,
    });
    const rated = invitation.factors.every((factor) => state.second[factor] !== undefined);
    return (
      <section aria-labelledby="da-together-title">
        <h2 id="da-together-title">{t.text("together.invited.title")}</h2>
        <p>{t.text("together.invited.body")}</p>
        {invitation.theirRatings === null ? null : <p>{t.text("together.invited.theirRatings")}</p>}
        <RatingsForm
          idPrefix="invited"
          person={second}
          factors={invitation.factors}
          ratings={state.second}
          onRate={rateSecond}
        />
        {rated ? (
          <>
            <ShareLink
              id="da-reply-link"
              label={t.text("together.replyLink")}
              qrLabel={t.text("together.replyQr")}
              link={replyLink}
            />
            {invitation.theirRatings === null ? null : (
              <AgreementView
                factors={invitation.factors}
                first={invitation.theirRatings}
                second={state.second}
              />
            )}
          </>
        ) : null}
      </section>
    );
  }

  if (state.handOver) {
    return (
      <section aria-labelledby="da-handover-title">
        <h2 id="da-handover-title">{t.text("together.handover.title")}</h2>
        <p>{t.text("together.handover.body")}</p>
        <RatingsForm
          idPrefix="second"
          person={second}
          factors={FACTOR_IDS}
          ratings={state.second}
          onRate={rateSecond}
        />
        <button
          type="button"
          class="da-button da-button--primary"
          onClick={() => update((current) => ({ ...current, handOver: false, secondDone: true }))}
        >
          {t.text("together.handover.done")}
        </button>
      </section>
    );
  }

  const readReply = () => {
    const hashAt = reply.indexOf("#");
    const decoded = decodeWeighFragment(hashAt < 0 ? reply.trim() : reply.slice(hashAt).trim());
    if (!decoded.ok || decoded.message.kind !== "reply" || decoded.message.ratings === null) {
      setReplyProblem(
        decoded.ok
          ? t.text("together.badLink", { field: "k", expected: "reply" })
          : t.text("together.badLink", { field: decoded.field, expected: decoded.expected }),
      );
      return;
    }
    const ratings = decoded.message.ratings;
    setReplyProblem(null);
    setReplyRead(true);
    update((current) => ({ ...current, second: ratings, secondDone: true }));
  };

  return (
    <section aria-labelledby="da-together-title">
      <h2 id="da-together-title">{t.text("together.title")}</h2>
      <p>{t.text("together.intro")}</p>
      {problem === null ? null : (
        <p class="da-problem" role="alert">
          {problem}
        </p>
      )}
      {handedOff ? (
        <p class="da-note" role="status">
          {t.text("together.handedOff")}
        </p>
      ) : null}
      <div class="da-ways">
        <section class="da-way" aria-labelledby="da-same-device">
          <h3 id="da-same-device">{t.text("together.sameDevice")}</h3>
          <p>{t.text("together.sameDevice.body")}</p>
          <button
            type="button"
            class="da-button"
            onClick={() =>
              update((current) => ({ ...current, handOver: true, second: {}, secondDone: false }))
            }
          >
            {t.text("together.sameDevice.start")}
          </button>
        </section>
        <section class="da-way" aria-labelledby="da-other-device">
          <h3 id="da-other-device">{t.text("together.otherDevice")}</h3>
          <p>{t.text("together.otherDevice.body")}</p>
          <label class="da-check">
            <input
              type="checkbox"
              checked={state.shareMine}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setLink(null);
                update((current) => ({ ...current, shareMine: checked }));
              }}
            />
            {t.text("together.includeMine")}
          </label>
          <button
            type="button"
            class="da-button"
            onClick={() =>
              setLink(
                weighLink(window.location.href, {
                  kind: "ask",
                  factors: FACTOR_IDS,
                  ratings: state.shareMine ? state.first : null,
                }),
              )
            }
          >
            {t.text("together.makeLink")}
          </button>
          {link === null ? null : (
            <ShareLink
              id="da-ask-link"
              label={t.text("together.link")}
              qrLabel={t.text("together.qr")}
              link={link}
            />
          )}
          <label for="da-reply-input">{t.text("together.pasteReply")}</label>
          <input
            id="da-reply-input"
            type="text"
            value={reply}
            aria-invalid={replyProblem !== null}
            aria-describedby={replyProblem === null ? undefined : "da-reply-problem"}
            onInput={(event) => setReply(event.currentTarget.value)}
          />
          <button type="button" class="da-button" onClick={readReply}>
            {t.text("together.readReply")}
          </button>
          <div aria-live="polite">
            {replyProblem === null ? null : (
              <p id="da-reply-problem" class="da-problem">
                {replyProblem}
              </p>
            )}
            {replyRead ? <p class="da-status">{t.text("together.replyRead")}</p> : null}
          </div>
        </section>
      </div>
      {state.secondDone ? (
        <AgreementView factors={FACTOR_IDS} first={state.first} second={state.second} />
      ) : null}
    </section>
  );
}
