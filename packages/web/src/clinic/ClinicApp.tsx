import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { type Language, LanguageContext, preferredLanguage, translatorFor } from "../i18n/language.js";
import { callApi, rememberCsrfToken, type SessionState, type SignedInSession } from "./clinic-api.js";
import { clinicCatalog } from "./clinic-catalog.js";
import { EnrolmentScreen } from "./EnrolmentScreen.js";
import { PasswordLinkScreen } from "./PasswordLinkScreen.js";
import { RecoveryCodesScreen } from "./RecoveryCodesScreen.js";
import { SecondFactorScreen } from "./SecondFactorScreen.js";
import { SignInScreen, type SignInStage } from "./SignInScreen.js";
import { WorkspaceScreen } from "./WorkspaceScreen.js";
import { clearClinicDrafts } from "./workspace/clinic-drafts.js";

type Screen =
  | { readonly name: "loading" }
  | { readonly name: "link"; readonly token: string }
  | { readonly name: "sign-in"; readonly email: string; readonly notice?: string | undefined }
  | { readonly name: "second-factor" }
  | { readonly name: "enrolment" }
  | { readonly name: "recovery-codes"; readonly codes: string[] }
  | { readonly name: "workspace"; readonly session: SignedInSession; readonly notice?: string | undefined };

/** Reads a one-time link token from the address fragment and removes it from the address bar and history. */
function takeLinkToken(): string | undefined {
  const match = /^#link=([\w-]+)$/.exec(location.hash);
  if (match?.[1] === undefined) return undefined;
  history.replaceState(null, "", location.pathname);
  return match[1];
}

/** The clinic area: sign-in (password, then second factor or enrolment), then the workspace. */
export function ClinicApp() {
  const [language, setLanguage] = useState<Language>(() => preferredLanguage(navigator.languages));
  const t = translatorFor(clinicCatalog, language);
  const [screen, setScreen] = useState<Screen>({ name: "loading" });

  // Before the browser paints, so text in the new language is never shown (or read aloud) under the old
  // language's lang attribute (WCAG 3.1.1).
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t.text("app.name")} — ${t.text("app.area")}`;
  }, [language]);

  async function showSession(notice?: string) {
    const session = await callApi<SessionState>("GET", "/api/session").catch(
      () => ({ stage: "signed-out" }) as const,
    );
    if (session.stage === "full") setScreen({ name: "workspace", session, notice });
    else if (session.stage === "second-factor") setScreen({ name: "second-factor" });
    else if (session.stage === "enrolment") setScreen({ name: "enrolment" });
    else setScreen({ name: "sign-in", email: "", notice });
  }

  useEffect(() => {
    const token = takeLinkToken();
    if (token !== undefined) setScreen({ name: "link", token });
    else void showSession();
    // A link pasted into a tab that already shows the clinic changes only the fragment: no reload.
    const onHashChange = () => {
      const pasted = takeLinkToken();
      if (pasted !== undefined) setScreen({ name: "link", token: pasted });
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);

  const afterPassword = (stage: SignInStage) => {
    if (stage === "full") void showSession();
    else setScreen(stage === "enrolment" ? { name: "enrolment" } : { name: "second-factor" });
  };

  /**
   * Leaves the workspace: the screens unmount (no record stays in view), drafts are removed from this
   * tab's storage (docs/security.md), and the sign-in form shows why.
   */
  function leaveWorkspace(notice: string) {
    clearClinicDrafts();
    setScreen({ name: "sign-in", email: "", notice });
  }

  async function signOut() {
    clearClinicDrafts();
    await callApi("DELETE", "/api/session").catch(() => undefined);
    rememberCsrfToken(undefined);
    leaveWorkspace(t.text("signIn.ended"));
  }

  function sessionEnded(why: "idle" | "lost", idleMinutes: number) {
    leaveWorkspace(why === "idle" ? t.text("idle.ended", { minutes: idleMinutes }) : t.text("session.lost"));
    // The server ends an idle session by itself; this makes sure, and drops the in-memory token.
    void callApi("DELETE", "/api/session").catch(() => undefined);
    rememberCsrfToken(undefined);
  }

  return (
    <LanguageContext.Provider value={language}>
      <header class="clinic-header">
        <span class="brand">
          {t.text("app.name")} · {t.text("app.area")}
        </span>
        <button
          type="button"
          class="language-switch"
          lang={language === "en" ? "es" : "en"}
          aria-label={t.text("language.switchLabel")}
          onClick={() => setLanguage(language === "en" ? "es" : "en")}
        >
          {t.text("language.switch")}
        </button>
      </header>
      {screen.name === "workspace" ? (
        <WorkspaceScreen
          session={screen.session}
          notice={screen.notice}
          onSignOut={signOut}
          onSessionEnded={(why) => sessionEnded(why, screen.session.idleMinutes)}
        />
      ) : (
        <main id="main">
          {screen.name === "loading" ? <p role="status">{t.text("common.working")}</p> : null}
          {screen.name === "link" ? (
            <PasswordLinkScreen
              token={screen.token}
              onDone={(email) => setScreen({ name: "sign-in", email, notice: t.text("link.done") })}
            />
          ) : null}
          {screen.name === "sign-in" ? (
            <SignInScreen initialEmail={screen.email} notice={screen.notice} onStage={afterPassword} />
          ) : null}
          {screen.name === "second-factor" ? (
            <SecondFactorScreen
              onSignedIn={(notice) => void showSession(notice)}
              onCancel={() => setScreen({ name: "sign-in", email: "" })}
            />
          ) : null}
          {screen.name === "enrolment" ? (
            <EnrolmentScreen onEnrolled={(codes) => setScreen({ name: "recovery-codes", codes })} />
          ) : null}
          {screen.name === "recovery-codes" ? (
            <RecoveryCodesScreen codes={screen.codes} onDone={() => void showSession()} />
          ) : null}
        </main>
      )}
    </LanguageContext.Provider>
  );
}
