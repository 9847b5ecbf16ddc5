import { useEffect, useRef } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { clinicCatalog } from "../clinic-catalog.js";

/**
 * "Are you still there?" before the idle limit ends the session (HIPAA 164.312(a)(2)(iii) automatic
 * logoff; WCAG 2.2.1 Timing Adjustable asks a warning and a simple way to extend). A modal dialog: focus
 * moves to "Stay signed in" and stays inside until the person chooses.
 */
export function IdleWarning({
  onStay,
  onLeave,
}: {
  readonly onStay: () => void;
  readonly onLeave: () => void;
}) {
  const t = useCatalog(clinicCatalog);
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    stay.current?.focus();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="idle-warning"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onCancel={(event) => {
        // Escape means "I'm here", never a silent sign-out.
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="idle-title">{t.text("idle.title")}</h2>
      <p id="idle-body">{t.text("idle.body")}</p>
      <div class="actions">
        <button ref={stay} type="button" class="primary" onClick={onStay}>
          {t.text("idle.stay")}
        </button>
        <button type="button" class="secondary" onClick={onLeave}>
          {t.text("idle.leave")}
        </button>
      </div>
    </dialog>
  );
}
