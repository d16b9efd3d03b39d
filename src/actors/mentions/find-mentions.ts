import type { Passage } from "../../corpus/types.ts";
import { type Draft, surname } from "./candidates.ts";
import { FormMatcher } from "./forms.ts";
import { type Found, foundOrder, partOfLongerName } from "./scoped-forms.ts";

/**
 * The actors each passage names, each at its first mention, in the order named (ties in actor order).
 * One pass over each passage with every form at once: the cost grows with the text, not text × actors.
 */
export function findMentions(passages: Passage[], drafts: Draft[]): Found[][] {
  const owners = new Map<string, number[]>();
  drafts.forEach((d, actor) => {
    for (const form of d.forms) {
      const list = owners.get(form);
      if (!list) owners.set(form, [actor]);
      else if (list.at(-1) !== actor) list.push(actor);
    }
  });
  const matcher = new FormMatcher(owners.keys());
  const ownersOf = matcher.forms.map((f) => owners.get(f) ?? []);
  // A person's surname after another capitalised word is part of another name ("Port Calder",
  // "Jim Calder"), as inside one article (`addArticleMentions`).
  const surnames = new Set(drafts.filter((d) => d.kind === "person").map((d) => surname(d.name)));
  const bySurname = matcher.forms.map((f) => surnames.has(f) && !f.includes(" "));
  return passages.map((p) => {
    const first = new Map<number, number>();
    matcher.scan(p.text, (form, at) => {
      if (bySurname[form] && partOfLongerName(p.text.slice(Math.max(0, at - 80), at))) return;
      for (const actor of ownersOf[form] ?? []) {
        const seen = first.get(actor);
        if (seen === undefined || at < seen) first.set(actor, at);
      }
    });
    return [...first].map(([actor, at]) => ({ actor, at })).sort(foundOrder);
  });
}
