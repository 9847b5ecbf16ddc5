import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { SafetyHeader } from "./components/SafetyHeader.js";
import {
  chosenLanguage,
  type Language,
  LanguageContext,
  preferredLanguage,
  rememberLanguage,
  translator,
  useTranslator,
} from "./i18n/language.js";
import {
  HOME_SCREEN,
  navigation,
  SCREEN_LOADERS,
  type ScreenComponent,
  type ScreenId,
  useNavigation,
} from "./navigation.js";
import { Guide } from "./screens/Guide.js";

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The app shell. Screens change by in-memory state (navigation.ts), never in the URL; the browser's
 * Back steps back inside the app through at most one extra history entry (browser-back.ts), and Back
 * after a quick exit cannot return to the person's answers. Only the guide is in the first screen's
 * JavaScript; every other screen loads on demand. A language the person chose is kept for reloads.
 */
export function App() {
  const [language, setLanguageNow] = useState<Language>(
    () => chosenLanguage(sessionStore()) ?? preferredLanguage(navigator.languages ?? []),
  );
  const setLanguage = (chosen: Language) => {
    rememberLanguage(sessionStore(), chosen);
    setLanguageNow(chosen);
  };
  const t = useMemo(() => translator(language), [language]);
  const { screen } = useNavigation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // Before the browser paints, so text in the new language is never shown (or read aloud) under the old
  // language's lang attribute (WCAG 3.1.1).
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t.text("app.name")} — ${t.text("guide.title")}`;
  }, [language, t]);
  // A new screen starts at its top, with keyboard and screen-reader focus on it (WCAG 2.4.3), set before the
  // browser paints it so focus never jumps away from a field someone has started typing in.
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus();
  }, [screen]);
  return (
    <LanguageContext.Provider value={language}>
      <SafetyHeader onLanguageChange={setLanguage} />
      <main id="main" tabIndex={-1} ref={main}>
        {screen === HOME_SCREEN ? <Guide /> : <LazyScreen screen={screen} />}
      </main>
      <footer class="site-footer">
        <h2 class="site-footer__heading">{t.text("crisis.heading")}</h2>
        <ul>
          <li>{t.text("crisis.988")}</li>
          <li>{t.text("crisis.911")}</li>
          <li>{t.text("crisis.samhsa")}</li>
        </ul>
        <p>{t.text("guide.footer.notAdvice")}</p>
        <p>{t.text("guide.footer.privacy")}</p>
      </footer>
    </LanguageContext.Provider>
  );
}

const loadedScreens = new Map<ScreenId, ScreenComponent>();

/** A screen from its own chunk; while it loads the crisis strip and quick exit are already on the page. */
function LazyScreen({ screen }: { screen: ScreenId }) {
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState(false);
  const Screen = loadedScreens.get(screen);
  const t = useTranslator();
  useEffect(() => {
    if (loadedScreens.has(screen)) return;
    const load = SCREEN_LOADERS[screen];
    if (load === undefined) {
      navigation.reset();
      return;
    }
    let current = true;
    setFailed(false);
    load().then(
      (component) => {
        loadedScreens.set(screen, component);
        if (current) setLoaded((count) => count + 1);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [screen]);
  if (failed) return <p role="alert">{t.text("screen.loadFailed")}</p>;
  if (Screen === undefined) return <p aria-live="polite">{t.text("screen.loading")}</p>;
  return <Screen />;
}
