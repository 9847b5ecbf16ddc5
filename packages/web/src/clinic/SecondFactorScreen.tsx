import { useState } from "preact/hooks";
import { useCatalog } from "../i18n/language.js";
import { callApi } from "./clinic-api.js";
import { clinicCatalog } from "./clinic-catalog.js";
import { Field, FormMessage, ScreenHeading, useProblemText } from "./form-parts.js";

/**
 * Step 2: the authenticator code, or one of the saved recovery codes when the phone is not at hand.
 */
export function SecondFactorScreen({
  onSignedIn,
  onCancel,
}: {
  readonly onSignedIn: (notice: string | undefined) => void;
  readonly onCancel: () => void;
}) {
  const t = useCatalog(clinicCatalog);
  const problemText = useProblemText();
  const [mode, setMode] = useState<"app" | "recovery">("app");
  const [code, setCode] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (mode === "app") {
        await callApi("POST", "/api/session/second-factor", { code });
        onSignedIn(undefined);
      } else {
        const result = await callApi<{ recoveryCodesLeft: number }>("POST", "/api/session/recovery-code", {
          code,
        });
        onSignedIn(t.text("recovery.left", { count: result.recoveryCodesLeft }));
      }
    } catch (failure) {
      setError(failure);
      setCode("");
    } finally {
      setBusy(false);
    }
  }

  async function cancel() {
    await callApi("POST", "/api/session/cancel").catch(() => undefined);
    onCancel();
  }

  const switchMode = (next: "app" | "recovery") => {
    setMode(next);
    setCode("");
    setError(undefined);
  };

  return (
    <form class="panel" onSubmit={submit} noValidate key={mode}>
      <ScreenHeading>{t.text(mode === "app" ? "secondFactor.title" : "recovery.title")}</ScreenHeading>
      <p>{t.text(mode === "app" ? "secondFactor.lead" : "recovery.lead")}</p>
      <FormMessage kind="error" text={error === undefined ? undefined : problemText(error)} />
      {mode === "app" ? (
        <Field
          id="code"
          label={t.text("secondFactor.code")}
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          onInput={setCode}
        />
      ) : (
        <Field
          id="recovery-code"
          label={t.text("recovery.code")}
          autoComplete="off"
          value={code}
          onInput={setCode}
        />
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? t.text("common.working") : t.text(mode === "app" ? "secondFactor.submit" : "recovery.submit")}
      </button>
      <div class="actions">
        <button
          type="button"
          class="link-button"
          onClick={() => switchMode(mode === "app" ? "recovery" : "app")}
        >
          {t.text(mode === "app" ? "secondFactor.useRecovery" : "recovery.useApp")}
        </button>
        <button type="button" class="link-button" onClick={cancel}>
          {t.text("secondFactor.cancel")}
        </button>
      </div>
    </form>
  );
}
