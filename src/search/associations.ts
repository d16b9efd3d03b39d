/**
 * Question → sentence word associations learnt by `npm run train` from the training questions
 * (scripts/associations.ts): for a stem a question uses, the stems that stand in its answering
 * sentences when it does not ("ceo" → "executiv", "shut" → "close", "long" → "hour"; and for the
 * question's type, "type:why" → "becaus"), each with a strength (a smoothed log lift over how often
 * the stem stands in any sentence). Two ranking features read them (rank-features.ts); the fitted
 * models decide what they are worth. Shipped in ranker-weights.json beside those models, since the
 * models were fitted with them.
 */
import type { Token } from "../text/analyze.ts";
import type { QuestionType } from "./features.ts";

export type AssociationTable = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The table as written to JSON: question stem → sentence stem → strength. */
export type AssociationRecord = Record<string, Record<string, number>>;

export const NO_ASSOCIATIONS: AssociationTable = new Map();

export function associationTable(record: AssociationRecord | undefined): AssociationTable {
  if (!record) return NO_ASSOCIATIONS;
  return new Map(Object.entries(record).map(([q, row]) => [q, new Map(Object.entries(row))]));
}

/** The table as JSON, stems in code-point order and strengths to four decimals: the same table gives the same text. */
export function associationRecord(table: AssociationTable): AssociationRecord {
  const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return Object.fromEntries(
    [...table]
      .sort(byKey)
      .map(([q, row]) => [
        q,
        Object.fromEntries([...row].sort(byKey).map(([s, v]) => [s, Math.round(v * 1e4) / 1e4])),
      ]),
  );
}

/** The question side's stem for its type ("type:why" → "becaus", "type:duration" → "hour"); none for "other". */
export function typeStem(type: QuestionType): string | undefined {
  return type === "other" ? undefined : `type:${type}`;
}

/** The sentence side's stem for any token with a digit: "type:quantity" → a figure, whatever it is. */
export const NUMBER_STEM = "#num";

/**
 * A sentence's stems as the associations read them: every token's, function words too ("because",
 * "after" for a why-question), and `NUMBER_STEM` for a figure.
 */
export function associationStems(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.term !== "") out.add(t.term);
    if (/\p{N}/u.test(t.word)) out.add(NUMBER_STEM);
  }
  return out;
}
