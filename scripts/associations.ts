// Learns the question → sentence stem associations two ranking features read
// (src/search/associations.ts) from the answerable training questions and their answering sentences.
import type { Corpus } from "../src/corpus/types.ts";
import { fixQuestionWord } from "../src/language/typos.ts";
import { type AssociationTable, associationStems, typeStem } from "../src/search/associations.ts";
import { questionType } from "../src/search/features.ts";
import { contentTerms, tokenize } from "../src/text/analyze.ts";
import { answers, type Question } from "../tests/eval/metrics.ts";

export interface AssocOptions {
  /** Least number of distinct articles whose answering sentence holds the pair. */
  minArticles: number;
  /** Least number of distinct question sets (corpora) likewise. */
  minCorpora: number;
  /** Least strength (smoothed log lift) kept. */
  minStrength: number;
  /** Additive smoothing of observed and expected counts. */
  prior: number;
  /** Questions with more answering sentences than this are skipped (a gold string too common). */
  maxGold: number;
}

/**
 * Chosen on the validation questions (session 28; ranking alone, hit@1 / hit@3, baseline 0.6128 /
 * 0.7975): these, 1,878 pairs, 0.6330 / 0.8133; at least 5 articles, 4 corpora and strength 1.0,
 * 268 pairs, 0.6306 / 0.8044; 2, 2 and 0.3, 6,783 pairs, 0.6346 / 0.8137, within noise of these
 * with weaker pairs that may generalise less. Counting articles and corpora, not questions, is what
 * keeps one article's own words ("uranium" for a question about "nukes") out.
 */
export const ASSOC_OPTIONS: AssocOptions = {
  minArticles: 3,
  minCorpora: 2,
  minStrength: 0.5,
  prior: 1,
  maxGold: 3,
};

/**
 * One answerable training question: its content stems and its type's stem ("type:why"), and the
 * stems of its answering sentences as `associationStems` reads them (function words and figures too).
 */
export interface AssocExample {
  corpus: string;
  /** How often each stem stands in a sentence of the question's corpus (share of its sentences). */
  rates: ReadonlyMap<string, number>;
  question: string[];
  /** Each answering sentence's stems, with its article's key. */
  gold: Array<{ article: string; stems: Set<string> }>;
}

/** A corpus's sentences' stems and their rates, worked out once per corpus. */
const corpora = new Map<string, { stems: Set<string>[]; rates: ReadonlyMap<string, number> }>();

function corpusStems(corpus: Corpus): { stems: Set<string>[]; rates: ReadonlyMap<string, number> } {
  let known = corpora.get(corpus.dir);
  if (!known) {
    const stems = corpus.passages.map((p) => associationStems(tokenize(p.text)));
    const df = new Map<string, number>();
    for (const s of stems) for (const t of s) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(1, stems.length);
    known = { stems, rates: new Map([...df].map(([t, c]) => [t, c / n])) };
    corpora.set(corpus.dir, known);
  }
  return known;
}

export function assocExample(corpus: Corpus, question: Question): AssocExample | undefined {
  if (!question.answerable) return undefined;
  const { stems, rates } = corpusStems(corpus);
  const gold: AssocExample["gold"] = [];
  corpus.passages.forEach((p, i) => {
    if (answers(question, p.text))
      gold.push({ article: `${corpus.dir}#${p.articleId}`, stems: stems[i] as Set<string> });
  });
  if (gold.length === 0 || gold.length > ASSOC_OPTIONS.maxGold) return undefined;
  // The type as `ask` reads it (src/search/query.ts).
  const type = typeStem(questionType(fixQuestionWord(question.query)));
  return {
    corpus: corpus.dir,
    rates,
    question: [...new Set(contentTerms(question.query)), ...(type ? [type] : [])],
    gold,
  };
}

interface PairCount {
  count: number;
  articles: Set<string>;
  corpora: Set<string>;
}

/** The table learnt from the examples. */
export function learnAssociations(
  examples: AssocExample[],
  options: AssocOptions = ASSOC_OPTIONS,
): AssociationTable {
  const pairs = new Map<string, Map<string, PairCount>>();
  // Where each question stem went uncovered: [its corpus's rates, weight], for the expected counts.
  const uncovered = new Map<string, Array<[ReadonlyMap<string, number>, number]>>();
  for (const ex of examples) {
    const q = new Set(ex.question);
    const w = 1 / ex.gold.length;
    for (const g of ex.gold) {
      for (const qs of q) {
        if (g.stems.has(qs)) continue;
        let list = uncovered.get(qs);
        if (!list) {
          list = [];
          uncovered.set(qs, list);
        }
        list.push([ex.rates, w]);
        let row = pairs.get(qs);
        if (!row) {
          row = new Map();
          pairs.set(qs, row);
        }
        for (const s of g.stems) {
          if (q.has(s)) continue;
          let p = row.get(s);
          if (!p) {
            p = { count: 0, articles: new Set(), corpora: new Set() };
            row.set(s, p);
          }
          p.count += w;
          p.articles.add(g.article);
          p.corpora.add(ex.corpus);
        }
      }
    }
  }
  const table = new Map<string, Map<string, number>>();
  for (const [qs, row] of pairs) {
    const where = uncovered.get(qs) ?? [];
    for (const [s, p] of row) {
      if (p.articles.size < options.minArticles || p.corpora.size < options.minCorpora) continue;
      let expected = 0;
      for (const [rates, w] of where) expected += w * (rates.get(s) ?? 0);
      // Rounded as written to ranker-weights.json: training features what the shipped table gives.
      const strength =
        Math.round(Math.log((p.count + options.prior) / (expected + options.prior)) * 1e4) / 1e4;
      if (strength < options.minStrength) continue;
      let t = table.get(qs);
      if (!t) {
        t = new Map();
        table.set(qs, t);
      }
      t.set(s, strength);
    }
  }
  return table;
}
