import { describe, expect, it } from "vitest";
import { csvField } from "./audit-events.js";

describe("an audit CSV field", () => {
  it("quotes commas, quotes and line breaks, and neutralizes cells a spreadsheet would run as formulas", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
    expect(csvField("client.read")).toBe("client.read");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@cmd")).toBe("'@cmd");
  });
});
