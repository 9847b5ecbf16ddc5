import { useState } from "preact/hooks";
import { useCatalog } from "../i18n/language.js";
import { callApi } from "./clinic-api.js";
import { clinicCatalog } from "./clinic-catalog.js";
import { Field, FormMessage, fieldError, ScreenHeading, useProblemText } from "./form-parts.js";

export type SignInStage = "second-factor" | "enrolment" | "full";

interface Organization {
  readonly id: string;
  readonly name: string;
}

type PasswordAnswer =
  | { readonly stage: SignInStage }
  | { readonly stage: "choose-organization"; readonly organizations: readonly Organization[] };

/** Step 1: email and password. Paste and password managers work (ASVS 5.0 6.2.7). */
export function SignInScreen({
  initialEmail,
  notice,
  onStage,
}: {
  readonly initialEmail: string;
  readonly notice: string | undefined;
  readonly onStage: (stage: SignInStage) => void;
}) {
  const t = useCatalog(clinicCatalog);
  const problemText = useProblemText();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  // The same address may have an account in several organizations: after the password, the person picks one.
  const [choices, setChoices] = useState<readonly Organization[] | undefined>(undefined);

  async function signIn(organizationId?: string) {
    setBusy(true);
    setError(undefined);
    try {
      const result = await callApi<PasswordAnswer>("POST", "/api/session", {
        email,
        password,
        ...(organizationId === undefined ? {} : { organization: organizationId }),
      });
      if (result.stage === "choose-organization") {
        setChoices(result.organizations);
        return;
      }
      setPassword("");
      setChoices(undefined);
      onStage(result.stage);
    } catch (failure) {
      setChoices(undefined);
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    void signIn();
  }

  if (choices !== undefined) {
    return (
      <section class="panel">
        <ScreenHeading>{t.text("signIn.chooseTitle")}</ScreenHeading>
        <p>{t.text("signIn.chooseLead")}</p>
        <ul class="choices">
          {choices.map((organization) => (
            <li key={organization.id}>
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => void signIn(organization.id)}
              >
                {organization.name}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setChoices(undefined);
            setPassword("");
          }}
        >
          {t.text("signIn.chooseBack")}
        </button>
      </section>
    );
  }

  return (
    <form class="panel" onSubmit={submit} noValidate>
      <ScreenHeading>{t.text("signIn.title")}</ScreenHeading>
      <p>{t.text("signIn.lead")}</p>
      <FormMessage kind="notice" text={notice} />
      <FormMessage kind="error" text={error === undefined ? undefined : problemText(error)} />
      <Field
        id="email"
        label={t.text("signIn.email")}
        type="email"
        autoComplete="username"
        inputMode="email"
        value={email}
        onInput={setEmail}
        error={fieldError(error, "email")}
      />
      <Field
        id="password"
        label={t.text("signIn.password")}
        type="password"
        autoComplete="current-password"
        value={password}
        onInput={setPassword}
        error={fieldError(error, "password")}
      />
      <button type="submit" class="primary" disabled={busy}>
        {busy ? t.text("common.working") : t.text("signIn.submit")}
      </button>
      <p class="quiet">{t.text("signIn.forgot")}</p>
    </form>
  );
}
