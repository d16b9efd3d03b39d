import { formPattern } from "./candidates.ts";

// After the name: ", the head of the U.N. nuclear watchdog," / ", director of the …," / ", a retired teacher …."
const APPOSITIVE =
  /^,\s+((?:the|a|an)\s+[^,;“”"]+?|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:of|for|at)\s+[^,;“”"]+?)\s*(?:[,;]|[.!?]?$)/u;

/**
 * The role a sentence gives a name in apposition ("Rafael Grossi, the head of the U.N. nuclear
 * watchdog, has warned" → "the head of the U.N. nuclear watchdog"), or undefined.
 */
export function appositiveRole(sentence: string, forms: Iterable<string>): string | undefined {
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  for (const form of sorted) {
    for (const m of sentence.matchAll(formPattern(form, true))) {
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      const role = after.match(APPOSITIVE)?.[1]?.trim();
      if (role && role.split(/\s+/).length <= 16) return role;
    }
  }
  return undefined;
}
