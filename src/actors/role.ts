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
  for (const form of sorted) {
    // An appositive starts with a comma right after the name: most sentences have none.
    if (!couldPrecedeComma(sentence, form)) continue;
    for (const m of sentence.matchAll(formPattern(form, true))) {
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      const role = after.match(APPOSITIVE)?.[1]?.trim();
      if (role && role.split(/\s+/).length <= 16) return role;
    }
  }
  return undefined;
}

/** False only when `form` is surely never followed by a comma in `sentence` (a cheap test first). */
function couldPrecedeComma(sentence: string, form: string): boolean {
  const last = form.trim().split(/\s+/).at(-1) ?? "";
  // The name's last word is written as is unless the pattern ignores case or allows either apostrophe.
  const anyCase = /\s/.test(form.trim()) && /\p{Ll}/u.test(form);
  if (anyCase || /['’]/.test(last)) return sentence.includes(",");
  return sentence.includes(`${last},`);
}
