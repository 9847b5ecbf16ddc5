import { render } from "preact";
import { App } from "./app.js";
import { installBrowserBack } from "./browser-back.js";
import { isExiting } from "./components/quick-exit.js";
import { watchForWeighLinks } from "./decision-aid/incoming-link.js";
import { navigation } from "./navigation.js";
import { registerServiceWorker } from "./offline/register-service-worker.js";
import "./styles.css";

// A weigh-it-together link carries its ratings in the fragment: take it, clear it, open the decision aid.
watchForWeighLinks(() => navigation.navigate("decision-aid"));

// The browser's Back button steps back inside the app (one extra history entry at most).
installBrowserBack(navigation, isExiting);

const root = document.getElementById("app");
if (root !== null) render(<App />, root);
registerServiceWorker();
