import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CUSTOM_ID_MAX, encodeCustomId, parseCustomId } from "../../discord/kit/custom-id.ts";

describe("custom ids", () => {
  it.each([
    ["nd1:p:abcd1234:8", { action: "paragraph", corpusVersion: "abcd1234", passageId: 8 }],
    [
      "nd1:m:abcd1234:a.b.zz",
      { action: "more", corpusVersion: "abcd1234", passageIds: [10, 11, 35 * 36 + 35] },
    ],
  ])("GIVEN %s THEN it parses", (id, value) => {
    expect(parseCustomId(id, "abcd1234")).toEqual({ ok: true, value });
  });

  it.each([
    ["", "malformed"],
    ["nd0:p:abcd1234:8", "malformed"],
    ["nd1:x:abcd1234:8", "malformed"],
    ["nd1:p:abcd1234:8.9", "malformed"],
    ["nd1:p:abcd1234:", "malformed"],
    ["some-other-bot:button", "malformed"],
    ["nd1:p:00000000:8", "stale"],
  ])("GIVEN %j THEN it is refused as %s", (id, reason) => {
    expect(parseCustomId(id, "abcd1234")).toEqual({ ok: false, reason });
  });

  it("GIVEN any action THEN the id is at most 100 characters and parses back (ids that fit, in order)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 60 }), (ids) => {
        const id = encodeCustomId({ action: "more", corpusVersion: "0123abcd", passageIds: ids });
        expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
        const parsed = parseCustomId(id, "0123abcd");
        if (!parsed.ok || parsed.value.action !== "more") throw new Error(`did not parse: ${id}`);
        expect(parsed.value.passageIds).toEqual(ids.slice(0, parsed.value.passageIds.length));
        expect(parsed.value.passageIds.length).toBeGreaterThan(0);
      }),
    );
  });
});
