import { useCatalog } from "../i18n/language.js";
import { useNavigation } from "../navigation.js";
import { answersStore, useAnswers, type Voice } from "../session/answers-store.js";
import { selfCheckCatalog } from "./self-check-messages.js";

/**
 * The self-check's first step: who the check is about, and that it is for adults (issue 5; the
 * adolescent criteria differ, reference/consumer.md §4).
 */
export function SelfCheckScreen() {
  const t = useCatalog(selfCheckCatalog);
  const { goBack } = useNavigation();
  const { voice } = useAnswers();
  const choose = (chosen: Voice) => answersStore.setVoice(chosen);
  return (
    <article class="self-check">
      <h1>{t.text("start.title")}</h1>
      <p>{t.text("start.private")}</p>
      <p class="notice">{t.text("start.adults")}</p>
      <fieldset class="choices">
        <legend>{t.text("start.voice.question")}</legend>
        <button type="button" aria-pressed={voice === "self"} onClick={() => choose("self")}>
          {t.text("start.voice.self")}
        </button>
        <button
          type="button"
          aria-pressed={voice === "family-or-friend"}
          onClick={() => choose("family-or-friend")}
        >
          {t.text("start.voice.other")}
        </button>
      </fieldset>
      <button type="button" class="secondary" onClick={goBack}>
        {t.text("nav.back")}
      </button>
    </article>
  );
}
