import { describe, expect, it } from "vitest";
import { qrPath } from "./qr-path.js";

describe("a QR code drawn as one SVG path (a weigh-it-together link)", () => {
  it("draws a square code with a quiet zone and the three corner finder patterns", () => {
    const { size, path } = qrPath("https://stepwise.example.org/#weigh=1&k=ask&f=time.sleep.duties&r=305");
    // Version sizes are 21, 25, 29… modules; plus 4 quiet modules on each side.
    expect((size - 8 - 21) % 4).toBe(0);
    // The top-left finder's corner module is dark, right after the quiet zone.
    expect(path.startsWith("M4 4h1v1h-1z")).toBe(true);
    expect(path).toContain(`M${size - 5} 4h1v1h-1z`);
    expect(path).toContain(`M4 ${size - 5}h1v1h-1z`);
  });

  it("grows with a longer link", () => {
    expect(qrPath("x".repeat(200)).size).toBeGreaterThan(qrPath("x").size);
  });
});
