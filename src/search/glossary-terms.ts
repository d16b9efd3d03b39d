import type { GlossaryEntry } from "../corpus/types.ts";
import { type Token, tokenize } from "../text/analyze.ts";

export interface CompiledGlossary {
  /** The entries; a passage naming entry `i` is indexed under the token `§i`. */
  entries: GlossaryEntry[];
  /** Phrases (sequences of stems) by their first stem, so matching costs one lookup a token. */
  byFirstTerm: Map<string, Array<{ entry: number; phrase: string[] }>>;
}

export function compileGlossary(entries: GlossaryEntry[]): CompiledGlossary {
  const byFirstTerm: CompiledGlossary["byFirstTerm"] = new Map();
  entries.forEach((entry, index) => {
    for (const name of [entry.name, ...entry.variants]) {
      const phrase = tokenize(name).map((t) => t.term);
      const first = phrase[0];
      if (first === undefined) continue;
      const list = byFirstTerm.get(first) ?? [];
      list.push({ entry: index, phrase });
      byFirstTerm.set(first, list);
    }
  });
  return { entries, byFirstTerm };
}

/** The entries a text names (by index), each with the token positions the names cover. */
export function findGlossaryMentions(tokens: Token[], glossary: CompiledGlossary): Map<number, Set<number>> {
  const found = new Map<number, Set<number>>();
  tokens.forEach((token, i) => {
    for (const { entry, phrase } of glossary.byFirstTerm.get(token.term) ?? []) {
      if (!phrase.every((term, k) => tokens[i + k]?.term === term)) continue;
      const positions = found.get(entry) ?? new Set<number>();
      for (let k = 0; k < phrase.length; k++) positions.add(i + k);
      found.set(entry, positions);
    }
  });
  return found;
}
