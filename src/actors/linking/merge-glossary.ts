import type { GlossaryEntry, Passage } from "../../corpus/types.ts";
import type { Draft } from "../mentions/candidates.ts";
import { FormMatcher } from "../mentions/forms.ts";
import type { ActorKind } from "../types.ts";

/**
 * Glossary entries (not terms) join the actors they name, lending their name, variants and role;
 * an entry the recogniser missed becomes an actor when the corpus writes any of its forms.
 */
export function mergeGlossary(drafts: Draft[], glossary: GlossaryEntry[], passages: Passage[]): Draft[] {
  const entries = glossary.filter((e) => e.kind !== "term");
  if (entries.length === 0) return drafts;
  const out = [...drafts];
  const gone = new Set<Draft>();
  // Lower-cased form → the drafts written so, kept up to date as entries merge drafts.
  const byForm = new Map<string, Draft[]>();
  const index = (d: Draft) => {
    for (const f of d.forms) {
      const key = f.toLowerCase();
      byForm.set(key, [...(byForm.get(key) ?? []), d]);
    }
  };
  for (const d of drafts) index(d);
  const written = new FormMatcher(entries.flatMap((e) => [e.name, ...e.variants])).present(
    passages.map((p) => p.text),
  );
  for (const entry of entries) {
    const forms = [entry.name, ...entry.variants];
    const matched = new Set<Draft>();
    for (const f of forms)
      for (const d of byForm.get(f.toLowerCase()) ?? []) if (!gone.has(d)) matched.add(d);
    // In the order the drafts stand, as the merged one takes the first one's kind.
    const matching = matched.size ? out.filter((d) => matched.has(d) && !gone.has(d)) : [];
    if (matching.length === 0 && !forms.some((f) => written.has(f))) continue;
    const kind: ActorKind =
      entry.kind === "place"
        ? "country"
        : ((entry.kind as ActorKind | undefined) ?? matching[0]?.kind ?? "organization");
    const merged: Draft = { name: entry.name, kind, forms: new Set([entry.name]), titles: [] };
    for (const d of matching) {
      for (const f of d.forms) merged.forms.add(f);
      for (const t of d.titles) if (!merged.titles.includes(t)) merged.titles.push(t);
      gone.add(d);
    }
    for (const f of entry.variants) merged.forms.add(f);
    if (entry.role) merged.glossaryRole = entry.role;
    out.push(merged);
    index(merged);
  }
  return out.filter((d) => !gone.has(d));
}
