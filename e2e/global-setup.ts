/**
 * Browser-suite setup: builds the app exactly as `npm start` does, starts the real server on a free
 * port with a fresh SQLite folder, and hands its address to the tests (`inject("baseUrl")`).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL("..", import.meta.url));

export function startServer(
  environment: Record<string, string>,
): Promise<{ url: string; process: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [join(root, "packages/cli/bin/stepwise.mjs"), "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: match[1], process: child, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with code ${code}:\n${output}`));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync(process.execPath, [join(root, "scripts/build.mjs"), "--quiet"], {
    cwd: root,
    stdio: "inherit",
  });
  const dataDirectory = mkdtempSync(join(tmpdir(), "stepwise-e2e-"));
  const server = await startServer({ STEPWISE_DATA_DIR: dataDirectory });
  project.provide("baseUrl", server.url);
  return async () => {
    server.process.kill("SIGTERM");
    await new Promise((resolve) => server.process.once("exit", resolve));
    rmSync(dataDirectory, { recursive: true, force: true });
  };
}
