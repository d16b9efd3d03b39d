import { articleSpans } from "../../corpus/article-spans.ts";
import type { Passage } from "../../corpus/types.ts";
import { BARE_BODY_NOUNS, bodyKinds, bodyNounOfVerb, isBodyNoun, nameKinds } from "../../language/bodies.ts";
import { isSpeechVerb, SPEAKS_FOR_BODY } from "../../language/speech.ts";
import { alikeStems } from "../../language/synonyms.ts";
import { isTitle, shortTitleMeaning } from "../../language/titles.ts";
import { contentTerms, STOPWORDS } from "../../text/analyze.ts";
import { COURT_ROLE_NOUNS, type CourtRole, courtRole, isCourtReport } from "../facts/court-roles.ts";
import { roleCore, statedRoles } from "../facts/role.ts";
import { bodyNounBefore, bodyNounInApposition } from "../mentions/body-evidence.ts";
import type { Draft } from "../mentions/candidates.ts";
import { isOrgHead, KINDLESS_HEADS, ORG_HEADS, PLACE_HEADS } from "../mentions/lexicon.ts";
import { isOrgWord, tagsOf } from "../mentions/nlp.ts";
import { addFound, type Found, writtenEnd } from "../mentions/scoped-forms.ts";

/** An actor's first mentions in an article are read for what it is. */
const KIND_FROM_MENTIONS = 3;
/** How many sentences back "the minister" may find the one of two ministers it means. */
const RECENT = 2;
/** How many sentences back a body noun no actor is of yet may find the body it means. */
const ADJACENT = 2;
/** How many times as often one body of a kind must be named as the others to be "the company". */
const DOMINANT = 3;
/** Counsel's client: "her client", "his client's guilty plea". */
const CLIENT = /\b(?:his|her|their)\s+client(?:['’]s)?\b/iu;
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*/u;
/** ", which regulates…", " (COB), which operates…": the verb of a "which" clause right after a name. */
const WHICH_DOES = /^(?:\s*\([^)]{1,12}\))?,\s+which\s+(\p{Ll}+)\b/u;

/**
 * The "the …" phrases of a sentence and the words that may be their noun: up to four lower-case
 * words after "the", up to the first function word or verb of saying ("the union is", "the
 * regional transport authority said", "the company's"),
 * a noun being one followed by nothing, a function word, a verb (of saying or any other: "the
 * agency estimated") or punctuation. Read
 * word by word: a pattern over every sentence of 10,000 articles cost seconds.
 */
export function backReferenceNouns(text: string): Phrase[] {
  const out: Phrase[] = [];
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
      // "The Brackenford-based company said" is "the company said": where a body is based says
      // nothing of which body of the article it is.
      if (words.length === 0 && PLACE_MODIFIER.test(token)) continue;
      const word = lowerWord(token) ?? titleWord(token);
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
    // not when the phrase ended before it ("the tribunal said on Monday", "the leader of the
    // council, Cllr Philippa Drayton").
    const ended =
      words.some((w) => STOPWORDS.has(w) || isSpeechVerb(w)) ||
      (ends.at(-1) === true && (the[j - 1] ?? "").endsWith(","));
    if (words.length === 0 || (after !== undefined && CAPITAL.test(after) && !ended)) continue;
    const nouns: string[] = [];
    let lastNoun = -1;
    for (let n = 0; n < words.length; n++) {
      const word = words[n] as string;
      // The phrase ends at its first function word or verb of saying: "comment" of "the
      // investigators declined to comment" is no noun of it.
      if (STOPWORDS.has(word) || isSpeechVerb(word)) break;
      // Nor is the verb after it ("froze" of "the company froze all withdrawals").
      if (n > 0 && isFiniteVerb(word)) break;
      const next = words[n + 1] ?? after;
      // "the judge set the next hearing", "the board cut a third": a word before a determiner is
      // the verb, and the word before it the noun (compromise knows "set" and "cut" as nouns).
      // So is a word in "-ing" before "for", "to", "about" ("the chief executive asking for").
      const participle = word.endsWith("ing") && next !== undefined && AFTER_PARTICIPLE.has(next);
      // "the union estimates that…", "the company claims that…": a word compromise knows only as
      // a plural, after a singular noun and before "that", is the verb.
      const reports = next === "that" && n > 0 && reportingVerb(word, words[n - 1] as string);
      if (
        n > 0 &&
        !ends[n - 1] &&
        next !== undefined &&
        (OBJECT_DETERMINERS.has(next) || participle || reports)
      ) {
        if (lastNoun !== n - 1) nouns.push(words[n - 1] as string);
        lastNoun = n - 1;
        break;
      }
      const last = ends[n] || n === words.length - 1;
      const followed =
        last ||
        next === undefined ||
        STOPWORDS.has(next) ||
        isSpeechVerb(next) ||
        isFiniteVerb(next) ||
        TIME_LEADS.has(next);
      if (followed) {
        nouns.push(word);
        lastNoun = n;
      }
      if (next !== undefined && TIME_LEADS.has(next)) break;
    }
    if (nouns.length) out.push({ nouns, modifiers: words.slice(0, Math.max(0, lastNoun)) });
  }
  return out;
}

/**
 * A verb in the past or present tense by compromise's word list ("estimated", "blamed", "employs"),
 * or a word it does not know ending like a past tense: what follows a subject, not a noun.
 */
function isFiniteVerb(word: string): boolean {
  // Asked of most words after "the" in every article: each word is looked up once.
  let known = FINITE.get(word);
  if (known === undefined) {
    const tags = tagsOf(word);
    // compromise lists some past forms as adjectives only ("rejected", "accepted", "proposed"):
    // after a noun ("the union rejected") such a word is the verb.
    known =
      tags.length === 0
        ? /[^e]ed$/u.test(word)
        : (tags.includes("PastTense") ||
            tags.includes("PresentTense") ||
            (tags.includes("Adjective") && /[^e]ed$/u.test(word))) &&
          !tags.includes("Noun");
    FINITE.set(word, known);
  }
  return known;
}

const FINITE = new Map<string, boolean>();

/** "estimates" after "union": an -s word after a singular noun, no word for people ("leaders"). */
function reportingVerb(word: string, before: string): boolean {
  return /[^s]s$/u.test(word) && !/s$/u.test(before) && !tagsOf(word).includes("Actor");
}

/** Words opening a time after a noun: "the council every quarter", "the union last week". */
const TIME_LEADS: ReadonlySet<string> = new Set(["every", "each", "last", "next", "this"]);

const AFTER_PARTICIPLE: ReadonlySet<string> = new Set(["for", "to", "about", "that"]);

/** Words that open a verb's object: no noun stands right before one in a "the …" phrase. */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "his", "her", "their"]);

/** A "the …" phrase: the words that may be its noun, and the words before its last noun ("regional transport"). */
export interface Phrase {
  nouns: string[];
  modifiers: string[];
}

/** A word for a body before one who speaks for it: "a league spokesman", "the union official". */
const SPEAKER_FOR = new RegExp(
  `(?<!\\S)(?:[Tt]he|[Aa]n?)\\s+(\\p{Ll}[\\p{Ll}-]*)\\s+(?:${SPEAKS_FOR_BODY.join("|")})\\b`,
  "gu",
);
const SPEAKER_HINT = new RegExp(`\\b(?:${SPEAKS_FOR_BODY.join("|")})\\b`, "u");

/**
 * The body word of "a league spokesman" as a phrase of its own: the sentence is the league's (when
 * one league is in play), as "the league said" would be.
 */
function speakerBodies(text: string): Phrase[] {
  if (!SPEAKER_HINT.test(text)) return [];
  return [...text.matchAll(SPEAKER_FOR)].map((m) => ({ nouns: [m[1] as string], modifiers: [] }));
}

/** "the" or "The" as a word of its own (between spaces), and the five tokens after it. */
const THE = /(?<![^\s*_"“‘(])[Tt]he(?=\s+(\S+)(?:\s+(\S+))?(?:\s+(\S+))?(?:\s+(\S+))?(?:\s+(\S+))?)/gu;
const CAPITAL = /^\p{Lu}/u;
const HEADLINE_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}-]+(?![\p{L}'’])/gu;
const HEADLINE_OPENING = /^(?:#+\s*)?(\p{Lu}\p{Ll}[\p{Ll}-]+)(?![\p{L}'’])/u;
const PRONOUN_OPENING = /^(?:He|She)(?=\s)/u;

/** The nouns for a business of any kind: "the company" may be one whose name says nothing of what it does. */
const GENERIC_BUSINESS: ReadonlySet<string> = new Set(["company", "firm", "business"]);

/**
 * "Brackenford-based", "Danish-owned": a capitalised word joined to one saying where a body is based
 * or who owns it. Not "-born": "the Brazilian-born jockey" is one jockey of several, not the last named.
 */
const PLACE_MODIFIER = /^\p{Lu}\p{Ll}+-(?:based|owned|run|listed|registered|headquartered)(?![\p{L}-])/u;

/** "Minister" of "The Prime Minister said": a title written with its capital, lower-cased. */
function titleWord(token: string): string | undefined {
  const word = TITLE_CASE_WORD.exec(token)?.[0];
  return word !== undefined && isTitle(word) ? word.toLowerCase() : undefined;
}
const TITLE_CASE_WORD = /^\p{Lu}[\p{Ll}-]*/u;

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
  for (const [start, end] of articleSpans(passages)) {
    scanArticle(passages, drafts, mentioned, start, end, words);
    addBareNouns(passages, drafts, mentioned, start, end, words);
  }
}

/** "police" written alone ("police said", "Police in Marlow Bay arrested"), not inside a name ("Bay Police Department"). */
const BARE_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?<!\\p{Lu}[\\p{L}.'’-]*\\s)(${BARE_BODY_NOUNS.map((n) => `[${n[0]?.toUpperCase()}${n[0]}]${n.slice(1)}`).join("|")})(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`,
  "gu",
);

/**
 * Sentences naming a body by a bare noun ("police said") belong to the one body of that kind the
 * article names anywhere ("Marlow Bay Police Department"): news copy often writes "Police in …
 * arrested" before it names the department. Two such bodies in the article: neither.
 */
function addBareNouns(
  passages: Passage[],
  drafts: Draft[],
  mentioned: Found[][],
  start: number,
  end: number,
  words: WordMeanings,
) {
  const hits: Array<[passage: number, noun: string, at: number]> = [];
  for (let i = start; i < end; i++) {
    const text = passages[i]?.text ?? "";
    // Most sentences hold none of the nouns: a plain look first ("olice" for "police" and "Police").
    if (!BARE_BODY_NOUNS.some((n) => text.includes(n.slice(1)))) continue;
    for (const m of text.matchAll(BARE_NOUN)) hits.push([i, (m[1] as string).toLowerCase(), m.index ?? 0]);
  }
  if (hits.length === 0) return;
  const named = new Set<number>();
  for (let i = start; i < end; i++) for (const f of mentioned[i] ?? []) named.add(f.actor);
  const owners = new Map<string, number[]>();
  for (const actor of named) {
    const draft = drafts[actor] as Draft;
    if (draft.kind === "person") continue;
    const { kinds } = words.kinds(actor, draft);
    for (const noun of BARE_BODY_NOUNS) {
      const stem = words.stem(noun);
      if (stem && kinds.has(stem)) owners.set(noun, [...(owners.get(noun) ?? []), actor]);
    }
  }
  for (const [i, noun, at] of hits) {
    const only = owners.get(noun);
    if (only?.length !== 1) continue;
    addFound(mentioned, i, only[0] as number, at);
  }
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
  const addKind = (actor: number, stem: string) => addOwner(kindOwners, stem, actor);
  const mentions = new Map<number, number>();
  // Actor → the last sentence naming it (or referring back to it) so far.
  const lastNamed = new Map<number, number>();
  let anyNamed = false;
  let courtReport: boolean | undefined;
  let personNamed = false;
  let ledeGiven = false;
  const lede: number[] = [];
  // Stem → the bodies named so far with it in their names ("transport" of "Harbour Region
  // Transport"), for "the regional transport authority"; and such phrases met before any name.
  const nameOwners = new Map<string, Set<number>>();
  const pending: Array<{ phrase: Phrase; passage: number; at: number }> = [];
  // "The company said…" where no body named so far is called a company: see `byArticleSubject`.
  const unowned: Array<{ passage: number; at: number }> = [];
  // "A ferry captain has been found guilty…" opening the article, before anyone is named.
  const ledeAt = ledeOf(passages, start, end);
  const described = ledeDescription(passages[ledeAt]?.text ?? "");
  const ledeNoun = described?.noun;
  for (let i = start; i < end; i++) {
    const text = passages[i]?.text ?? "";
    // "Gareth Pinnock, 52, of Ashby Lane, … appeared for sentence. He pleaded guilty in May…": the
    // plea in the next sentence, after "He" or "She", is the one person the sentence before names.
    if (i > start && PRONOUN_OPENING.test(text)) {
      const before = (mentioned[i - 1] ?? []).filter((f) => (drafts[f.actor] as Draft).kind === "person");
      if (before.length === 1)
        giveCourtRole((before[0] as Found).actor, courtRole(text.replace(PRONOUN_OPENING, "")));
    }
    for (const f of mentioned[i] ?? []) {
      lastNamed.set(f.actor, i);
      // …and the first person the next paragraph names is the one the lede described ("Dariusz
      // Wrobel, 58, was the master of…", "Appearing before the committee, Simon Carrow defended…"):
      // the lede and "the captain" are theirs.
      const draft = drafts[f.actor] as Draft;
      if (!personNamed && ledeNoun && opensNextParagraph(passages, ledeAt, i)) {
        if (draft.kind === "person") {
          addKind(f.actor, words.stem(ledeNoun));
          giveLede(f.actor, ledeNoun);
          // "The artistic director of the Brackwater International Festival has resigned": a role.
          if (described?.role && !draft.implied?.includes(described.role))
            draft.implied = [...(draft.implied ?? []), described.role];
        }
      }
      // A headline's names do not end the lede: "Rosehill birth centre to close…" before "…after
      // the trust that runs it admitted", which waits for the trust to be named.
      if (i >= ledeAt) anyNamed = true;
      if (draft.kind === "person") {
        // (The lede may name a body: "A former finance director at Dunmere District Council has been jailed".)
        personNamed = true;
        // "Colin Redfearn, 47, … denies manslaughter": the defendant, "the accused" after.
        giveCourtRole(f.actor, courtRole(textAfter(text, f.at, draft)));
      }
      const seen = (mentions.get(f.actor) ?? 0) + 1;
      mentions.set(f.actor, seen);
      if (seen === 1) {
        const known = words.kinds(f.actor, draft);
        for (const stem of known.kinds) addKind(f.actor, stem);
        if (draft.kind !== "person") {
          const stems = known.name;
          for (const stem of stems) addOwner(nameOwners, stem, f.actor);
          // "The regional transport authority said…" before "Harbour Region Transport" is named: its kind.
          // The first body named so is the phrase's; it is then no longer waiting.
          for (const waiting of [...pending]) {
            const { phrase, passage, at } = waiting;
            if (!phrase.modifiers.some((m) => stems.has(words.stem(m)))) continue;
            pending.splice(pending.indexOf(waiting), 1);
            addKind(f.actor, words.of(phrase.nouns.at(-1) as string)?.stem ?? "");
            addFound(mentioned, passage, f.actor, at);
          }
        }
      }
      // What the sentence says the actor is ("Corvane, the logistics company,", "striker Keoni
      // Kahananui") adds to its kind; read where the article introduces it (its first mentions),
      // not in every sentence. Not only where a comma stands: a title before a name needs none
      // (session 34: train /who 0.9028 → 0.9030 recall, validation 0.8548 → 0.8549, precision the same).
      if (seen > KIND_FROM_MENTIONS) continue;
      // So does a body noun before the name ("the drug company Arkwright", "a group calling itself Greyhollow"),
      // and what a "which" clause after it says it does ("…(COB), which regulates charities": a regulator).
      if (draft.kind !== "person") {
        for (const stem of kindBefore(text, f.at)) addKind(f.actor, stem);
        const does = WHICH_DOES.exec(textAfter(text, f.at, draft))?.[1];
        const noun = does === undefined ? undefined : bodyNounOfVerb(does);
        if (noun) for (const k of bodyKinds(noun)) for (const stem of contentTerms(k)) addKind(f.actor, stem);
      }
      const roles = statedRoles(text, draft.forms);
      for (const role of [...roles.after, ...roles.before]) {
        for (const stem of roleKinds(role)) addKind(f.actor, stem);
      }
    }
    // "Defending, Fiona McAllister said her client had sold the family home": counsel's client is
    // the one party to the case the report has named so far.
    const client = text.includes("client") ? CLIENT.exec(text) : null;
    if (client && inCourtReport()) {
      const party = onlyParty();
      if (party !== undefined) addFound(mentioned, i, party, client.index);
    }
    if (!text.includes("he ") && !SPEAKER_HINT.test(text)) continue;
    // A lede names no one yet ("The medicines regulator on Thursday ordered…"): read once the
    // article has said who is of which kind.
    if (!anyNamed) {
      lede.push(i);
      awaitBody(text, i);
    } else linkNouns(text, i, false);
  }
  // "A hot-air balloon pilot did not read…" and, paragraphs later, "The pilot, Radomir Kowal, 56,":
  // a lede no one was named after is the one person the article gives its noun, if one.
  if (ledeNoun && !ledeGiven) {
    const owners = [...(kindOwners.get(words.stem(ledeNoun)) ?? [])].filter(
      (a) => (drafts[a] as Draft).kind === "person",
    );
    if (owners.length === 1) giveLede(owners[0] as number, ledeNoun);
  }
  // Only by the kind itself there: "the probe" of a lede is no "investigator" named later.
  for (const i of lede) linkNouns(passages[i]?.text ?? "", i, true);
  byArticleSubject();
  if (ledeAt > start) linkHeadline(passages[start]?.text ?? "", start);

  /**
   * A headline names its actors by what they are, without "the": "Hospital trust admits…", "Bus
   * operator to axe 11 rural routes", "fire chief bows out after 30 years". Read once the article
   * has said who is of which kind, by the kind itself only (as a lede is).
   */
  function linkHeadline(text: string, i: number) {
    // Its first word too, written with a capital as a headline's is ("Founder of … charged").
    const opening = HEADLINE_OPENING.exec(text);
    const first = opening ? [{ 0: (opening[1] as string).toLowerCase(), index: opening.index }] : [];
    for (const m of [...first, ...text.matchAll(HEADLINE_WORD)]) {
      const word = m[0];
      if (STOPWORDS.has(word)) continue;
      // "Water tankers roll into…", "port fraud": a word of a body's name describing the noun after
      // it is not the body ("Hospital trust apologises", "arts council cuts": a word for a body is).
      if (!namesBodies(word) && modifiesNext(text.slice((m.index ?? 0) + word.length))) continue;
      const meaning = words.of(word);
      const actor = meaning && onlyFit(meaning, word, kindOwners, drafts, true);
      if (actor !== undefined) addFound(mentioned, i, actor, m.index ?? 0);
    }
  }

  /**
   * The lede describing `actor`, and the headline over it when its first words name the same
   * ("Landlord fined £84,000…" over "A landlord who left families…", "Heart surgeon struck off…").
   */
  function giveLede(actor: number, noun: string): void {
    ledeGiven = true;
    addFound(mentioned, ledeAt, actor, 0);
    if (ledeAt > start && headlineNames(passages[start]?.text ?? "", noun))
      addFound(mentioned, start, actor, 0);
  }

  /** A court role for a person ("the defendant", "the accused" after), in a court report only. */
  function giveCourtRole(actor: number, role: CourtRole | undefined): void {
    const draft = drafts[actor] as Draft;
    if (!role || !inCourtReport() || draft.implied?.includes(role)) return;
    draft.implied = [...(draft.implied ?? []), role];
    for (const noun of COURT_ROLE_NOUNS[role]) addKind(actor, words.stem(noun));
  }

  /** The one defendant or claimant named so far, when there is one. */
  function onlyParty(): number | undefined {
    const parties = new Set<number>();
    for (const role of ["defendant", "claimant"] as const)
      for (const actor of kindOwners.get(words.stem(role)) ?? []) parties.add(actor);
    const [only] = parties;
    return parties.size === 1 ? only : undefined;
  }

  /** Whether the article reads as a court report: looked at once, and only when a court role is in question. */
  function inCourtReport(): boolean {
    courtReport ??= isCourtReport(passages.slice(start, end).map((p) => p.text));
    return courtReport;
  }

  /** The one of `actors` named in sentence `i` or the two before it, when only one is. */
  function justNamed(actors: number[], i: number): number | undefined {
    const near = actors.filter((a) => (lastNamed.get(a) ?? -Infinity) >= Math.max(start, i - RECENT));
    return near.length === 1 ? near[0] : undefined;
  }

  /**
   * Of two companies, "the company" is the one the article is about: named at least
   * `DOMINANT` times as often as any other so far, and at least three times ("Lumora" against
   * "Corvane Holdings, the investment group that owns a 19% stake in Lumora").
   */
  function dominant(actors: number[]): number | undefined {
    const counted = actors.map((a) => [a, mentions.get(a) ?? 0] as const).sort((a, b) => b[1] - a[1]);
    const [first, second] = counted;
    if (first && first[1] >= 3 && !(second && first[1] < DOMINANT * second[1])) return first[0];
    // Else the one the headline names ("Bramble & Bean franchisees sue head office", its supplier
    // named more often in the body): the article is about what its headline names.
    const inHeadline =
      ledeAt > start ? actors.filter((a) => (mentioned[start] ?? []).some((f) => f.actor === a)) : [];
    return inHeadline.length === 1 ? inHeadline[0] : undefined;
  }

  function byNameWord(modifiers: string[]): number | undefined {
    let only: number | undefined;
    for (const m of modifiers) {
      const stem = words.stem(m);
      for (const actor of (stem && nameOwners.get(stem)) || []) {
        if (only !== undefined && only !== actor) return undefined;
        only = actor;
      }
    }
    return only;
  }

  /**
   * "Kestrel Line said it would run a freight-only service… the company said": "the company" where
   * no body named before it is called one is the body the article is about, when its name says
   * nothing of its kind ("Kestrel Line", "Caldera Therapeutics") and it is named at least
   * `DOMINANT` times as often as any other such body. Read once the article is read.
   */
  function byArticleSubject(): void {
    if (unowned.length === 0) return;
    const kindless = [...mentions]
      .filter(([a]) => {
        const draft = drafts[a] as Draft;
        return draft.kind === "organization" && !namesItsKind(draft.name);
      })
      .map(([a]) => a);
    const subject = dominant(kindless);
    if (subject === undefined) return;
    for (const { passage, at } of unowned) addFound(mentioned, passage, subject, at);
  }

  /**
   * "Bramford Regional Transit (BRT) will raise fares… The agency said…": a body noun no actor of
   * the article is of yet (nor of a kind meaning nearly the same) is the one body the sentences
   * just before it name, when that body's name says nothing of its kind; it is then of that kind.
   */
  function byAdjacency(phrase: Phrase, text: string, i: number): boolean {
    const noun = phrase.nouns.at(-1) as string;
    const meaning = words.of(noun);
    if (meaning?.of !== "body" || meaning.alike.some((s) => kindOwners.has(s))) return false;
    const bodies = new Set<number>();
    for (let k = i - 1; k >= Math.max(ledeAt, i - ADJACENT); k--) {
      for (const f of mentioned[k] ?? [])
        if ((drafts[f.actor] as Draft).kind === "organization") bodies.add(f.actor);
    }
    const [only] = bodies;
    // Only a body whose name says nothing of its kind: "Office of Water Regulation" is no company.
    if (bodies.size !== 1 || only === undefined || namesItsKind((drafts[only] as Draft).name)) return false;
    addKind(only, meaning.stem);
    addFound(mentioned, i, only, text.indexOf(noun));
    return true;
  }

  /**
   * "Hosepipes will be banned from Friday, the regional water authority said": a lede's body noun
   * after words of a name waits for the first body named with one of them, which is then of its kind.
   */
  function awaitBody(text: string, i: number) {
    for (const phrase of backReferenceNouns(text)) {
      const noun = phrase.nouns.at(-1) as string;
      if (phrase.modifiers.length > 0 && words.of(noun)?.of === "body")
        pending.push({ phrase, passage: i, at: text.indexOf(noun) });
    }
  }

  function linkNouns(text: string, i: number, exactOnly: boolean) {
    for (const phrase of [...backReferenceNouns(text), ...speakerBodies(text)]) {
      let linked = false;
      for (const word of phrase.nouns) {
        const meaning = words.of(word);
        // Of two ministers, "the minister" just after one of them is named is that one (for
        // bodies no train or validation set moved either way: people only).
        const recent =
          meaning?.of === "person"
            ? (actors: number[]) => justNamed(actors, i)
            : meaning?.of === "body"
              ? dominant
              : undefined;
        const actor = meaning && onlyFit(meaning, word, kindOwners, drafts, exactOnly, recent);
        if (actor === undefined) continue;
        addFound(mentioned, i, actor, text.indexOf(word));
        linked = true;
        break;
      }
      if (!linked && !exactOnly && phrase.modifiers.length === 0) linked = byAdjacency(phrase, text, i);
      const last = phrase.nouns.at(-1) as string;
      if (!linked && phrase.modifiers.length === 0 && GENERIC_BUSINESS.has(last)) {
        const meaning = words.of(last);
        if (meaning && !meaning.alike.some((s) => kindOwners.has(s)))
          unowned.push({ passage: i, at: text.indexOf(last) });
      }
      if (linked || phrase.modifiers.length === 0) continue;
      const noun = phrase.nouns.at(-1) as string;
      const meaning = words.of(noun);
      if (meaning?.of !== "body") continue;
      // "the regional transport authority": a body noun after a word of one body's name is that body.
      const actor = byNameWord(phrase.modifiers);
      if (actor === undefined) {
        if (!exactOnly) pending.push({ phrase, passage: i, at: text.indexOf(noun) });
        continue;
      }
      addKind(actor, meaning.stem);
      addFound(mentioned, i, actor, text.indexOf(noun));
    }
  }
}

/**
 * The noun of a description of someone opening an article as its subject: "A ferry captain has
 * been found guilty…", "A landlord who crammed tenants…", "The artistic director of the Brackwater
 * International Festival has resigned…"; undefined otherwise (and for "A 72-hour strike has
 * begun": the noun must name people). A definite one "of" a body is a role too.
 */
function ledeDescription(text: string): { noun: string; role?: string } | undefined {
  const m = LEDE.exec(text);
  const noun = m?.[2];
  if (!m || !noun) return undefined;
  const role = m[1] === "The" && m[3] ? text.slice(4, m[0].length - (m[4] ?? "").length).trim() : undefined;
  // "The chief executive of Aldbridge Water faced…": a title of a body is a person's too.
  const described = (role ?? "").slice(0, (role ?? "").length - (m[3] ?? "").trim().length);
  // "A former volunteer treasurer who stole…": a noun for what someone does, by its ending too.
  const person = whatItNames(noun) === "person" || (!isBodyNoun(noun) && PERSON_NOUN_END.test(noun));
  if (!person && !described.split(/\s+/).some(isTitle)) return undefined;
  return role ? { noun, role } : { noun };
}

/**
 * Whether a headline's word stands before a noun it describes ("Water tankers roll into…", "port
 * fraud", "pension fund"): the next word lower case, no function word and no verb.
 */
function modifiesNext(after: string): boolean {
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(after)?.[1];
  return next !== undefined && !STOPWORDS.has(next) && !isSpeechVerb(next) && !isFiniteVerb(next);
}

/** Whether a headline's first three words hold the lede's noun for its subject. */
function headlineNames(headline: string, noun: string): boolean {
  const first = headline
    .replace(/^#+\s*/u, "")
    .toLowerCase()
    .split(/\s+/)
    .slice(0, 3);
  return first.some((w) => w.replace(/['’]s$|[^\p{L}-]/gu, "") === noun);
}

const PERSON_NOUN_END = /\p{Ll}{3}(?:er|or|ist|ian|ant|ee)$/u;

// "A former treasurer of a Wexmouth housing charity has been…": the body after "of" named or not.
const LEDE =
  /^(An?|One|The)\s+(?:[\p{Ll}\d-]+\s+){0,3}?([\p{Ll}-]+)(\s+(?:of|at|for)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}?\p{Lu}[\p{L}’'-]*|an?\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{Ll}’'-]+))?(\s+(?:who|whose|has|have|had|was|is|did|will|would|could|accused|charged|convicted|jailed|found|\p{Ll}+ed)\b)/u;

/**
 * The first sentence of an article's lede: its first paragraph's, or its second's when the first is
 * a headline (one line without a full stop: "Festival director quits as arts council cuts grant").
 */
export function ledeOf(passages: Passage[], start: number, end: number): number {
  const first = passages[start];
  const next = passages[start + 1];
  const headline =
    !!first && !!next && start + 1 < end && next.paragraph === 2 && !ENDS_SENTENCE.test(first.text);
  return headline ? start + 1 : start;
}
const ENDS_SENTENCE = /[.!?]["”’']?\s*$/u;

/** Whether passage `i` is the first sentence of the paragraph after the lede's (the sentence `lede`). */
function opensNextParagraph(passages: Passage[], lede: number, i: number): boolean {
  const first = passages[lede];
  const p = passages[i];
  return !!first && !!p && first.sentence === 1 && p.paragraph === first.paragraph + 1 && p.sentence === 1;
}

/**
 * Whether a name has a word saying what kind of body it is ("Office of Water Regulation",
 * "Coastal Safety Board"); "Bramford Regional Transit" and "Ashdown Valley Water" have none.
 */
export function namesItsKind(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => namesBodies(w) && !KINDLESS_HEADS.has(w));
}

/** Adds `actor` to the owners of `stem`. */
function addOwner(owners: Map<string, Set<number>>, stem: string, actor: number): void {
  const set = owners.get(stem);
  if (set) set.add(actor);
  else owners.set(stem, new Set([actor]));
}

/**
 * The one actor named so far whose kind the noun fits; undefined when none or several do. A kind
 * named by the noun itself ("company") goes before a kind that only means nearly the same
 * ("service"); a noun for a body ("the agency") fits no person, a noun for a person ("the
 * officer") no body.
 */
function onlyFit(
  meaning: Meaning,
  noun: string,
  kindOwners: ReadonlyMap<string, ReadonlySet<number>>,
  drafts: Draft[],
  exactOnly = false,
  recent?: (actors: number[]) => number | undefined,
): number | undefined {
  const fits = (actor: number) => {
    const draft = drafts[actor] as Draft;
    if (meaning.of === "body" && draft.kind === "person") return false;
    if (meaning.of === "person" && draft.kind !== "person") return false;
    return fitsPlace(meaning, noun, draft);
  };
  const exact = [...(kindOwners.get(meaning.stem) ?? [])].filter(fits);
  if (exact.length > 1 && recent) return recent(exact);
  if (exact.length || exactOnly) return exact.length === 1 ? exact[0] : undefined;
  const near = new Set<number>();
  for (const stem of meaning.alike) {
    for (const actor of kindOwners.get(stem) ?? []) {
      // Only a word for a body means a body by a near kind ("the union" a federation); "the
      // biggest project" is no joint venture.
      if (!fits(actor) || (meaning.of === "either" && (drafts[actor] as Draft).kind !== "person")) continue;
      near.add(actor);
    }
  }
  if (near.size > 1) return meaning.of === "body" && recent ? recent([...near]) : undefined;
  return [...near][0];
}

/**
 * The stems naming what an actor is: a person's title words; a body's name words that say what
 * kind of body it is (its head words and its last word: "Service" of "State Fire and Rescue
 * Service", not "Fire", which "the fire" would then have meant) and what its last word makes it.
 */
function kindWords(draft: Draft): Set<string> {
  // A short title by what it stands for: "the professor" after "Prof Radomir Kovac".
  if (draft.kind === "person")
    return new Set(draft.titles.flatMap((t) => contentTerms(shortTitleMeaning(t) ?? t).slice(-1)));
  // (Counting "… Inc"/"… Corp" as "the company" too found more on the training articles and fewer
  // on validation when a kind only near the noun counted as much as the noun itself.)
  const ws = draft.name.toLowerCase().split(/\s+/);
  const last = ws.at(-1) ?? "";
  // In "A of B" names the head is the word before "of" ("City of Marrowby", "University of Korvik").
  const of = ws.indexOf("of");
  const heads = ws.filter(
    (w, k) => w === last || k === of - 1 || isOrgHead(w) || isBodyNoun(w) || isOrgWord(w),
  );
  return new Set([
    ...heads.flatMap((w) => contentTerms(w)),
    ...nameKinds(draft.name).flatMap((k) => contentTerms(k)),
  ]);
}

/** The stems of what a stated role says its holder is: its head, and the kinds of body that head makes it. */
function roleKinds(role: string): string[] {
  const head = roleCore(role).split(/\s+/).at(-1) ?? "";
  const stem = contentTerms(head).at(-1);
  return stem ? [stem, ...bodyKinds(head).flatMap((k) => contentTerms(k))] : [];
}

/** The stems of the kind a body noun just before a mention gives it ("the drug company Arkwright"). */
function kindBefore(text: string, at: number): string[] {
  if (at === 0) return [];
  const before = text.slice(Math.max(0, at - 60), at);
  const noun = bodyNounBefore(before) ?? bodyNounInApposition(before);
  return noun ? bodyKinds(noun).flatMap((k) => contentTerms(k)) : [];
}

/** A noun's stem and every stem meaning the same kind of thing, worked out once per word per build. */
class WordMeanings {
  /** `null` for a word that is no content word. */
  private readonly known = new Map<string, Meaning | null>();

  of(word: string): Meaning | undefined {
    let meaning = this.known.get(word);
    if (meaning === undefined) {
      // A compound's last part is its head, as in roleKinds ("vice-chancellor" → "chancellor").
      const stem = contentTerms(word).at(-1);
      // "the four council members", "the companies": many, never the one actor named before.
      // "the ruling", "the hearing": a verb's noun names what was done, not who did it ("Speaking
      // after the ruling, Ms Mokoena said" is not about the judge, whom "rule" ~ "judge" reached).
      meaning =
        stem && !plural(word, stem) && !verbalNoun(word, stem)
          ? { stem, alike: [...alikeStems(stem)], of: whatItNames(word) }
          : null;
      this.known.set(word, meaning);
    }
    return meaning ?? undefined;
  }

  /** The stem of a word, plural or not ("medicines" → "medicin"), worked out once per word. */
  stem(word: string): string {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      stem = contentTerms(word).at(-1) ?? "";
      this.stems.set(word, stem);
    }
    return stem;
  }

  private readonly stems = new Map<string, string>();

  /** What kind of thing an actor is (`kindWords`) and its name's stems, worked out once per actor. */
  kinds(actor: number, draft: Draft): { kinds: Set<string>; name: Set<string> } {
    let found = this.actors.get(actor);
    if (!found) {
      found = { kinds: kindWords(draft), name: new Set(contentTerms(draft.name)) };
      this.actors.set(actor, found);
    }
    return found;
  }

  private readonly actors = new Map<number, { kinds: Set<string>; name: Set<string> }>();
}

interface Meaning {
  stem: string;
  alike: string[];
  /** Whether the noun names only bodies ("agency"), only people ("officer"), or either. */
  of: "body" | "person" | "either";
}

/** A noun made of a verb with "-ing" ("ruling", "hearing", "sentencing"; not "king", "viking"): the stemmer takes the ending off. */
function verbalNoun(word: string, stem: string): boolean {
  return word.endsWith("ing") && stem.length <= word.length - 2 && whatItNames(word) !== "person";
}

/** A plural noun: its stem is that of the word without its "s" ("members", "companies"; not "press", "status"). */
function plural(word: string, stem: string): boolean {
  if (!word.endsWith("s") || /(?:ss|us|is)$/u.test(word)) return false;
  const singular = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return contentTerms(singular)[0] === stem;
}

/** "agency", "union", "airline" name bodies; "officer", "detective" (compromise's Actor nouns) people. */
export function whatItNames(word: string): Meaning["of"] {
  if (namesBodies(word)) return "body";
  return tagsOf(word).includes("Actor") ? "person" : "either";
}

/** A word that names only bodies: "agency", "union", "airline". */
function namesBodies(word: string): boolean {
  return isBodyNoun(word) || ORG_HEADS.has(word);
}

/** "the bay" is not "Marlow Bay Police Department": a place word names a body only as its head. */
function fitsPlace(meaning: Meaning, noun: string, draft: Draft): boolean {
  return !PLACE_HEADS.has(noun) || draft.kind === "person" || contentTerms(draft.name)[0] === meaning.stem;
}

/** The text after the actor's name written at `at` (its longest form there), to the sentence's end. */
function textAfter(text: string, at: number, draft: Draft): string {
  const end = writtenEnd(text, at, draft);
  return end < 0 ? "" : text.slice(end);
}
