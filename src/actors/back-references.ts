import type { Passage } from "../corpus/types.ts";
import { relatedTerms } from "../language/related.ts";
import { synonymStems } from "../language/synonyms.ts";
import { contentTerms, STOPWORDS } from "../text/analyze.ts";
import type { Draft } from "./candidates.ts";
import { PLACE_HEADS } from "./lexicon.ts";
import { statedRoles } from "./role.ts";
import type { Found } from "./scoped-forms.ts";

/** Below this, a word and a name's word are not taken to mean the same kind of body ("union" ~ "federation"). */
const RELATED_KIND = 0.6;
/** An actor's first mentions in an article are read for what it is. */
const KIND_FROM_MENTIONS = 3;
// "the union is", "the regional transport authority said", "the company's": up to four lower-case
// words after "the"; the noun is one that ends the phrase (see `nouns`).
const BACK_REFERENCE = /\b[Tt]he((?:\s+\p{Ll}[\p{Ll}'’-]*){1,4})/gu;
const SAYS = /^(?:said|says|told|added|announced|argued|warned|confirmed|declined|refused|denied|wrote)$/u;

/** The words of a "the …" phrase that may be its noun: followed by nothing, a function word, a verb of saying or punctuation. */
function nouns(phrase: string): string[] {
  const out: string[] = [];
  const words = [...phrase.matchAll(/\p{Ll}[\p{Ll}'’-]*/gu)];
  words.forEach((m, k) => {
    const raw = m[0];
    const word = raw.replace(/['’]s$/u, "");
    const next = words[k + 1];
    const between = next ? phrase.slice((m.index ?? 0) + raw.length, next.index) : "";
    const ends = raw !== word || !next || /\S/u.test(between) || STOPWORDS.has(next[0]) || SAYS.test(next[0]);
    if (ends && !STOPWORDS.has(word)) out.push(word);
  });
  return out;
}

/**
 * Sentences that name an actor by what it is rather than by name: "the union" after "the
 * Federation of Rail and Transport Workers (FRTW)", "the company" after "Corvane, the logistics
 * company,", "the judge" after "Judge Marisol Dunleavy". Such a sentence belongs to the actor when,
 * in its article, exactly one actor named so far is of that kind: the noun is one of its name's
 * words or the head of a role or title it has been given (or means the same: "union" ~
 * "federation", "company" ~ "firm"). Added to `mentioned`.
 */
export function addBackReferences(passages: Passage[], drafts: Draft[], mentioned: Found[][]): void {
  let start = 0;
  while (start < passages.length) {
    let end = start + 1;
    const articleId = passages[start]?.articleId;
    while (end < passages.length && passages[end]?.articleId === articleId) end++;
    scanArticle(passages, drafts, mentioned, start, end);
    start = end;
  }
}

function scanArticle(passages: Passage[], drafts: Draft[], mentioned: Found[][], start: number, end: number) {
  const kinds = new Map<number, Set<string>>();
  const mentions = new Map<number, number>();
  const named: number[] = [];
  for (let i = start; i < end; i++) {
    const text = passages[i]?.text ?? "";
    for (const f of mentioned[i] ?? []) {
      if (!named.includes(f.actor)) named.push(f.actor);
      const draft = drafts[f.actor] as Draft;
      const kind = kinds.get(f.actor) ?? kindWords(draft);
      kinds.set(f.actor, kind);
      // What the sentence says the actor is ("Corvane, the logistics company,") adds to its kind;
      // read where the article introduces it (its first mentions), not in every sentence.
      const seen = (mentions.get(f.actor) ?? 0) + 1;
      mentions.set(f.actor, seen);
      if (seen > KIND_FROM_MENTIONS) continue;
      const roles = statedRoles(text, draft.forms);
      for (const role of [...roles.after, ...roles.before]) {
        const head = roleHead(role);
        if (head) kind.add(head);
      }
    }
    if (named.length === 0 || !text.includes("he ")) continue;
    const found = mentioned[i] ?? [];
    for (const m of text.matchAll(BACK_REFERENCE)) {
      // Followed by a capitalised name, the phrase introduces someone ("the sculptor Teodor Vance").
      if (/^\s+\p{Lu}/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      for (const word of nouns(m[1] as string)) {
        const stem = contentTerms(word)[0];
        if (!stem) continue;
        const fits = named.filter((actor) =>
          fitsKind(stem, word, kinds.get(actor) as Set<string>, drafts[actor] as Draft),
        );
        if (fits.length !== 1) continue;
        const actor = fits[0] as number;
        if (!found.some((f) => f.actor === actor)) found.push({ actor, at: m.index ?? 0 });
        break;
      }
    }
    found.sort((a, b) => a.at - b.at || a.actor - b.actor);
    mentioned[i] = found;
  }
}

/** The stems naming what an actor is: a body's name words, a person's title words. */
function kindWords(draft: Draft): Set<string> {
  if (draft.kind === "person") return new Set(draft.titles.flatMap((t) => contentTerms(t).slice(-1)));
  // (Counting "… Inc"/"… Corp" as "the company" too found more on the training articles and fewer
  // on validation: not kept.)
  return new Set(contentTerms(draft.name));
}

function roleHead(role: string): string | undefined {
  const [first] = role.split(/\s+(?:of|for|at|in|on|with|and)\s+/iu);
  return contentTerms(first ?? role).at(-1);
}

function fitsKind(stem: string, noun: string, kind: ReadonlySet<string>, draft: Draft): boolean {
  // "the bay" is not "Marlow Bay Police Department": a place word names a body only as its head.
  if (PLACE_HEADS.has(noun) && draft.kind !== "person" && contentTerms(draft.name)[0] !== stem) return false;
  if (kind.has(stem)) return true;
  for (const s of synonymStems(stem)) if (kind.has(s)) return true;
  for (const [s, w] of relatedTerms(stem)) if (w >= RELATED_KIND && kind.has(s)) return true;
  return false;
}
