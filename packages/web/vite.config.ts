import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { serviceWorkerPlugin } from "./service-worker-plugin.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web app: the public guide, the self-check and the decision aid run on the person's device.
// No CDN, no third-party fonts: everything is bundled and served from our own origin.
export default defineConfig({
  root: here("."),
  base: "/",
  publicDir: here("public"),
  resolve: {
    // The engine's files of plain lists first: "@stepwise/engine" would also match them as a prefix.
    alias: {
      "@stepwise/engine/levels": here("../engine/src/levels/level-of-care.ts"),
      "@stepwise/engine/assessment-model": here("../engine/src/assessment/assessment.ts"),
      "@stepwise/engine": here("../engine/src/index.ts"),
    },
  },
  plugins: [serviceWorkerPlugin()],
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // Two pages: the public guide (/) and the staff sign-in and workspace (/clinic/).
      input: { main: here("index.html"), clinic: here("clinic/index.html") },
      // The engine is pure (docs/design.md: no I/O, no side effects), so a module of it that nothing uses can
      // be dropped: the guide's level list must not pull the assessment schema into the first screen.
      treeshake: { moduleSideEffects: (id: string) => !id.includes("/packages/engine/src/") },
    },
  },
});
