import { describe, expect, it } from "vitest";
import { acceptedTotpStep, newTotpSecret, totpCodeAt, totpEnrolmentUri } from "./totp.js";

describe("TOTP second factor", () => {
  const secret = newTotpSecret();
  const at = new Date("2026-03-01T10:00:10Z");

  it("accepts the current code once, then refuses the same code again", () => {
    const code = totpCodeAt(secret, at);
    const step = acceptedTotpStep(secret, code, at, null);
    expect(step).not.toBeNull();
    expect(acceptedTotpStep(secret, code, at, step)).toBeNull();
  });

  it("allows 30 seconds of clock drift but not two minutes", () => {
    const code = totpCodeAt(secret, at);
    expect(acceptedTotpStep(secret, code, new Date(at.getTime() + 30_000), null)).not.toBeNull();
    expect(acceptedTotpStep(secret, code, new Date(at.getTime() + 120_000), null)).toBeNull();
  });

  it("refuses codes that are not six digits, and another secret's code", () => {
    expect(acceptedTotpStep(secret, "12345", at, null)).toBeNull();
    expect(acceptedTotpStep(secret, "abcdef", at, null)).toBeNull();
    expect(acceptedTotpStep(secret, totpCodeAt(newTotpSecret(), at), at, null)).toBeNull();
  });

  it("gives authenticator apps an otpauth address naming Stepwise and the account", () => {
    const uri = totpEnrolmentUri(secret, "ana@clinic.example");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Stepwise:ana%40clinic\.example\?/);
    expect(uri).toContain(`secret=${secret}`);
  });
});
