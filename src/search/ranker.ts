import { readFileSync } from "node:fs";
import { type AssociationRecord, type AssociationTable, associationTable } from "./associations.ts";
import { ANSWER_FEATURE_NAMES, FEATURE_NAMES } from "./rank-features.ts";
import { compileForest, type Forest } from "./trees.ts";

/** A linear model over named features, standardised as fitted: score = Σ wᵢ·(fᵢ − meanᵢ)/scaleᵢ + bias. */
export interface LinearModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** What `npm run train` writes (src/search/ranker-weights.json). */
export interface RankerWeights {
  /**
   * Orders candidate sentences: boosted trees plus `linearShare` times a linear model, both fitted
   * to a softmax over each question's candidates. The trees find interactions (a date matters only
   * for a when-question); the linear part keeps every feature's plain trend.
   */
  rank: Forest;
  linear: LinearModel;
  linearShare: number;
  /**
   * P(the best sentence answers the question) = σ(the sum of these trees' leaves), boosted on the
   * log-loss. Trees, not a line: on validation they refuse more unanswerable questions for the same
   * share of answerable ones refused (tests/eval/README.md, session 26).
   */
  answer: Forest;
  /** Answer when P ≥ this; chosen on validation questions (see tests/eval/README.md). */
  threshold: number;
  /** The learnt word associations two ranking features read (associations.ts): the models were fitted with them. */
  associations: AssociationRecord;
  /** What the weights were fitted and checked on, for the record. */
  trainedOn: Record<string, unknown>;
}

/** A fitted model folded into one weight per raw feature: one dot product per candidate. */
export interface CompiledModel {
  weights: Float64Array;
  bias: number;
}

/** Weights fitted on other features than the code computes are no model of it. */
function checkFeatures(fitted: readonly string[], names: readonly string[]): void {
  if (fitted.length !== names.length || fitted.some((n, i) => n !== names[i])) {
    throw new Error(
      `ranker-weights.json does not match the features in the code (${fitted.join(",")} vs ${names.join(",")}): run npm run train`,
    );
  }
}

export function compile(model: LinearModel, names: readonly string[]): CompiledModel {
  checkFeatures(model.features, names);
  const weights = new Float64Array(names.length);
  let bias = model.bias;
  names.forEach((_, i) => {
    const w = (model.weights[i] ?? 0) / (model.scale[i] || 1);
    weights[i] = w;
    bias -= w * (model.mean[i] ?? 0);
  });
  return { weights, bias };
}

export function linear(model: CompiledModel, features: Float64Array): number {
  let s = model.bias;
  for (let i = 0; i < features.length; i++) s += (model.weights[i] as number) * (features[i] as number);
  return s;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface Ranker {
  /** The candidate's score: higher ranks first. */
  rank: (features: Float64Array) => number;
  /** The log-odds that the best sentence answers, from the answer features. */
  answer: (features: Float64Array) => number;
  threshold: number;
  associations: AssociationTable;
}

export function rankerFrom(weights: RankerWeights): Ranker {
  return {
    rank: scorer(weights),
    answer: answerScorer(weights.answer),
    threshold: weights.threshold,
    associations: associationTable(weights.associations),
  };
}

/** The answer model's log-odds, checked against the answer features the code computes. */
export function answerScorer(answer: Forest): (features: Float64Array) => number {
  checkFeatures(answer.features, ANSWER_FEATURE_NAMES);
  return compileForest(answer);
}

function scorer(weights: RankerWeights): (features: Float64Array) => number {
  checkFeatures(weights.rank.features, FEATURE_NAMES);
  const forest = compileForest(weights.rank);
  const line = compile(weights.linear, FEATURE_NAMES);
  const share = weights.linearShare;
  return (features) => forest(features) + share * linear(line, features);
}

export const WEIGHTS_FILE = new URL("./ranker-weights.json", import.meta.url);
let loaded: Ranker | undefined;

/** The fitted ranker shipped with the code, read once. */
export function defaultRanker(): Ranker {
  loaded ??= rankerFrom(JSON.parse(readFileSync(WEIGHTS_FILE, "utf8")) as RankerWeights);
  return loaded;
}
