import type { Corpus } from "../../corpus/types.ts";
import type { Actor } from "../types.ts";
import { insideQuotes } from "./quotes.ts";

/**
 * "“We still have teams searching…,” she told a briefing": a sentence whose speaker says "we" or
 * "our" inside quotation marks, and whose role is of one body ("director of the National Emergency
 * Response Agency"), speaks for that body, and is the body's sentence too. Readers asking for the
 * agency expect its director's words; the blind training sets mark them so.
 */
export function addBodiesSpokenFor(
  corpus: Corpus,
  actors: Actor[],
  byPassage: Map<number, number[]>,
  roleSentences: number,
): void {
  for (const [passageId, ids] of byPassage) {
    const holder = actors[ids[0] as number];
    if (holder?.kind !== "person" || !holder.roles?.length) continue;
    const text = corpus.passages[passageId]?.text ?? "";
    if (!saysWe(text)) continue;
    const body = bodyOfRoles(holder, actors, byPassage, roleSentences);
    if (!body || ids.includes(body.id)) continue;
    ids.push(body.id);
    // Passages stay in story order: binary searches and "first sentence" rules rely on it.
    const at = body.passages.findIndex((p) => p > passageId);
    body.passages.splice(at < 0 ? body.passages.length : at, 0, passageId);
  }
}

/** "We", "our" or "us" inside quotation marks. */
function saysWe(text: string): boolean {
  for (const m of text.matchAll(/\b(?:we|our|us)\b/giu)) if (insideQuotes(text, m.index ?? 0)) return true;
  return false;
}

/** The one body an actor's roles are of, among the bodies named in the sentences its roles were read from. */
function bodyOfRoles(
  actor: Actor,
  actors: Actor[],
  byPassage: ReadonlyMap<number, number[]>,
  roleSentences: number,
): Actor | undefined {
  const roles = (actor.roles ?? []).join(" | ");
  const found = new Set<Actor>();
  for (const p of actor.passages.slice(0, roleSentences))
    for (const id of byPassage.get(p) ?? []) {
      const other = actors[id];
      if (!other || other.kind === "person" || other === actor) continue;
      if ([other.name, ...other.aliases].some((n) => n.length >= 3 && roles.includes(n))) found.add(other);
    }
  return found.size === 1 ? [...found][0] : undefined;
}
