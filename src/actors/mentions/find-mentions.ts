import type { Passage } from "../../corpus/types.ts";
import type { Draft } from "./candidates.ts";
import { FormMatcher } from "./forms.ts";
import { type Found, foundOrder } from "./scoped-forms.ts";

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
  return passages.map((p) => {
    const first = new Map<number, number>();
    matcher.scan(p.text, (form, at) => {
      for (const actor of ownersOf[form] ?? []) {
        const seen = first.get(actor);
        if (seen === undefined || at < seen) first.set(actor, at);
      }
    });
    return [...first].map(([actor, at]) => ({ actor, at })).sort(foundOrder);
  });
}
