import { useEffect, useState } from "preact/hooks";
import { QrCode } from "../components/QrCode.js";
import { useCatalog } from "../i18n/language.js";
import { callApi } from "./clinic-api.js";
import { clinicCatalog } from "./clinic-catalog.js";
import { Field, FormMessage, ScreenHeading, useProblemText } from "./form-parts.js";

/** First sign-in of an admin or clinician: add Stepwise to an authenticator app and prove it works. */
export function EnrolmentScreen({ onEnrolled }: { readonly onEnrolled: (recoveryCodes: string[]) => void }) {
  const t = useCatalog(clinicCatalog);
  const problemText = useProblemText();
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string } | undefined>(undefined);
  const [code, setCode] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    callApi<{ secret: string; uri: string }>("POST", "/api/session/totp-enrolment/start").then(
      setEnrolment,
      setError,
    );
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await callApi<{ recoveryCodes: string[] }>("POST", "/api/session/totp-enrolment", {
        code,
      });
      onEnrolled(result.recoveryCodes);
    } catch (failure) {
      setError(failure);
      setCode("");
    } finally {
      setBusy(false);
    }
  }

  const spacedKey = enrolment?.secret.replace(/(.{4})/g, "$1 ").trim();
  return (
    <form class="panel" onSubmit={submit} noValidate>
      <ScreenHeading>{t.text("enrol.title")}</ScreenHeading>
      <p>{t.text("enrol.lead")}</p>
      <FormMessage kind="error" text={error === undefined ? undefined : problemText(error)} />
      <ol class="steps">
        <li>{t.text("enrol.step1")}</li>
        <li>
          {t.text("enrol.step2")}
          {enrolment === undefined ? null : (
            <div class="enrolment">
              <QrCode text={enrolment.uri} label={t.text("enrol.qrAlt")} />
              <p>
                {t.text("enrol.key")}:{" "}
                <code class="secret-key" data-secret={enrolment.secret}>
                  {spacedKey}
                </code>
              </p>
            </div>
          )}
        </li>
        <li>{t.text("enrol.step3")}</li>
      </ol>
      <Field
        id="enrol-code"
        label={t.text("enrol.code")}
        autoComplete="one-time-code"
        inputMode="numeric"
        value={code}
        onInput={setCode}
      />
      <button type="submit" class="primary" disabled={busy || enrolment === undefined}>
        {busy ? t.text("common.working") : t.text("enrol.submit")}
      </button>
    </form>
  );
}
