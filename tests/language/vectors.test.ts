import { describe, expect, it } from "vitest";
import { relatedTerms } from "../../src/language/related.ts";
import {
  bestSimilarity,
  hasTermVector,
  termSimilarity,
  termVector,
  vectorTable,
} from "../../src/language/vectors.ts";
import { tokenize } from "../../src/text/analyze.ts";

/** The stem a word is looked up by, as the search sees it. */
const stem = (word: string) => tokenize(word)[0]?.term ?? "";

// Random pairs of stems in the table have a median cosine near 0.02 and a 99th percentile near
// 0.37 (measured over 20,000 pairs), so 0.45 is well above chance.
const HIGH = 0.45;

describe("word vectors", () => {
  it.each([
    ["nuke", "nuclear"],
    ["jobs", "employment"],
    ["quit", "withdrew"],
    ["talks", "negotiations"],
    ["enemy", "adversary"],
    ["strategy", "campaign"],
  ])("%s ~ %s by their stems", (a, b) => {
    const similarity = termSimilarity(stem(a), stem(b));
    expect(similarity).toBeGreaterThan(HIGH);
    expect(termSimilarity(stem(b), stem(a))).toBe(similarity);
  });

  it("keys vectors by the project's stems, not by words", () => {
    expect(stem("negotiations")).toBe("negoti");
    expect(hasTermVector("negoti")).toBe(true);
    expect(hasTermVector("negotiations")).toBe(false);
    // The irregular past reaches the verb's stem before the table is asked.
    expect(stem("withdrew")).toBe("withdraw");
  });

  it("scores unknown stems 0, even against themselves", () => {
    expect(termSimilarity("zzqxv", stem("nuclear"))).toBe(0);
    expect(termSimilarity(stem("nuclear"), "zzqxv")).toBe(0);
    expect(termSimilarity("zzqxv", "zzqxv")).toBe(0);
    expect(termSimilarity("", "")).toBe(0);
    expect(termVector("zzqxv")).toBeUndefined();
    expect(bestSimilarity("zzqxv", [stem("nuclear")])).toBe(0);
  });

  it("gives an unrelated pair a low score", () => {
    expect(termSimilarity(stem("nuclear"), stem("banana"))).toBeLessThan(0.2);
  });

  it("bestSimilarity is the best cosine over a sentence's stems, never below 0", () => {
    const sentence = ["banana", "withdrew", "yesterday"].map(stem).concat("zzqxv");
    const best = bestSimilarity(stem("quit"), sentence);
    expect(best).toBe(Math.max(0, ...sentence.map((t) => termSimilarity(stem("quit"), t))));
    expect(best).toBe(termSimilarity(stem("quit"), stem("withdrew")));
    expect(bestSimilarity(stem("quit"), [])).toBe(0);
    expect(bestSimilarity(stem("nuclear"), [stem("nuclear")])).toBeCloseTo(1, 6);
  });

  it("termVector is a unit-length copy", () => {
    const v = termVector(stem("nuclear")) as Float32Array;
    expect(v).toHaveLength(vectorTable().dims);
    expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    v[0] = 99;
    expect(termVector(stem("nuclear"))?.[0]).not.toBe(99);
  });

  it("has one row per sorted stem, and no stop words or short words", () => {
    const { terms, rowOf, data, dims } = vectorTable();
    expect(terms.length).toBeGreaterThan(30_000);
    expect(data).toHaveLength(terms.length * dims);
    expect([...terms].sort()).toEqual(terms);
    expect(rowOf.size).toBe(terms.length);
    // Stop words get no vector of their own (a stem like "and" can still come from "andes").
    for (const word of ["the", "which", "because", "would", "with", "from"]) {
      expect(hasTermVector(stem(word))).toBe(false);
    }
  });
});

describe("related terms", () => {
  it.each([
    ["jobs", "employment"],
    ["talks", "negotiations"],
    ["enemy", "adversary"],
  ])("%s ~ %s, both ways", (a, b) => {
    expect(relatedTerms(stem(a)).has(stem(b))).toBe(true);
    expect(relatedTerms(stem(b)).has(stem(a))).toBe(true);
  });

  it("does not relate weekdays, months or numbers, however close their vectors", () => {
    expect(termSimilarity(stem("monday"), stem("tuesday"))).toBeGreaterThan(0.9);
    expect(relatedTerms(stem("monday")).has(stem("tuesday"))).toBe(false);
    for (const word of ["monday", "tuesday", "january", "year", "today", "two", "million"]) {
      expect(relatedTerms(stem(word)).size).toBe(0);
    }
  });

  it("gives an empty map for an unknown stem", () => {
    expect(relatedTerms("zzqxv").size).toBe(0);
    expect(relatedTerms("").size).toBe(0);
  });

  it("writes each pair's cosine as termSimilarity computes it, highest first", () => {
    for (const word of ["nuclear", "jobs", "strike", "talks", "attack", "suspend"]) {
      const others = [...relatedTerms(stem(word))];
      for (const [other, cosine] of others) {
        expect(cosine).toBe(Number(termSimilarity(stem(word), other).toFixed(2)));
        expect(relatedTerms(other).get(stem(word))).toBe(cosine);
      }
      const cosines = others.map(([, c]) => c);
      expect(cosines).toEqual([...cosines].sort((x, y) => y - x));
    }
  });
});
