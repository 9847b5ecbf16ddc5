// Summarizes a V8 CPU profile written by `node bench/api.mjs --profile DIR`: self time by package or
// source folder, and the hottest functions, so the bench:api report can say where the time goes.
//   node bench/api-profile-summary.mjs DIR/*.cpuprofile
import { readFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map();
  const deltas = profile.timeDeltas;
  for (let index = 0; index < profile.samples.length; index += 1) {
    const id = profile.samples[index];
    selfTime.set(id, (selfTime.get(id) ?? 0) + (deltas[index] ?? 0));
  }
  const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);
  const groupOf = (url, name) => {
    if (url === "") return name.startsWith("(") ? name : "(native)";
    const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (modules) return modules[1];
    if (url.startsWith("node:")) return url;
    return "(stepwise bundle)";
  };
  const groups = new Map();
  const functions = new Map();
  for (const [id, time] of selfTime) {
    const node = byId.get(id);
    const { url, functionName, lineNumber } = node.callFrame;
    const group = groupOf(url, functionName);
    groups.set(group, (groups.get(group) ?? 0) + time);
    const key = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + time);
  }
  const show = (map, count) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, time]) => `  ${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`)
      .join("\n");
  console.log(
    `${file}: ${(total / 1e6).toFixed(1)} s sampled\nby package:\n${show(groups, 15)}\nhottest functions:\n${show(functions, 25)}`,
  );
}
