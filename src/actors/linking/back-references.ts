import { articleSpans } from "../../corpus/article-spans.ts";
import type { Passage } from "../../corpus/types.ts";
import { isSpeechVerb } from "../../language/speech.ts";
import { alikeStems } from "../../language/synonyms.ts";
import { contentTerms, STOPWORDS } from "../../text/analyze.ts";
import { roleCore, statedRoles } from "../facts/role.ts";
import type { Draft } from "../mentions/candidates.ts";
import { PLACE_HEADS } from "../mentions/lexicon.ts";
import { type Found, foundOrder } from "../mentions/scoped-forms.ts";

/** An actor's first mentions in an article are read for what it is. */
const KIND_FROM_MENTIONS = 3;
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*/u;

/**
 * The "the …" phrases of a sentence and the words that may be their noun: up to four lower-case
 * words after "the" ("the union is", "the regional transport authority said", "the company's"),
 * a noun being one followed by nothing, a function word, a verb of saying or punctuation. Read
 * word by word: a pattern over every sentence of 10,000 articles cost seconds.
 */
function backReferenceNouns(text: string): string[][] {
  const out: string[][] = [];
  const words: string[] = [];
  const ends: boolean[] = [];
  for (const the of text.matchAll(THE)) {
    // The five tokens after "the", captured by a lookahead: the next "the" may be among them.
    words.length = 0;
    ends.length = 0;
    let j = 1;
    for (; j <= 5 && words.length < 4; j++) {
      const token = the[j];
      if (token === undefined) break;
      const word = lowerWord(token);
      if (!word) break;
      const bare = word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word;
      const end = bare !== word || word.length < token.length;
      words.push(bare);
      ends.push(end);
      if (end) {
        j++;
        break;
      }
    }
    const after = the[j];
    // Followed by a capitalised name, the phrase introduces someone ("the sculptor Teodor Vance");
    // not when the phrase ended before it ("the tribunal said on Monday").
    const ended = words.some((w) => STOPWORDS.has(w) || isSpeechVerb(w));
    if (words.length === 0 || (after !== undefined && CAPITAL.test(after) && !ended)) continue;
    const nouns: string[] = [];
    for (let n = 0; n < words.length; n++) {
      const word = words[n] as string;
      const next = words[n + 1] ?? after;
      const last = ends[n] || n === words.length - 1;
      const followed = last || next === undefined || STOPWORDS.has(next) || isSpeechVerb(next);
      if (followed && !STOPWORDS.has(word)) nouns.push(word);
    }
    if (nouns.length) out.push(nouns);
  }
  return out;
}

/** "the" or "The" as a word of its own (between spaces), and the five tokens after it. */
const THE = /(?<!\S)[Tt]he(?=\s+(\S+)(?:\s+(\S+))?(?:\s+(\S+))?(?:\s+(\S+))?(?:\s+(\S+))?)/gu;
const CAPITAL = /^\p{Lu}/u;

/** The lower-case word a token starts with ("union" of "union's", "board" of "board,"), if any. */
function lowerWord(token: string): string | undefined {
  const c = token.charCodeAt(0);
  // ASCII first: the pattern is needed only for other letters.
  if (c < 128 && (c < 97 || c > 122)) return undefined;
  return LOWER_WORD.exec(token)?.[0];
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
  const words = new WordMeanings();
  for (const [start, end] of articleSpans(passages))
    scanArticle(passages, drafts, mentioned, start, end, words);
}

function scanArticle(
  passages: Passage[],
  drafts: Draft[],
  mentioned: Found[][],
  start: number,
  end: number,
  words: WordMeanings,
) {
  // Stem → the actors named so far whose kind it is: a noun is checked against its alike stems
  // only, not against every actor the article has named.
  const kindOwners = new Map<string, Set<number>>();
  const addKind = (actor: number, stem: string) => {
    const owners = kindOwners.get(stem);
    if (owners) owners.add(actor);
    else kindOwners.set(stem, new Set([actor]));
  };
  const mentions = new Map<number, number>();
  let anyNamed = false;
  for (let i = start; i < end; i++) {
    const text = passages[i]?.text ?? "";
    for (const f of mentioned[i] ?? []) {
      anyNamed = true;
      const draft = drafts[f.actor] as Draft;
      const seen = (mentions.get(f.actor) ?? 0) + 1;
      mentions.set(f.actor, seen);
      if (seen === 1) for (const stem of kindWords(draft)) addKind(f.actor, stem);
      // What the sentence says the actor is ("Corvane, the logistics company,") adds to its kind;
      // read where the article introduces it (its first mentions), not in every sentence.
      // An appositive needs a comma or a bracket next to the name; most sentences have neither.
      if (seen > KIND_FROM_MENTIONS || !/[,(]/u.test(text)) continue;
      const roles = statedRoles(text, draft.forms);
      for (const role of [...roles.after, ...roles.before]) {
        const head = roleHead(role);
        if (head) addKind(f.actor, head);
      }
    }
    if (!anyNamed || !text.includes("he ")) continue;
    const found = mentioned[i] ?? [];
    const had = found.length;
    for (const phrase of backReferenceNouns(text)) {
      for (const word of phrase) {
        const meaning = words.of(word);
        const actor = meaning && onlyFit(meaning, word, kindOwners, drafts);
        if (actor === undefined) continue;
        if (!found.some((f) => f.actor === actor)) found.push({ actor, at: text.indexOf(word) });
        break;
      }
    }
    if (found.length === had) continue;
    found.sort(foundOrder);
    mentioned[i] = found;
  }
}

/** The one actor named so far whose kind the noun fits; undefined when none or several do. */
function onlyFit(
  meaning: Meaning,
  noun: string,
  kindOwners: ReadonlyMap<string, ReadonlySet<number>>,
  drafts: Draft[],
): number | undefined {
  let only: number | undefined;
  for (const stem of meaning.alike) {
    for (const actor of kindOwners.get(stem) ?? []) {
      if (actor === only || !fitsPlace(meaning, noun, drafts[actor] as Draft)) continue;
      if (only !== undefined) return undefined;
      only = actor;
    }
  }
  return only;
}

/** The stems naming what an actor is: a body's name words, a person's title words. */
function kindWords(draft: Draft): Set<string> {
  if (draft.kind === "person") return new Set(draft.titles.flatMap((t) => contentTerms(t).slice(-1)));
  // (Counting "… Inc"/"… Corp" as "the company" too found more on the training articles and fewer
  // on validation: not kept.)
  return new Set(contentTerms(draft.name));
}

function roleHead(role: string): string | undefined {
  return contentTerms(roleCore(role)).at(-1);
}

/** A noun's stem and every stem meaning the same kind of thing, worked out once per word per build. */
class WordMeanings {
  /** `null` for a word that is no content word. */
  private readonly known = new Map<string, Meaning | null>();

  of(word: string): Meaning | undefined {
    let meaning = this.known.get(word);
    if (meaning === undefined) {
      const stem = contentTerms(word)[0];
      meaning = stem ? { stem, alike: [...alikeStems(stem)] } : null;
      this.known.set(word, meaning);
    }
    return meaning ?? undefined;
  }
}

interface Meaning {
  stem: string;
  alike: string[];
}

/** "the bay" is not "Marlow Bay Police Department": a place word names a body only as its head. */
function fitsPlace(meaning: Meaning, noun: string, draft: Draft): boolean {
  return !PLACE_HEADS.has(noun) || draft.kind === "person" || contentTerms(draft.name)[0] === meaning.stem;
}
