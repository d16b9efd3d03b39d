import fc from "fast-check";
import { describe, expect, it } from "vitest";
import feedbackDown from "../../discord/components/feedback-down.ts";
import feedbackForm from "../../discord/components/feedback-form.ts";
import feedbackUp from "../../discord/components/feedback-up.ts";
import { COMPONENTS, checkComponents, readCustomId } from "../../discord/components/index.ts";
import morePassages from "../../discord/components/more-passages.ts";
import showParagraph from "../../discord/components/show-paragraph.ts";
import type { Component } from "../../discord/kit/component.ts";
import { DISCORD_LIMITS } from "../../src/render/limits.ts";

const answerId = "1234567890123456789";

describe("the component registry", () => {
  it("GIVEN every component THEN each prefix is its own, and none starts another's", () => {
    const prefixes = COMPONENTS.map((c) => c.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const a of prefixes)
      for (const b of prefixes) if (a !== b) expect(b.startsWith(a), `${a} starts ${b}`).toBe(false);
  });

  it("GIVEN a prefix that starts another THEN the registry refuses it", () => {
    const clash = { ...feedbackUp, prefix: "nd1:" } as Component<unknown>;
    expect(() => checkComponents([...COMPONENTS, clash])).toThrow(/the prefix "nd1:" also starts "nd1:m:"/);
  });

  // The ids as released: buttons under old messages carry them, so they must read back as they are.
  it.each<[string, Component<unknown>, unknown, string]>([
    [
      "More passages",
      morePassages,
      { corpusVersion: "abcd1234", passageIds: [10, 11, 35 * 36 + 35] },
      "nd1:m:abcd1234:a.b.zz",
    ],
    ["Show paragraph", showParagraph, { corpusVersion: "abcd1234", passageId: 8 }, "nd1:p:abcd1234:8"],
    ["👍", feedbackUp, answerId, `nd1:u:${answerId}`],
    ["👎", feedbackDown, answerId, `nd1:d:${answerId}`],
    ["the 👎 form", feedbackForm, answerId, `nd1:w:${answerId}`],
  ])(
    "GIVEN %s THEN its id is written as before and reads back through the registry",
    (_what, component, value, id) => {
      expect(component.encode(value)).toBe(id);
      expect(component.decode(id)).toEqual(value);
      expect(readCustomId(id, component.kind)).toEqual({ component, value });
    },
  );

  it.each([
    ["an empty id", "", "button"],
    ["an older format", "nd0:p:abcd1234:8", "button"],
    ["an unknown action", "nd1:x:abcd1234:8", "button"],
    ["another bot's id", "some-other-bot:button", "button"],
    ["a paragraph button with two passages", "nd1:p:abcd1234:8.9", "button"],
    ["a paragraph button with none", "nd1:p:abcd1234:", "button"],
    ["a corpus version that is not hex", "nd1:m:xyz:1.2", "button"],
    ["a passage id past the safe integers", `nd1:m:abcd1234:${"z".repeat(12)}`, "button"],
    ["a feedback id with no answer", "nd1:u:", "button"],
    ["a feedback id with letters", "nd1:d:12345678901234567x", "button"],
    ["a feedback id too short for a snowflake", "nd1:u:42", "button"],
    ["a button's id sent as a form", `nd1:u:${answerId}`, "modal"],
    ["the form's id sent as a button", `nd1:w:${answerId}`, "button"],
  ] as const)("GIVEN %s THEN no component reads it", (_what, id, kind) => {
    expect(readCustomId(id, kind)).toBeUndefined();
  });

  it("GIVEN any passages THEN the More id is at most 100 characters and reads back (the ids that fit, in order)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 60 }), (ids) => {
        const id = morePassages.encode({ corpusVersion: "0123abcd", passageIds: ids });
        expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        const read = morePassages.decode(id);
        if (!read) throw new Error(`did not read back: ${id}`);
        expect(read.passageIds.length).toBeGreaterThan(0);
        expect(read.passageIds).toEqual(ids.slice(0, read.passageIds.length));
      }),
    );
  });
});
