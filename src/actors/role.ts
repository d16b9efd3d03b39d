import { formPattern } from "./forms.ts";

// After the name: ", the head of the U.N. nuclear watchdog," / ", director of the …," / ", a retired teacher …."
const APPOSITIVE =
  /^,\s+((?:the|a|an)\s+[^,;“”"]+?|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:of|for|at)\s+[^,;“”"]+?)\s*(?:[,;]|[.!?]?$)/u;

/**
 * The role a sentence gives a name in apposition ("Rafael Grossi, the head of the U.N. nuclear
 * watchdog, has warned" → "the head of the U.N. nuclear watchdog"), or undefined.
 */
export function appositiveRole(sentence: string, forms: Iterable<string>): string | undefined {
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  const folded = fold(sentence);
  for (const form of sorted) {
    // An appositive starts with a comma right after the name: most sentences have none.
    if (!couldPrecedeComma(folded, form)) continue;
    for (const m of sentence.matchAll(formPattern(form, true))) {
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      const role = after.match(APPOSITIVE)?.[1]?.trim();
      if (role && role.split(/\s+/).length <= 16) return role;
    }
  }
  return undefined;
}

/** False only when `form` is surely never followed by a comma in `sentence` (a cheap test first). */
function couldPrecedeComma(folded: string, form: string): boolean {
  const last = form.trim().split(/\s+/).at(-1) ?? "";
  return folded.includes(`${fold(last)},`);
}

/** Lower case, one apostrophe: what any form's pattern may match, whatever its case rules. */
const fold = (text: string) => text.toLowerCase().replace(/’/g, "'");
