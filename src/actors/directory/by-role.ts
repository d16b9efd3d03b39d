import { nameEndKinds } from "../../language/bodies.ts";
import { alikeStems, COMMON_ACRONYMS, synonymStems } from "../../language/synonyms.ts";
import {
  isLeadingTitle,
  isUnionLeadingTitle,
  isVagueRoleWord,
  lesserRoleWords,
  shortTitleMeaning,
} from "../../language/titles.ts";
import { allowedTypos, commonWord } from "../../language/typos.ts";
import { type WordInfo, WordTable } from "../../search/word-table.ts";
import { contentTerms } from "../../text/analyze.ts";
import { isPersonNoun, roleCore } from "../facts/role.ts";
import type { Actor } from "../types.ts";
import { actorNames } from "./names.ts";

/**
 * `/who the mayor`, `/who corvane ceo`, `/who the union`: an actor found by what it is rather than
 * by its name. Each actor's roles are the titles written before its name ("Transport Minister"),
 * the roles stated beside it ("leader of the dockworkers' union", "Corvane's chief executive"),
 * and for an organisation its own name ("Federation of Rail and Transport Workers"). A typed role
 * fits a role when their heads mean the same ("boss" ~ "leader", "ceo" = "chief executive", "union"
 * ~ "federation") and every other word typed is one of the actor's role or name words.
 */

/** A role's stems, everyday acronyms spelt out ("CEO" → chief, execut; "tv" → televis). */
export function termsOf(text: string): string[] {
  return contentTerms(spelt(text));
}

/** A role with everyday acronyms and short titles spelt out ("CEO" → chief executive). */
function spelt(text: string): string {
  return text
    .split(/\s+/)
    .map((w) => {
      const bare = w.toLowerCase().replace(/[^\p{L}]/gu, "");
      return COMMON_ACRONYMS[bare] ?? shortTitleMeaning(bare) ?? w;
    })
    .join(" ");
}

/** The head of a role: its last word before "of/for/at…" ("leader of the union" → leader). */
function headOf(text: string): string | undefined {
  return termsOf(roleCore(text)).at(-1);
}

/**
 * The head as written, lower case and singular: "defendant" and "defender", "organiser" and
 * "organisation" share a stem but are not the same role.
 */
function headWordOf(text: string): string | undefined {
  const word = spelt(roleCore(text))
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => contentTerms(w).length > 0)
    .at(-1);
  return word?.replace(/(?<=[^s])s$/u, "");
}

/** "leader" and the words for one ("boss", "head", "chief"). */
const leader = new Set(["leader", ...synonymStems("leader")]);

/**
 * Whether a role leads its body for "leader" though its head says otherwise: a union's "general
 * secretary", a board's "chair", a union's organiser.
 */
function leadsBody(phrase: string): boolean {
  const core = roleCore(phrase);
  return isLeadingTitle(core) || (isUnionLeadingTitle(core) && /\bunion/iu.test(phrase));
}

/** What a role gains over one that fits as well when its own words hold every word typed: less than any step between fits. */
const OWN_WORDS = 0.1;

/** How much a role fits of what its head would when one of it and the typed role is lesser or past ("deputy governor", "former MP") and the other not. */
const LESSER = 0.75;

/** How closely two head stems mean the same: 2 the same, 1 synonyms or close neighbours, 0 not. */
function headFit(typed: string, role: string, typedWord?: string, roleWord?: string): number {
  if (typed === role) return typedWord === roleWord ? 2 : 1;
  return alikeStems(typed).has(role) ? 1 : 0;
}

/**
 * What the bodies named in an actor's roles are, by their names' last words: "president of the
 * United Bus and Rail Workers" leads a union, so "union president" fits her.
 */
function bodyKindsIn(actor: Actor): string[] {
  return rolePhrases(actor).flatMap((phrase) =>
    (phrase.match(/\p{Lu}[\p{L}.]*/gu) ?? []).flatMap((word) => nameEndKinds(word)),
  );
}

/** Every phrase an actor is known by as a role: roles stated, titles, and an organisation's names. */
export function rolePhrases(actor: Actor): string[] {
  const names = actor.kind === "person" ? [] : [actor.name, ...actor.aliases];
  // "the mission's principal investigator and a planetary scientist at …" is two roles; "president
  // of the United Bus and Rail Workers" is one (a capital after "and" goes on a name).
  const roles = (actor.roles ?? (actor.role ? [actor.role] : [])).flatMap((r) =>
    r.split(/\s+and\s+(?!\p{Lu})/u),
  );
  return [...roles, ...names];
}

/**
 * The actors a typed role fits, best fit first; several when several fit as well (two judges).
 * Empty when the text names no role any actor has.
 */
export function actorsByRole(actors: readonly Actor[], roles: RoleIndex, typed: string): Actor[] {
  const head = headOf(typed);
  if (!head) return [];
  const headWord = headWordOf(typed);
  const words = termsOf(typed);
  const typedLesser = new Set(lesserRoleWords(typed));
  // "finance chief" is the "chief finance officer": a typed head that is a role word (not a body's,
  // "town council") fits a modifier of a compound title; a single typed word is more often a name.
  const typedPersonNoun = words.length > 1 && headWord !== undefined && isPersonNoun(headWord);
  let best = 0;
  let found: Actor[] = [];
  for (const actor of candidatesFor(actors, roles, head)) {
    let fit = 0;
    let vocabulary: Set<string> | undefined;
    for (const phrase of rolePhrases(actor)) {
      const roleHead = headOf(phrase);
      // The head, or (a synonym only) another word of a compound title: "boss" ~ the "chief" of "chief executive".
      const modifiers = termsOf(roleCore(phrase)).slice(0, -1);
      // "The governor" is a governor before a deputy governor, a sitting councillor before a former
      // one; "the deputy governor" the deputy before the governor.
      const own = lesserRoleWords(roleCore(phrase));
      const same = own.length === typedLesser.size && own.every((w) => typedLesser.has(w));
      const lesser = same ? 1 : LESSER;
      const headScore =
        lesser *
        Math.max(
          roleHead ? headFit(head, roleHead, headWord, headWordOf(phrase)) : 0,
          modifiers.some((w) => (w === head && typedPersonNoun) || synonymStems(head).has(w)) ? 1 : 0,
          // "union leader" for "the union's general secretary".
          leader.has(head) && leadsBody(phrase) ? 1 : 0,
        );
      if (headScore === 0 || headScore + OWN_WORDS <= fit) continue;
      vocabulary ??= new Set(
        [...rolePhrases(actor), ...actorNames(actor), ...bodyKindsIn(actor)].flatMap(termsOf),
      );
      const known = vocabulary;
      // The other words ("corvane" in "corvane ceo", "union" in "union leader") must be the actor's.
      // A vague word ("local" of "the local mp") need not be the actor's, but one whose role has it
      // fits better ("Local MP Gareth Pryce" before "the MP for Kestermoor").
      const has = (terms: ReadonlySet<string>, vague: boolean) =>
        words.every(
          (w) =>
            w === head ||
            terms.has(w) ||
            (vague && isVagueRoleWord(w)) ||
            [...synonymStems(w)].some((s) => terms.has(s)),
        );
      if (!has(known, true)) continue;
      // "council leader": "the council leader, Aidan Forsyth" before "Viktor Halloran, the leader
      // of the opposition group on the council", whose role says "council" only of where he sits.
      fit = Math.max(fit, headScore + (has(new Set(termsOf(roleCore(phrase))), false) ? OWN_WORDS : 0));
    }
    if (fit === 0 || fit < best) continue;
    if (fit > best) {
      best = fit;
      found = [];
    }
    found.push(actor);
  }
  return found.sort((a, b) => b.passages.length - a.passages.length);
}

/** Role head or modifier stem → positions of the actors with such a role: a look-up scores only those. */
export type RoleIndex = ReadonlyMap<string, number[]>;

/** The role index of some actors: built once per set of actors, by the `ActorDirectory` that owns it. */
export function buildRoleIndex(actors: readonly Actor[]): RoleIndex {
  const index = new Map<string, number[]>();
  for (const [i, actor] of actors.entries()) {
    for (const phrase of rolePhrases(actor)) {
      const core = roleCore(phrase);
      for (const term of [...termsOf(core), ...(leadsBody(phrase) ? ["leader"] : [])]) {
        const list = index.get(term);
        if (!list) index.set(term, [i]);
        else if (list.at(-1) !== i) list.push(i);
      }
    }
  }
  return index;
}

/** The actors that have a role whose head or modifier could fit `head` (the same, a synonym, a neighbour). */
function candidatesFor(actors: readonly Actor[], index: RoleIndex, head: string): Actor[] {
  const alike = alikeStems(head);
  const positions = new Set<number>();
  for (const term of alike) for (const i of index.get(term) ?? []) positions.add(i);
  return [...positions].sort((a, b) => a - b).map((i) => actors[i] as Actor);
}

/** The words a misspelt role is put right against: those of the actors' roles and bodies' names. */
export function roleWords(actors: readonly Actor[]): WordTable {
  const words = new Map<string, WordInfo>();
  for (const actor of actors)
    for (const phrase of rolePhrases(actor))
      for (const w of phrase.toLowerCase().split(/[^\p{L}]+/u))
        if (w.length >= 4) words.set(w, { term: w, name: false });
  return WordTable.from(words);
}

/**
 * The typed role with each word no role holds put right, by the one typo policy, to the role word
 * it is a slip of ("general manger" → "general manager"); undefined when nothing needed or could be
 * put right. A slip that two role words are equally near is left alone, and so is a word with synonyms.
 */
export function respelledRole(typed: string, words: WordTable): string | undefined {
  // "head teacher" for "headteacher": two typed words that the actors' roles write as one.
  const joined = typed.replace(/(\p{L}+)\s+(?=(\p{L}+))/gu, (pair, a: string, b: string) =>
    words.get(`${a}${b}`.toLowerCase()) ? a : pair,
  );
  const respelled = replaceWords(joined, (word) => {
    const allowed = allowedTypos(word);
    if (allowed === 0 || words.get(word) || commonWord(word)) return undefined;
    // A word the synonym policy knows ("boss" for "chief") is meant as typed, not a slip.
    const stem = contentTerms(word)[0];
    if (stem && synonymStems(stem).size > 0) return undefined;
    const near = words.similar(word, allowed);
    const closest = Math.min(...near.map((n) => n.distance));
    const nearest = near.filter((n) => n.distance === closest);
    return nearest.length === 1 ? (nearest[0] as (typeof near)[number]).word : undefined;
  });
  return respelled ?? (joined !== typed ? joined : undefined);
}

/**
 * `text` with each word (lower-cased for `replace`) that `replace` gives another for written so;
 * undefined when it gives none.
 */
function replaceWords(text: string, replace: (word: string) => string | undefined): string | undefined {
  let changed = false;
  const out = text.split(/(\p{L}+)/u).map((part) => {
    const other = replace(part.toLowerCase());
    if (other === undefined) return part;
    changed = true;
    return other;
  });
  return changed ? out.join("") : undefined;
}

/**
 * Initials of the capitalised runs in people's roles, for a role typed with them ("environment
 * cs" for "Environment Cabinet Secretary", "wi captain" for "West Indies captain"): each run of two
 * to four words and its parts, lower case; null where two runs have the same initials.
 */
export function roleInitials(actors: readonly Actor[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  // People's roles only: a body's own name is found by its initials already ("csc"), and its
  // parts ("Care Standards" of "Care Standards Commission") would make "cs" mean two things.
  for (const actor of actors)
    for (const phrase of actor.kind === "person" ? rolePhrases(actor) : [])
      for (const run of phrase.match(CAPITAL_RUN) ?? []) {
        const words = run.split(/\s+/u);
        for (let i = 0; i < words.length; i++)
          for (let j = i + 2; j <= Math.min(words.length, i + 4); j++) {
            const part = words.slice(i, j);
            const initials = part
              .map((w) => w[0])
              .join("")
              .toLowerCase();
            const spelt = part.join(" ").toLowerCase();
            const known = out.get(initials);
            out.set(initials, known === undefined || known === spelt ? spelt : null);
          }
      }
  return out;
}

const CAPITAL_RUN = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;

/**
 * The typed role with each short word no role holds spelt out where it is the initials of one run
 * of the roles' capitalised words (`roleInitials`); undefined when none is. Everyday acronyms
 * ("ceo", "md") are read as such already.
 */
export function spelledInitials(
  typed: string,
  initials: ReadonlyMap<string, string | null>,
  words: WordTable,
): string | undefined {
  return replaceWords(typed, (word) => {
    if (word.length < 2 || word.length > 4 || COMMON_ACRONYMS[word] || words.get(word)) return undefined;
    return initials.get(word) || undefined;
  });
}
