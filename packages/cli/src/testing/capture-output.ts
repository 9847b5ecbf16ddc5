import { vi } from "vitest";

/** What a command writes to stdout and stderr while the test runs it (restored by vi.restoreAllMocks). */
export function captureOutput(): { stdout: string; stderr: string } {
  const output = { stdout: "", stderr: "" };
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    output.stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    output.stderr += String(chunk);
    return true;
  });
  return output;
}
