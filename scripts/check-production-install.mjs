// Proves a production install works: the built tree with only the runtime dependencies (`npm prune
// --omit=dev`) runs `stepwise serve` (GET /api/health and the web app), `stepwise assess` on an example and
// `stepwise score-response` on a public FHIR fixture. A dependency the built CLI or server needs at run
// time but that is declared only as a dev dependency fails here. Run by `.ci/run` after `npm test`;
// `node scripts/check-production-install.mjs` runs it alone (it builds first if there is no build).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const WORKSPACES = ["engine", "server", "web", "cli"];
/** Packages only development needs; each must be gone after the prune, or the check proves nothing. */
const DEV_ONLY = ["vitest", "esbuild", "fhirpath", "@biomejs/biome", "typescript"];

function fail(message) {
  throw new Error(message);
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.status !== 0)
    fail(`${command} ${args.join(" ")} exited ${result.status}: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

/** The built tree without sources: manifests, lock file, the CLI bundle and the web build. */
function copyBuiltTree(target) {
  for (const file of ["package.json", "package-lock.json"]) cpSync(join(root, file), join(target, file));
  for (const name of WORKSPACES)
    cpSync(join(root, "packages", name, "package.json"), join(target, "packages", name, "package.json"));
  for (const folder of ["packages/cli/bin", "packages/cli/dist", "packages/web/dist"])
    cpSync(join(root, folder), join(target, folder), { recursive: true });
  // Hard links make the copy take a second; npm prune only unlinks, so the originals are untouched. The one
  // file npm rewrites in place (its hidden lock file) is copied for real. Another file system: a plain copy.
  const linked = spawnSync("cp", ["-al", join(root, "node_modules"), join(target, "node_modules")]);
  if (linked.status !== 0) {
    rmSync(join(target, "node_modules"), { recursive: true, force: true });
    run("cp", ["-a", join(root, "node_modules"), join(target, "node_modules")]);
  } else {
    const hiddenLock = join(target, "node_modules", ".package-lock.json");
    if (existsSync(hiddenLock)) {
      rmSync(hiddenLock);
      cpSync(join(root, "node_modules", ".package-lock.json"), hiddenLock);
    }
  }
}

async function checkServe(tree) {
  const environment = { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn" };
  environment.STEPWISE_DATA_DIR = join(tree, "data");
  delete environment.DATABASE_URL;
  delete environment.STEPWISE_WEB_ROOT;
  const server = spawn(process.execPath, ["packages/cli/bin/stepwise.mjs", "serve"], {
    cwd: tree,
    env: environment,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk) => {
    output += chunk;
  });
  server.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    const address = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`serve did not start in 30 s: ${output.trim()}`)),
        30_000,
      );
      server.stdout.on("data", () => {
        const match = /running at (http:\/\/localhost:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1].replace("localhost", "127.0.0.1"));
        }
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited ${code} before it started: ${output.trim()}`));
      });
    });
    const health = await fetch(`${address}/api/health`);
    if (health.status !== 200) fail(`GET /api/health answered ${health.status}: ${await health.text()}`);
    const page = await fetch(`${address}/`);
    const html = await page.text();
    if (page.status !== 200 || !html.includes("<html"))
      fail(`GET / answered ${page.status}, not the web app`);
  } finally {
    server.kill("SIGTERM");
  }
  const code = await exited;
  if (code !== 0) fail(`serve exited ${code} on SIGTERM: ${output.trim()}`);
}

function checkCommands(tree) {
  const cli = ["packages/cli/bin/stepwise.mjs"];
  const placement = JSON.parse(
    run(process.execPath, [...cli, "assess", join(root, "docs/examples/intensive-outpatient-alcohol.json")], {
      cwd: tree,
    }),
  );
  if (typeof placement.level !== "string") fail("assess printed no level");
  const fixture = join(root, "fixtures/fhir/us-core/QuestionnaireResponse-phq-9-example.json");
  const score = JSON.parse(run(process.execPath, [...cli, "score-response", fixture], { cwd: tree }));
  if (score.instrument !== "phq-9" || score.total !== 12)
    fail(`score-response gave ${score.instrument} ${score.total}, expected phq-9 12`);
  return { level: placement.level, phq9: score.total };
}

if (!existsSync(join(root, "packages/cli/dist/stepwise.mjs")) || !existsSync(join(root, "packages/web/dist")))
  run(process.execPath, [join(root, "scripts/build.mjs"), "--quiet"], { stdio: "inherit" });

mkdirSync(join(root, ".tmp"), { recursive: true });
const tree = mkdtempSync(join(root, ".tmp", "production-install-"));
try {
  copyBuiltTree(tree);
  run("npm", ["prune", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd: tree,
  });
  const left = DEV_ONLY.filter((name) => existsSync(join(tree, "node_modules", name)));
  if (left.length > 0) fail(`npm prune --omit=dev left dev packages: ${left.join(", ")}`);
  const pruned = seconds();
  const { level, phq9 } = checkCommands(tree);
  await checkServe(tree);
  console.log(
    `Production install (npm prune --omit=dev, pruned in ${pruned}): serve answered /api/health and /, ` +
      `assess placed ${level}, score-response scored PHQ-9 ${phq9}; ${seconds()} in all.`,
  );
} catch (error) {
  console.error(`Production install check failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(tree, { recursive: true, force: true });
}
