// `npm run bench:api`: creating an assessment (validate, score, persist, audit) against a baseline route of
// the same server that passes the same authentication, CSRF check and request logging but does no work,
// measured side by side in one run on SQLite and on PostgreSQL (bench/README.md, "Records API").
//
//   node bench/api.mjs [--seconds 5] [--rounds 3] [--connections 64] [--only sqlite|postgres] [--profile DIR]
import autocannon from "autocannon";
import { bundleForNode, onEachDatabase, serverCpu, startServer } from "./bench-server.mjs";
import { option } from "./side-by-side.mjs";

const seconds = Number(option("seconds", "3"));
const rounds = Number(option("rounds", "7"));
const connections = Number(option("connections", "64"));
const only = option("only", undefined);
// --profile FOLDER: the server writes a V8 CPU profile there (node --cpu-prof) to show where the time goes.
const profileFolder = option("profile", undefined);
const TARGETS = { sqlite: { ratio: 0.3 }, postgres: { ratio: 0.2 } };
const P99_TARGET_MS = 50;

const assessment = {
  answers: {
    modelVersion: "1",
    asOf: "2026-03-02",
    mode: "clinician",
    respondent: "professional",
    age: 41,
    substances: [
      { substance: "alcohol", frequency: "daily", amount: "heavy", lastUseDaysAgo: 0, useDisorder: "severe" },
    ],
    useDisorder: "severe",
    withdrawal: { over: false, signsNow: "moderate", history: { seizures: false, delirium: false } },
    medical: { condition: "stable", pregnant: false },
    mentalHealth: {
      suicidalThoughts: false,
      suicidalIntentOrPlan: false,
      psychosisNow: false,
      stability: "stable",
    },
    readiness: { stage: "ready", willingToAttendAllAppointments: true },
    environment: { housing: "stable", homeSafe: true, othersUseAtHome: false, supportNetwork: "some" },
  },
  scaleAnswers: [{ instrument: "phq-9", answers: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 } }],
};

const serverBundle = await bundleForNode("bench/api-server.ts", "bench-api-server");

function load(url, headers, body, duration) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, method: "POST", headers, body, connections, duration, pipelining: 1 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function measure(dialect, environment) {
  const server = await startServer(serverBundle, environment, {
    nodeFlags: profileFolder === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${profileFolder}`],
    stderr: "inherit",
  });
  const subjectUrl = `${server.address}/api/clients/${server.clientId}/assessments`;
  const baselineUrl = `${server.address}/api/bench/baseline`;
  const body = JSON.stringify(assessment);
  const results = { subject: [], baseline: [] };
  try {
    // Warm-up: JIT, connection pools, SQLite page cache.
    await load(baselineUrl, server.headers, body, 2);
    await load(subjectUrl, server.headers, body, 2);
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, url] of [
        ["baseline", baselineUrl],
        ["subject", subjectUrl],
      ]) {
        const cpuBefore = await serverCpu(server.child);
        const result = await load(url, server.headers, body, seconds);
        const cpuAfter = await serverCpu(server.child);
        const bad = result.non2xx + result.errors + result.timeouts;
        if (bad > 0)
          throw new Error(`${dialect} ${name}: ${bad} failed requests (non-2xx, errors or timeouts)`);
        results[name].push({
          rps: result.requests.average,
          p99: result.latency.p99,
          cpuPerRequest: (cpuAfter - cpuBefore) / Math.max(1, result.requests.total),
        });
      }
    }
  } finally {
    server.child.kill("SIGTERM");
    await new Promise((resolve) => server.child.once("exit", resolve));
  }
  const subjectRps = median(results.subject.map((r) => r.rps));
  const baselineRps = median(results.baseline.map((r) => r.rps));
  // Each subject round against the baseline round just before it, so a slow spell of the machine hits both.
  const ratio = median(
    results.subject.map((round, index) => round.rps / (results.baseline[index]?.rps ?? Number.NaN)),
  );
  const subjectCpu = median(results.subject.map((r) => r.cpuPerRequest));
  const baselineCpu = median(results.baseline.map((r) => r.cpuPerRequest));
  const p99 = median(results.subject.map((r) => r.p99));
  const spread = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  const target = TARGETS[dialect].ratio;
  console.log(
    [
      `\n${dialect}: ${rounds} alternating rounds of ${seconds} s at ${connections} connections`,
      `  create assessment  ${subjectRps.toFixed(0)} req/s (rounds ${spread(results.subject.map((r) => r.rps))}), p99 ${p99} ms`,
      `  baseline route     ${baselineRps.toFixed(0)} req/s (rounds ${spread(results.baseline.map((r) => r.rps))}), p99 ${median(results.baseline.map((r) => r.p99))} ms`,
      `  server CPU per request: create assessment ${(subjectCpu / 1000).toFixed(2)} ms, baseline ${(baselineCpu / 1000).toFixed(2)} ms (cost ratio ${(baselineCpu / subjectCpu).toFixed(3)})`,
      `  ratio ${ratio.toFixed(3)} (median of ${rounds} paired rounds; target ≥ ${target}: ${ratio >= target ? "met" : "NOT met"}); p99 ${p99} ms (target ≤ ${P99_TARGET_MS} ms: ${p99 <= P99_TARGET_MS ? "met" : "NOT met"})`,
      // A closed loop of N connections has mean latency N / throughput (Little's law), so a p99 under
      // the target needs at least this throughput (the mean is below the p99).
      `  Little's law: ${connections} connections / ${subjectRps.toFixed(0)} req/s = ${((1000 * connections) / subjectRps).toFixed(0)} ms mean latency; a p99 ≤ ${P99_TARGET_MS} ms needs more than ${((1000 * connections) / P99_TARGET_MS).toFixed(0)} req/s`,
    ].join("\n"),
  );
  return { dialect, subjectRps, baselineRps, ratio, p99, subjectCpu, baselineCpu };
}

const outcomes = await onEachDatabase(only, measure);
console.log(
  `\nsummary: ${outcomes.map((o) => `${o.dialect} ratio ${o.ratio.toFixed(3)} p99 ${o.p99} ms`).join("; ")}`,
);
