import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "./password-rules.js";

describe("password rules (ASVS 5.0 §6.2)", () => {
  it("accepts a long everyday passphrase without digits or symbols", () => {
    expect(passwordProblem("purple kettle under the stairs")).toBeNull();
  });

  it("refuses anything shorter than 15 characters and says how long it must be", () => {
    expect(passwordProblem("Tr0ub4dor&3xyz")).toContain("at least 15 characters");
  });

  it("accepts a 200-character passphrase, so password managers work", () => {
    const words = "river stone maple cloud harbor violin pepper candle meadow bridge lantern orchard";
    const long = Array.from({ length: 20 }, (_, index) => `${words.split(" ")[index % 12]}${index}`).join(
      " ",
    );
    expect([...long].length).toBeGreaterThan(150);
    expect(passwordProblem(long)).toBeNull();
  });

  it.each(["correct horse battery staple", "Password12345678", "1q2w3e4r5t6y7u8i", "abcabcabcabcabcabc"])(
    "refuses the common or repetitive password %s",
    (password) => {
      expect(passwordProblem(password)).toMatch(/too common/);
    },
  );

  it("refuses a password built from the person's own email address or the app name", () => {
    expect(passwordProblem("maria.lopez-is-my-name", { email: "maria.lopez@clinic.example" })).toMatch(
      /email address/,
    );
    expect(passwordProblem("my stepwise account key")).toMatch(/name of this app/);
  });

  it("never asks for a digit, capital or symbol (no composition rules)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("lamp", "ocean", "gravel", "tulip", "meadow", "canyon"), {
          minLength: 4,
          maxLength: 8,
        }),
        (words) => {
          const password = words.join(" ");
          const problem = passwordProblem(password);
          if (problem !== null) expect(problem).not.toMatch(/digit|capital|symbol|uppercase/i);
        },
      ),
    );
  });

  it("counts characters, not bytes, so a passphrase in any script is judged fairly", () => {
    const accented = "ñandú ".repeat(3);
    expect([...accented].length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    expect(passwordProblem(`${accented}árbol`)).toBeNull();
  });
});
