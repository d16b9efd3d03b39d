// Learns the question → sentence stem associations two ranking features read
// (src/search/associations.ts) from the answerable training questions and their answering sentences.
import type { Corpus } from "../src/corpus/types.ts";
import { fixQuestionWord } from "../src/language/typos.ts";
import { type AssociationTable, associationStems, typeStem } from "../src/search/associations.ts";
import { questionType } from "../src/search/features.ts";
import { isContent, tokenize } from "../src/text/analyze.ts";
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
  question: string[];
  /** Each answering sentence's content stems, with its article's key. */
  gold: Array<{ article: string; stems: Set<string> }>;
}

const stemSet = (text: string): Set<string> => {
  const tokens = tokenize(text);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (isContent(t, tokens[i - 1])) out.add(t.term);
  });
  return out;
};

/** How often each stem stands in a sentence of a corpus (share of its sentences), per corpus. */
const rates = new Map<string, Map<string, number>>();
const sentenceStems = new Map<string, Set<string>[]>();

function corpusStems(corpus: Corpus): Set<string>[] {
  let list = sentenceStems.get(corpus.dir);
  if (!list) {
    list = corpus.passages.map((p) => associationStems(tokenize(p.text)));
    sentenceStems.set(corpus.dir, list);
    const df = new Map<string, number>();
    for (const s of list) for (const t of s) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(1, list.length);
    rates.set(corpus.dir, new Map([...df].map(([t, c]) => [t, c / n])));
  }
  return list;
}

export function assocExample(corpus: Corpus, question: Question): AssocExample | undefined {
  if (!question.answerable) return undefined;
  const stems = corpusStems(corpus);
  const gold: AssocExample["gold"] = [];
  corpus.passages.forEach((p, i) => {
    if (answers(question, p.text))
      gold.push({ article: `${corpus.dir}#${p.articleId}`, stems: stems[i] as Set<string> });
  });
  if (gold.length === 0 || gold.length > ASSOC_OPTIONS.maxGold) return undefined;
  // The type as `ask` reads it (src/search/query.ts).
  const type = typeStem(questionType(fixQuestionWord(question.query)));
  return { corpus: corpus.dir, question: [...stemSet(question.query), ...(type ? [type] : [])], gold };
}

interface PairCount {
  count: number;
  articles: Set<string>;
  corpora: Set<string>;
}

/** The table learnt from the examples, with each pair's figures for reading. */
export function learnAssociations(
  examples: AssocExample[],
  options: AssocOptions = ASSOC_OPTIONS,
): {
  table: AssociationTable;
  pairs: Array<{
    q: string;
    s: string;
    strength: number;
    count: number;
    expected: number;
    articles: number;
    corpora: number;
  }>;
} {
  const pairs = new Map<string, Map<string, PairCount>>();
  // Where each question stem went uncovered: [corpus, weight], for the expected counts.
  const uncovered = new Map<string, Array<[string, number]>>();
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
        list.push([ex.corpus, w]);
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
  const out: ReturnType<typeof learnAssociations>["pairs"] = [];
  for (const [qs, row] of pairs) {
    const where = uncovered.get(qs) ?? [];
    for (const [s, p] of row) {
      if (p.articles.size < options.minArticles || p.corpora.size < options.minCorpora) continue;
      let expected = 0;
      for (const [corpus, w] of where) expected += w * (rates.get(corpus)?.get(s) ?? 0);
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
      out.push({
        q: qs,
        s,
        strength,
        count: p.count,
        expected,
        articles: p.articles.size,
        corpora: p.corpora.size,
      });
    }
  }
  out.sort((a, b) => b.strength - a.strength);
  return { table, pairs: out };
}
