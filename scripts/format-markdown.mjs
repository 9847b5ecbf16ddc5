// Formats Markdown the way `biome check` expects, so generated docs pass lint unchanged.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Returns `markdown` as Biome would format the file at `path` (relative to the repository root). */
export function formatMarkdown(markdown, path) {
  const result = spawnSync(`${root}node_modules/.bin/biome`, ["format", `--stdin-file-path=${path}`], {
    cwd: root,
    input: markdown,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`biome could not format ${path}: ${result.stderr.split("\n")[0]}`);
  return result.stdout;
}
