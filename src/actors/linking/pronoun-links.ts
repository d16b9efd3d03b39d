import type { Passage } from "../../corpus/types.ts";
import { endsWithPreposition } from "../../language/prepositions.ts";
import { UNNAMED_SOURCE } from "../../language/speech.ts";
import type { Draft } from "../mentions/candidates.ts";
import { personGender } from "../mentions/gender.ts";
import { addFound, type Found } from "../mentions/scoped-forms.ts";
import {
  AGED,
  CONNECTIVE,
  epithetAttribution,
  epithetSubject,
  epithetWords,
  heOrSheIn,
  pronounGender,
  pronounSubject,
} from "./pronouns.ts";
import { insideQuotes, type Quotations } from "./quotes.ts";

/**
 * How many sentences back a pronoun's actor is looked for. Session 11, /who recall / precision
 * pooled over validation: two within one paragraph (before) 0.838 / 0.890; two across paragraphs
 * 0.838 / 0.890; three 0.842 / 0.891; four 0.842 / 0.889.
 */
const LOOK_BACK = 3;

/** A sentence opening with "the 44-year-old" (after a quotation mark or a connective): what stands before it. */
const AGED_OPENING = new RegExp(`^([“"‘'(\\s]*(?:(?:${CONNECTIVE}),?\\s+)?)${AGED}\\b`, "iu");

/**
 * The actor each passage's pronoun subject stands for ("He noted…", "“…,” she said."): the one
 * the sentence before carries on (its own pronoun's actor) or else the first it names; failing
 * that, the one before, then the one before that, across paragraphs ("Her work was never limited
 * to steel." after a paragraph about the city her wall changed). (Falling back on the person the article
 * has named most so far found more sentences on the training articles and cost precision on
 * validation: not kept.)
 */
export function linkPronouns(
  passages: Passage[],
  drafts: Draft[],
  mentioned: Found[][],
  quotations: Quotations,
): Array<number | undefined> {
  const linked: Array<number | undefined> = passages.map(() => undefined);
  const sources = quotations.sources;
  const genders = new Map<number, "female" | "male" | undefined>();
  const genderOf = (a: number) => {
    if (!genders.has(a)) genders.set(a, personGender(drafts[a] as Draft));
    return genders.get(a);
  };
  passages.forEach((passage, i) => {
    // A sentence naming no person with "he" or "she" in it is about the person before it too
    // ("The walls were designed to rust, and she insisted…").
    const namesPerson = () => (mentioned[i] ?? []).some((f) => (drafts[f.actor] as Draft).kind === "person");
    const pronoun =
      pronounSubject(passage.text) ??
      ((heOrSheIn(passage.text) || epithetSubject(passage.text) || epithetAttribution(passage.text)) &&
      !namesPerson()
        ? "person"
        : undefined);
    if (!pronoun) return;
    // "The 44-year-old…" whose age the article gave one person (`addAgedMentions`) is that person.
    const aged = AGED_OPENING.exec(passage.text);
    if (aged && (mentioned[i] ?? []).some((f) => f.at === (aged[1] as string).length)) return;
    // "One senior player, who asked not to be named because she was still in the squad": the
    // pronoun is the unnamed source's, and so is the next sentence's ("She said…").
    const unnamed = (k: number) =>
      UNNAMED_SOURCE.test(passages[k]?.text ?? "") &&
      !(mentioned[k] ?? []).some((f) => (drafts[f.actor] as Draft).kind === "person");
    if (pronoun === "person" && unnamed(i)) return;
    // "She" is no man the sentence before names ("“She was stubborn,” Dahlgaard said" after a
    // sentence naming him and her), as far as a title or a first name tells.
    const gender = pronoun === "person" ? pronounGender(passage.text) : undefined;
    const wanted = (a: number) =>
      ((drafts[a] as Draft).kind === "person") === (pronoun === "person") &&
      !(gender && genderOf(a) !== undefined && genderOf(a) !== gender);
    // "The Kingsfold captain accused…" after "Kingsfold’s captain, Callum Fairweather,": the
    // person an earlier sentence of the article describes so, before whoever was named last.
    const holder = pronoun === "person" ? describedEarlier(passages, i, mentioned, drafts) : undefined;
    if (holder !== undefined && wanted(holder)) {
      linked[i] = holder;
      return;
    }
    // The sentences of the quotation this one closes ("“The girls do their homework… We have a
    // kettle… I want them…,” she said.") are its speaker's words: the look-back starts before them.
    let first = i;
    while (sources[first - 1] === "after" && passages[first - 1]?.paragraph === passage.paragraph) first--;
    // Only a person's "he" or "she": a quotation's own "they" is rarely the attribution's.
    const quoted = pronoun === "person" ? i - first : 0;
    for (let back = 1; back <= LOOK_BACK + quoted; back++) {
      const previous = passages[i - back];
      if (!previous || previous.articleId !== passage.articleId) break;
      if (pronoun === "person" && unnamed(i - back)) break;
      const carried = linked[i - back];
      const named = subjectsFirst(previous.text, mentioned[i - back] ?? [], drafts);
      // "Her colleague, Dr Tomasi Fifita, who led the dive teams, said…": the person named beside
      // the possessive's noun is that sentence's subject, before the one "her" carries on.
      const beside = besidePossessive(previous.text, mentioned[i - back] ?? [], drafts);
      const candidate = [
        ...(beside !== undefined ? [beside] : []),
        ...(carried !== undefined ? [carried] : []),
        ...named,
      ].find(wanted);
      if (candidate !== undefined) {
        linked[i] = candidate;
        return;
      }
    }
  });
  linkQuotations(passages, drafts, mentioned, linked, quotations);
  return linked;
}

/**
 * The person an earlier sentence of the same article names with every word of the description a
 * sentence opens with or attributes a quotation to ("The Kingsfold captain"), those words within a
 * few words of the name ("Kingsfold’s captain, Callum Fairweather,", "Callum Fairweather, the
 * Kingsfold captain,"); undefined when none does, or when two people do.
 */
function describedEarlier(
  passages: Passage[],
  i: number,
  mentioned: Found[][],
  drafts: Draft[],
): number | undefined {
  const words = epithetWords(passages[i]?.text ?? "");
  if (!words || words.length < 2) return undefined;
  const wanted = words.map((w) => new RegExp(`(?<![\\p{L}])${w}(?:['’]s)?(?![\\p{L}])`, "iu"));
  const holders = new Set<number>();
  for (let k = i - 1; k >= 0 && passages[k]?.articleId === passages[i]?.articleId; k--) {
    const text = passages[k]?.text ?? "";
    for (const f of mentioned[k] ?? []) {
      if ((drafts[f.actor] as Draft).kind !== "person") continue;
      const around = text.slice(Math.max(0, f.at - DESCRIBED_WITHIN), f.at + DESCRIBED_WITHIN);
      if (wanted.every((w) => w.test(around))) holders.add(f.actor);
    }
  }
  return holders.size === 1 ? (holders.values().next().value as number) : undefined;
}

/** How near a name, in characters either side, the words describing its person stand. */
const DESCRIBED_WITHIN = 40;

/**
 * The actors a sentence names, those named only as a possessor ("Voss's interim successor,
 * Pieter Aaldering, called…") after the others: the possessor is rarely whom the next
 * sentence's "he" means.
 */
function subjectsFirst(text: string, found: readonly Found[], drafts: Draft[]): number[] {
  if (found.length < 2) return found.map((f) => f.actor);
  // "Under cross-examination by Adaeze Nwosu KC, …, Mallory accepted…": a name after a
  // preposition is rarely whom the next sentence's "she" means either.
  const aside = found.filter(
    (f) => possessive(text, f.at, drafts[f.actor] as Draft) || afterPreposition(text, f.at),
  );
  if (aside.length === 0) return found.map((f) => f.actor);
  return [...found.filter((f) => !aside.includes(f)), ...aside].map((f) => f.actor);
}

/** "Her colleague, Dr Tomasi Fifita,": a sentence opening with a possessive's noun in apposition to a person. */
const POSSESSIVE_APPOSITION = /^(?:His|Her|Their|Its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+/u;

/** The opening possessive's noun is a plural: "Her parents, ", "His two sons, " (not "His boss, "). */
const PLURAL_NOUN = /[^su'’]s,\s+$/u;

/** The person named in apposition to a sentence's opening possessive noun ("Her colleague, Dr X,"), if one. */
function besidePossessive(text: string, found: readonly Found[], drafts: Draft[]): number | undefined {
  const m = POSSESSIVE_APPOSITION.exec(text);
  // "Her parents, Idris and Zainab Yusuf, are both deaf, and … she was the family's interpreter":
  // two people beside a plural noun are not whom the sentence's "she" or the next one's means.
  if (!m || PLURAL_NOUN.test(m[0])) return undefined;
  const at = m[0].length;
  // The name may follow a title ("Dr", "Professor") the mention leaves out.
  return found.find((f) => f.at >= at && f.at <= at + 12 && (drafts[f.actor] as Draft).kind === "person")
    ?.actor;
}

/** Whether the word before `at` is a preposition ("by", "with", "against"), not "according to". */
function afterPreposition(text: string, at: number): boolean {
  return endsWithPreposition(text.slice(Math.max(0, at - 20), at));
}

/** Whether the name written at `at` is a possessor ("Voss's", "Meridian’s"). */
function possessive(text: string, at: number, draft: Draft): boolean {
  for (const form of draft.forms) {
    if (!text.startsWith(form, at)) continue;
    const after = text.slice(at + form.length, at + form.length + 2);
    if (after === "'s" || after === "’s") return true;
  }
  return false;
}

/**
 * A quotation's sentences that do not name their speaker are the speaker's: the one its closing
 * attribution names, or the one the sentence before it is about (a person first).
 */
function linkQuotations(
  passages: Passage[],
  drafts: Draft[],
  mentioned: Found[][],
  linked: Array<number | undefined>,
  { sources, opensInside }: Quotations,
): void {
  const speakerOf = (i: number) => {
    // The speaker is named outside the quotation marks, not by the quotation itself.
    const text = passages[i]?.text ?? "";
    const found = (mentioned[i] ?? []).map((f) => ({
      actor: f.actor,
      quoted: insideQuotes(text, f.at, opensInside[i]),
    }));
    const named = [...found.filter((f) => !f.quoted), ...found.filter((f) => f.quoted)].map((f) => f.actor);
    return linked[i] ?? named.find((a) => (drafts[a] as Draft).kind === "person") ?? named[0];
  };
  sources.forEach((source, i) => {
    if (source === undefined) return;
    let speaker: number | undefined;
    if (source === "before") speaker = speakerOf(i - 1);
    else {
      // The sentence that closes the quotation with its attribution.
      let j = i + 1;
      while (j < passages.length && sources[j] === "after") j++;
      if (j < passages.length) speaker = speakerOf(j);
    }
    if (speaker === undefined) return;
    // A quoted sentence whose own pronoun is someone else ("“She was usually right,”" about the
    // colleague the speaker remembers) is that person's and its speaker's both.
    if (linked[i] === undefined) linked[i] = speaker;
    else if (linked[i] !== speaker) addFound(mentioned, i, speaker, 0);
  });
}
