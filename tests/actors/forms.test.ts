import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormMatcher, formPattern } from "../../src/actors/mentions/forms.ts";

/** Every (form, offset) the one-pattern-per-form way finds. */
function slow(forms: string[], text: string): string[] {
  return [...new Set(forms)]
    .filter((f) => f.trim())
    .flatMap((f) => [...text.matchAll(formPattern(f, true))].map((m) => `${f}@${m.index}`))
    .sort();
}

function fast(forms: string[], text: string): string[] {
  const matcher = new FormMatcher(forms);
  const out: string[] = [];
  matcher.scan(text, (i, at) => out.push(`${matcher.forms[i]}@${at}`));
  return out.sort();
}

describe("FormMatcher", () => {
  const forms = [
    "Trump",
    "Donald Trump",
    "Former President Donald Trump",
    "Rep. Lopez",
    "Rep. Maria Lopez",
    "Rep. Anna Fischer",
    "U.S.",
    "U.S. Department",
    "the ayatollah",
    "O’Brien",
    "(IRGC)",
  ];

  it("GIVEN forms sharing first words, initialisms, apostrophes and any-case phrases THEN it finds what each pattern finds", () => {
    const text =
      "Former President Donald Trump’s aide met Rep. Lopez and Rep. Maria  Lopez; The Ayatollah, " +
      "O'Brien and the U.S. Department (IRGC) spoke. Trumpet U.S.A Trump";
    expect(fast(forms, text)).toEqual(slow(forms, text));
    expect(fast(forms, text)).toContain(`Rep. Maria Lopez@${text.indexOf("Rep. Maria")}`);
  });

  it("GIVEN random texts of the forms' words THEN it agrees with one pattern per form", () => {
    const pieces = ["Trump", "Donald", "Former", "President", "Rep.", "Lopez", "Maria", "U.S.", "the", "The"];
    const glue = [" ", "  ", "’s ", ", ", ".", "-", "\n", "ayatollah", "Ayatollah "];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...glue)), { maxLength: 30 })
      .map((parts) => parts.map(([p, g]) => p + g).join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(fast(forms, t)).toEqual(slow(forms, t));
      }),
    );
  });

  it("GIVEN letters outside ASCII and outside the BMP THEN it agrees with one pattern per form", () => {
    const accented = ["Ünal Demir", "Şefçoviç", "the Ünal group", "Zoë", "𝐀lpha Corp", "Ayşe", "STRASSE"];
    const pieces = [
      "Ünal",
      "ünal",
      "ÜNAL",
      "Demir",
      "Şefçoviç",
      "Zoë",
      "𝐀lpha",
      "Corp",
      "the",
      "Ayşe",
      "straße",
    ];
    const glue = [" ", "’s ", ", ", "é", "𝐀", "-", "\n"];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...glue)), { maxLength: 30 })
      .map((parts) => parts.map(([p, g]) => p + g).join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(fast(accented, t)).toEqual(slow(accented, t));
      }),
    );
    expect(fast(accented, "Ünal Demir met ÜNAL GROUP? no: THE ÜNAL GROUP")).toContain("the Ünal group@31");
  });

  it("GIVEN texts WHEN asking which forms are present THEN only those written as whole words", () => {
    expect([...new FormMatcher(forms).present(["Trumpet", "a U.S. plan"])]).toEqual(["U.S."]);
  });
});
