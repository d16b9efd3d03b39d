import { describe, expect, it } from "vitest";
import { typoDistance } from "../../src/language/typos.ts";
import { WordTable } from "../../src/search/word-table.ts";

const table = WordTable.from(
  new Map([
    ["grossi", { term: "grossi", name: true }],
    ["gross", { term: "gross", name: false }],
    ["negotiations", { term: "negoti", name: false }],
    ["avenue", { term: "avenu", name: true }],
    ["chair", { term: "chair", name: false }],
  ]),
);

describe("word table", () => {
  it("GIVEN a misspelt word THEN the words within the allowed slips come back with their distance", () => {
    const found = table.similar("negotiatons", 2).map((s) => [s.word, s.distance]);
    expect(found).toEqual([["negotiations", 1]]);
    expect(table.similar("chiar", 1).map((s) => s.word)).toEqual(["chair"]);
    expect(table.similar("grosi", 1).map((s) => s.word)).toEqual(["gross", "grossi"]);
    expect(table.similar("xyzzy", 2)).toEqual([]);
  });

  it("GIVEN a prefix THEN the words starting with it come back in order, with stem and name flag", () => {
    expect([...table.withPrefix("gros")]).toEqual([
      ["gross", { term: "gross", name: false }],
      ["grossi", { term: "grossi", name: true }],
    ]);
    expect(table.get("avenue")).toEqual({ term: "avenu", name: true });
    expect(table.get("aven")).toBeUndefined();
  });

  it("GIVEN words far apart THEN the distance stops at max + 1 and is exact below it", () => {
    expect(typoDistance("kitten", "sitting", 1)).toBe(2);
    expect(typoDistance("kitten", "sitting", 5)).toBe(3);
    expect(typoDistance("abcdefgh", "hgfedcba", 2)).toBe(3);
    expect(typoDistance("", "abc", 5)).toBe(3);
  });
});
