import { useEffect, useState } from "preact/hooks";
import { useCatalog } from "../i18n/language.js";
import { callApi } from "./clinic-api.js";
import { clinicCatalog } from "./clinic-catalog.js";
import { Field, FormMessage, fieldError, ScreenHeading, useProblemText } from "./form-parts.js";

/**
 * A one-time set-up or reset link from an administrator (or `stepwise users add`). The token came in
 * the address fragment, which the browser never sends to a server; the page sends it in a request body.
 */
export function PasswordLinkScreen({
  token,
  onDone,
}: {
  readonly token: string;
  readonly onDone: (email: string) => void;
}) {
  const t = useCatalog(clinicCatalog);
  const problemText = useProblemText();
  const [link, setLink] = useState<{ email: string; purpose: "setup" | "reset" } | undefined>(undefined);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    callApi<{ email: string; purpose: "setup" | "reset" }>("POST", "/api/password-links/inspect", {
      token,
    }).then(setLink, setError);
  }, [token]);

  async function submit(event: Event) {
    event.preventDefault();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await callApi<{ email: string }>("POST", "/api/password-links/use", { token, password });
      onDone(result.email);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (link === undefined) {
    return (
      <section class="panel">
        <ScreenHeading>{t.text("link.title")}</ScreenHeading>
        {error === undefined ? (
          <p role="status">{t.text("link.checking")}</p>
        ) : (
          <FormMessage kind="error" text={problemText(error)} />
        )}
      </section>
    );
  }
  return (
    <form class="panel" onSubmit={submit} noValidate>
      <ScreenHeading>{t.text(link.purpose === "setup" ? "link.title" : "link.resetTitle")}</ScreenHeading>
      <p>{t.text("link.for", { email: link.email })}</p>
      <FormMessage
        kind="error"
        text={error === undefined || fieldError(error, "password") ? undefined : problemText(error)}
      />
      {/* The address lets a password manager file the new password under the right account. */}
      <input
        type="email"
        class="visually-hidden"
        autocomplete="username"
        value={link.email}
        readOnly
        tabIndex={-1}
        aria-hidden="true"
      />
      <Field
        id="new-password"
        label={t.text("link.password")}
        type="password"
        autoComplete="new-password"
        hint={t.text("link.hint")}
        value={password}
        onInput={setPassword}
        error={fieldError(error, "password")}
      />
      <Field
        id="confirm-password"
        label={t.text("link.confirm")}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onInput={setConfirm}
        error={mismatch ? t.text("link.mismatch") : undefined}
      />
      <button type="submit" class="primary" disabled={busy}>
        {busy ? t.text("common.working") : t.text("link.submit")}
      </button>
    </form>
  );
}
