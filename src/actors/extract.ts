import { articleSpans } from "../corpus/article-spans.ts";
import type { Corpus } from "../corpus/types.ts";
import { isBodyNoun, kindsOtherThanWritten } from "../language/bodies.ts";
import { findTimes } from "../language/dates.ts";
import { isCourtesyTitle, isOfficerTitle, isTitle } from "../language/titles.ts";
import type { PassageLinks } from "../search/index.ts";
import { ActorDirectory } from "./directory/directory.ts";
import { actorNames, normalizeName } from "./directory/names.ts";
import { classifySentence } from "./facts/classify.ts";
import { statedRoles } from "./facts/role.ts";
import { addAgedMentions } from "./linking/ages.ts";
import { addBackReferences, ledeOf } from "./linking/back-references.ts";
import { linkInterviewAnswers } from "./linking/interview.ts";
import { mergeGlossary } from "./linking/merge-glossary.ts";
import { addOthersPronouns } from "./linking/others-pronouns.ts";
import { linkPronouns } from "./linking/pronoun-links.ts";
import { readQuotations } from "./linking/quotes.ts";
import { addBodiesSpokenFor } from "./linking/spoken-for.ts";
import { addSpokespersonAgain } from "./linking/spokesperson-again.ts";
import { type Draft, findCandidates } from "./mentions/candidates.ts";
import { findMentions } from "./mentions/find-mentions.ts";
import { addPersonForms } from "./mentions/person-forms.ts";
import { addArticleMentions } from "./mentions/scoped-forms.ts";
import type { Actor, SentenceFacts } from "./types.ts";

/** Sentences read for an actor's roles, and the most roles kept (titles and stated roles together). */
const ROLE_SENTENCES = 20;
const MAX_ROLES = 8;

/** Every actor of a corpus, which passages name each, and what each passage is. */
export interface ActorIndex {
  actors: Actor[];
  /** The actors by name and role: what `/who` and autocomplete look them up in. */
  directory: ActorDirectory;
  /** Passage id → ids of the actors it names or points to, holder first. */
  byPassage: Map<number, number[]>;
  /** Passage id → position or event, dates, holder; only for passages about an actor. */
  facts: FactTable;
  /** Names each passage points to through a pronoun, for the search index. */
  links: PassageLinks;
}

/** What each passage about an actor is: a map when built, columns when restored (`persist.ts`). */
export interface FactTable {
  get(passageId: number): SentenceFacts | undefined;
}

const built = new WeakMap<Corpus, ActorIndex>();

/** The actors of a corpus, built once per loaded corpus. */
export function actorsOf(corpus: Corpus): ActorIndex {
  let index = built.get(corpus);
  if (!index) {
    index = buildActors(corpus);
    built.set(corpus, index);
  }
  return index;
}

/**
 * Finds the actors of a corpus with no configuration: named entities, surnames and titles linked
 * to full names, glossary aliases merged in, pronoun subjects linked to the actor before them.
 */
export function buildActors(corpus: Corpus): ActorIndex {
  return beginActors(corpus).finish();
}

/** Actors found, with their pronoun links ready and what each passage is still to be read. */
export interface ActorsBegun {
  /** Names each passage points to through a pronoun: what the search index needs of the actors. */
  links: Map<number, string[]>;
  /** Reads what each passage about an actor is (position or event, dates) and completes the index. */
  finish(): ActorIndex;
}

/**
 * The actors and their pronoun links; what the passages are is read by `finish`. Two steps so
 * that a thread finding them can hand the links over first: the search index waits for those
 * only, and the rest (a sixth of the work) is done while it builds.
 */
export function beginActors(corpus: Corpus): ActorsBegun {
  const drafts = mergeGlossary(findCandidates(corpus.articles), corpus.glossary, corpus.passages);
  addPersonForms(drafts, corpus);

  const mentioned = findMentions(corpus.passages, drafts);
  addArticleMentions(corpus.passages, drafts, mentioned);
  addBackReferences(corpus.passages, drafts, mentioned);
  addAgedMentions(corpus.passages, drafts, mentioned);
  // Where each sentence's quotation marks leave it, read once for both pronoun passes.
  const quotations = readQuotations(corpus.passages);
  const linked = linkPronouns(corpus.passages, drafts, mentioned, quotations);
  linkInterviewAnswers(corpus.passages, drafts, mentioned, linked);
  // After the links: the search index reads those, and this adds a body's sentences for /who only.
  addSpokespersonAgain(corpus.passages, drafts, mentioned);
  addOthersPronouns(corpus.passages, drafts, mentioned, linked, quotations.opensInside);

  // Numbered as the drafts are for now; `finish` numbers the actors it keeps.
  const actors: Actor[] = drafts.map((d, i) => ({
    id: i,
    name: d.name,
    aliases: [...d.forms].filter((f) => f !== d.name),
    kind: d.kind,
    passages: [],
    viaPronoun: [],
  }));
  /** Passage id → the actors it names or points to, holder first. */
  const byPassage = new Map<number, number[]>();
  corpus.passages.forEach((passage, i) => {
    const direct = [...(mentioned[i] ?? [])].sort((a, b) => a.at - b.at);
    const via = linked[i];
    const order = [...(via !== undefined ? [via] : []), ...direct.map((f) => f.actor)];
    const ids = [...new Set(order)];
    if (ids.length === 0) return;
    for (const id of ids) {
      const actor = actors[id] as Actor;
      actor.passages.push(passage.id);
      if (id === via && !direct.some((f) => f.actor === id)) actor.viaPronoun.push(passage.id);
    }
    byPassage.set(passage.id, ids);
  });

  // Every role stated beside the name, from the first sentences that name it (an actor named in
  // thousands has said what it is by then). Shown: the first stated after the name in story
  // order ("Rafael Grossi, the head of…"), else one stated before it, the glossary's, a title.
  // Read for the actors pronouns point to first (their links carry the role), for the rest later.
  const read = new Set<number>();
  const readRoles = (i: number) => {
    if (read.has(i)) return;
    read.add(i);
    const d = drafts[i] as Draft;
    const actor = actors[i] as Actor;
    const forms = [d.name, ...d.forms];
    const after: string[] = [];
    const before: string[] = [];
    // Each sentence's own roles too: "the company's" is the body named in the sentence stating it.
    const statedIn = new Map<number, string[]>();
    for (const id of actor.passages.slice(0, ROLE_SENTENCES)) {
      const found = statedRoles(corpus.passages[id]?.text ?? "", forms);
      for (const role of found.after) if (!after.includes(role)) after.push(role);
      for (const role of found.before) if (!before.includes(role)) before.push(role);
      statedIn.set(id, [...found.after, ...found.before]);
    }
    const stated = [...after, ...before];
    // "Ms Okonjo" says nothing of what she does: no courtesy title stands as a role.
    const titles = d.titles.filter((t) => !isCourtesyTitle(t));
    const role = stated[0] ?? d.glossaryRole ?? longest(titles);
    if (role) actor.role = role;
    // "The trust's chief executive" is also the chief executive of the trust the sentence names.
    const spelt = actor.passages
      .slice(0, ROLE_SENTENCES)
      .flatMap((id) => [
        ...possessorSpelt(stated, statedIn.get(id) ?? [], byPassage.get(id) ?? [], actors, i),
        ...pronounOwnerSpelt(statedIn.get(id) ?? [], byPassage.get(id) ?? [], namedBefore(id), actors, i),
        ...initialsSpelt(stated, byPassage.get(id) ?? [], actors, i),
      ]);
    // "Chief Executive Hamish Tolland said…", no body named near: the officer of the one body the
    // story's lede names ("Brackwell Foods, the country's largest maker of pies, is to close…"). Only
    // titles written as such: lower-case roles before a name ("Chief executive …") read so too
    // answered a name in no article and cost precision on a validation set.
    const officerTitles = d.titles.filter(bareOfficerTitle);
    const lede = officerTitles.length > 0 ? ledeBodies(actor.passages[0]) : [];
    if (lede.length === 1)
      for (const title of officerTitles) spelt.push(roleOfBody(title.toLowerCase(), lede[0] as Actor));
    const roles = [
      ...new Set([
        ...stated,
        ...spelt,
        ...(d.glossaryRole ? [d.glossaryRole] : []),
        ...titles,
        ...(d.implied ?? []),
        ...writtenKinds(actor),
      ]),
    ];
    if (roles.length) actor.roles = roles.slice(0, MAX_ROLES);
  };

  // Each article's lede (the sentence after its headline) and span, and the bodies the lede of a passage's article names.
  const ledes = new Map<string, number>();
  const spans = new Map<string, [number, number]>();
  for (const [start, end] of articleSpans(corpus.passages)) {
    ledes.set(corpus.passages[start]?.articleId ?? "", ledeOf(corpus.passages, start, end));
    spans.set(corpus.passages[start]?.articleId ?? "", [start, end]);
  }

  // "The regulator" for the Care Standards Commission, where its article calls something "the
  // health regulator" or "the regulator": a kind its name makes it ("Commission"), when the article
  // writes the word. Not every authority or commission is one ("Skarrvik Port Authority").
  const writtenKinds = (actor: Actor): string[] => {
    if (actor.kind !== "organization") return [];
    const kinds = kindsOtherThanWritten(actor.name);
    const span = spans.get(corpus.passages[actor.passages[0] ?? -1]?.articleId ?? "");
    if (kinds.length === 0 || !span) return [];
    const sentences = corpus.passages.slice(span[0], span[1]);
    return kinds.filter((kind) => {
      const word = new RegExp(`\\b${kind}\\b`, "u");
      return sentences.some((p) => word.test(p.text));
    });
  };
  const ledeBodies = (id: number | undefined): Actor[] => {
    const lede = ledes.get(corpus.passages[id ?? -1]?.articleId ?? "");
    return lede === undefined ? [] : bodiesNamed(byPassage.get(lede) ?? [], actors, -1);
  };

  // The actors named in the sentence before, in the same article.
  const namedBefore = (id: number): readonly number[] => {
    const previous = corpus.passages[id - 1];
    return previous && previous.articleId === corpus.passages[id]?.articleId
      ? (byPassage.get(id - 1) ?? [])
      : [];
  };

  const links = new Map<number, string[]>();
  linked.forEach((id, i) => {
    const passage = corpus.passages[i];
    if (id === undefined || !passage) return;
    // The role and titles too: "He withdrew…" is also found by "which president…", "the CEO…".
    readRoles(id);
    const actor = actors[id] as Actor;
    const titles = drafts[id]?.titles ?? [];
    links.set(passage.id, [actor.name, ...(actor.role ? [actor.role] : []), ...titles]);
  });

  const finish = (): ActorIndex => {
    for (let i = 0; i < drafts.length; i++) readRoles(i);
    addBodiesSpokenFor(corpus, actors, byPassage, ROLE_SENTENCES);
    // Actors no sentence is about are left out; those kept are numbered by their place in the list.
    const kept = actors.filter((a) => a.passages.length > 0);
    const keptId = new Int32Array(actors.length).fill(-1);
    kept.forEach((actor, i) => {
      keptId[actor.id] = i;
      actor.id = i;
    });
    for (const [passageId, ids] of byPassage)
      byPassage.set(
        passageId,
        ids.map((id) => keptId[id] as number),
      );
    const facts = new Map<number, SentenceFacts>();
    const years = new Map(
      corpus.articles.map((a) => [a.id, a.published ? Number(a.published.slice(0, 4)) : undefined]),
    );
    for (const passage of corpus.passages) {
      const named = byPassage.get(passage.id);
      if (!named) continue;
      const dates = findTimes(passage.text, years.get(passage.articleId)).filter((t) => t.calendar);
      const fact: SentenceFacts = {
        kind: classifySentence(passage.text),
        dates: dates.map((d) => d.text),
        holder: named[0] as number,
      };
      // The first date stated dates the sentence; "April 7 … the record set in 1996" is not 1996.
      const when = dates[0]?.key;
      if (when !== undefined) fact.when = when;
      facts.set(passage.id, fact);
    }
    return { actors: kept, directory: new ActorDirectory(kept), byPassage, facts, links: linksOf(links) };
  };
  return { links, finish };
}

/** Pronoun links kept by passage id, as the search index asks for them. */
export function linksOf(byPassage: ReadonlyMap<number, string[]>): PassageLinks {
  return (passage) => byPassage.get(passage.id) ?? [];
}

function longest(titles: string[]): string | undefined {
  return titles.reduce<string | undefined>(
    (best, t) => (!best || t.length > best.length ? t : best),
    undefined,
  );
}

/**
 * A stated role held "of" a body written as its possessor ("The trust's chief executive", "the
 * SVO's director"), spelt out with the body's name when one body the sentence names has the
 * possessor among its names' words: "chief executive of Kelsborough University Hospitals Trust".
 */
function possessorSpelt(
  stated: string[],
  here: readonly string[],
  named: readonly number[],
  actors: Actor[],
  self: number,
): string[] {
  const out: string[] = [];
  for (const role of stated) {
    const m = POSSESSED.exec(role);
    if (!m?.[1] || !m[2]) continue;
    const owner = normalizeName(m[1]).split(" ").at(-1) ?? "";
    const all = bodiesNamed(named, actors, self);
    const bodies = all.filter((a) => actorNames(a).some((n) => n.split(" ").includes(owner)));
    // "The company's chief executive" where "the company" is the one body the sentence stating it is about
    // ("Nordvik Terminal Group"), though the word is none of its name's.
    const body =
      bodies.length === 1
        ? bodies[0]
        : bodies.length === 0 && all.length === 1 && isBodyNoun(owner) && here.includes(role)
          ? all[0]
          : undefined;
    if (body) out.push(roleOfBody(m[2], body));
  }
  return out;
}

/**
 * "Its chief executive, Marcus Thorne", "stroked by their president, Kofi Mensah-Bright": the role
 * of the one body the sentence names besides the holder, or else of the one body the sentence
 * before names, spelt with its name and initials ("chief executive of Helix Aerospace").
 */
function pronounOwnerSpelt(
  here: readonly string[],
  named: readonly number[],
  previous: readonly number[],
  actors: Actor[],
  self: number,
): string[] {
  const out: string[] = [];
  for (const role of here) {
    const m = PRONOUN_POSSESSED.exec(role);
    if (!m?.[1]) continue;
    const inSentence = bodiesNamed(named, actors, self);
    const candidates = inSentence.length > 0 ? inSentence : bodiesNamed(previous, actors, self);
    const body = candidates.length === 1 ? candidates[0] : undefined;
    if (body) out.push(roleOfBody(m[1], body));
  }
  return out;
}

/** A role "of" a body, spelt with its name and, as readers type them, its initials ("erfu chief exec"). */
function roleOfBody(role: string, body: Actor): string {
  return `${role} of ${[body.name, ...initialsOf(body)].join(" ")}`;
}

/** "Chief executive", "Finance director": an officer's title naming no body ("Aldgrove chief executive" does). */
function bareOfficerTitle(title: string): boolean {
  const words = title.split(/\s+/);
  return isOfficerTitle(title) && words.every((w, i) => i === 0 || /^\p{Ll}/u.test(w) || isTitle(w));
}

/** "Its chief executive" → "chief executive". */
const PRONOUN_POSSESSED = /^(?:[Ii]ts|[Tt]heir)\s+(.+)$/u;

/**
 * A stated role "of" a body the sentence names by its full name, with the body's initials added,
 * as readers type them: "president of the United Bus and Rail Workers" → "… (UBRW)" ("ubrw president").
 */
function initialsSpelt(stated: string[], named: readonly number[], actors: Actor[], self: number): string[] {
  const out: string[] = [];
  for (const role of stated) {
    const of = OF_BODY.exec(role)?.[1];
    if (!of) continue;
    const body = bodiesNamed(named, actors, self).find((a) => normalizeName(a.name) === normalizeName(of));
    const short = body ? initialsOf(body) : [];
    if (short.length) out.push(`${role} ${short.join(" ")}`);
  }
  return out;
}

/** The bodies among the actors a sentence names, the role's holder left out. */
function bodiesNamed(named: readonly number[], actors: Actor[], self: number): Actor[] {
  return named.filter((id) => id !== self && actors[id]?.kind !== "person").map((id) => actors[id] as Actor);
}

/** A body's initialisms as a role spells them out, bracketed: "(UBRW)". */
function initialsOf(body: Actor): string[] {
  return body.aliases.filter((a) => /^\p{Lu}{2,}$/u.test(a)).map((a) => `(${a})`);
}

/** "president of the United Bus and Rail Workers" → "United Bus and Rail Workers". */
const OF_BODY = /\s(?:of|at|for)\s+(?:the\s+)?(\p{Lu}.*)$/u;

/** "The trust's chief executive" → the possessor ("The trust") and the role ("chief executive"). */
const POSSESSED = /^((?:[Tt]he\s+)?[\p{L}\p{N}&.-]+(?:\s+[\p{L}\p{N}&.-]+){0,2})['’]s\s+(.+)$/u;
