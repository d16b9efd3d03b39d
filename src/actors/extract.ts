import type { Corpus, GlossaryEntry, Passage } from "../corpus/types.ts";
import { findTimes } from "../language/dates.ts";
import { isTitle } from "../language/titles.ts";
import type { PassageLinks } from "../search/index.ts";
import { CapitalPattern } from "../text/capital-pattern.ts";
import { addBackReferences } from "./back-references.ts";
import { type Draft, findCandidates, surname } from "./candidates.ts";
import { classifySentence } from "./classify.ts";
import { FormMatcher } from "./forms.ts";
import { buildNameIndexSoon } from "./name-index.ts";
import { laterClauseSubject, pronounSubject } from "./pronouns.ts";
import { unattributedQuotes } from "./quotes.ts";
import { statedRoles } from "./role.ts";
import { addArticleMentions, type Found, foundOrder } from "./scoped-forms.ts";
import type { Actor, ActorKind, SentenceFacts } from "./types.ts";

/** Sentences read for an actor's roles, and the most roles kept (titles and stated roles together). */
const ROLE_SENTENCES = 20;
const MAX_ROLES = 8;

/** Every actor of a corpus, which passages name each, and what each passage is. */
export interface ActorIndex {
  actors: Actor[];
  /** Passage id → names of the actors it names or points to, holder first. */
  byPassage: Map<number, string[]>;
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
  const linked = linkPronouns(corpus.passages, drafts, mentioned);

  const actors: Actor[] = drafts.map((d) => ({
    name: d.name,
    aliases: [...d.forms].filter((f) => f !== d.name),
    kind: d.kind,
    passages: [],
    viaPronoun: [],
  }));
  /** Passage id → the actors it names or points to, holder first. */
  const byPassage = new Map<number, string[]>();
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
    byPassage.set(
      passage.id,
      ids.map((id) => (actors[id] as Actor).name),
    );
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
    for (const id of actor.passages.slice(0, ROLE_SENTENCES)) {
      const found = statedRoles(corpus.passages[id]?.text ?? "", forms);
      for (const role of found.after) if (!after.includes(role)) after.push(role);
      for (const role of found.before) if (!before.includes(role)) before.push(role);
    }
    const stated = [...after, ...before];
    const role = stated[0] ?? d.glossaryRole ?? longest(d.titles);
    if (role) actor.role = role;
    const roles = [...new Set([...stated, ...(d.glossaryRole ? [d.glossaryRole] : []), ...d.titles])];
    if (roles.length) actor.roles = roles.slice(0, MAX_ROLES);
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
    const facts = new Map<number, SentenceFacts>();
    const years = new Map(
      corpus.articles.map((a) => [a.id, a.published ? Number(a.published.slice(0, 4)) : undefined]),
    );
    for (const passage of corpus.passages) {
      const names = byPassage.get(passage.id);
      if (!names) continue;
      const dates = findTimes(passage.text, years.get(passage.articleId)).filter((t) => t.calendar);
      const fact: SentenceFacts = {
        kind: classifySentence(passage.text),
        dates: dates.map((d) => d.text),
        holder: names[0] as string,
      };
      // The first date stated dates the sentence; "April 7 … the record set in 1996" is not 1996.
      const when = dates[0]?.key;
      if (when !== undefined) fact.when = when;
      facts.set(passage.id, fact);
    }
    const kept = actors.filter((a) => a.passages.length > 0);
    buildNameIndexSoon(kept);
    return { actors: kept, byPassage, facts, links: linksOf(links) };
  };
  return { links, finish };
}

/** Pronoun links kept by passage id, as the search index asks for them. */
export function linksOf(byPassage: ReadonlyMap<number, string[]>): PassageLinks {
  return (passage) => byPassage.get(passage.id) ?? [];
}

/**
 * The actor each passage's pronoun subject stands for ("He noted…", "“…,” she said."): the one
 * the sentence before carries on (its own pronoun's actor) or else the first it names; failing
 * that, the sentence before it in the same paragraph. (Falling back on the person the article
 * has named most so far found more sentences on the training articles and cost precision on
 * validation: not kept.)
 */
function linkPronouns(passages: Passage[], drafts: Draft[], mentioned: Found[][]): Array<number | undefined> {
  const linked: Array<number | undefined> = passages.map(() => undefined);
  passages.forEach((passage, i) => {
    // A sentence naming no person whose later clause has "he" or "she" for subject is about the
    // person before it too ("The walls were designed to rust, and she insisted…").
    const pronoun =
      pronounSubject(passage.text) ??
      (laterClauseSubject(passage.text) &&
      !(mentioned[i] ?? []).some((f) => (drafts[f.actor] as Draft).kind === "person")
        ? "person"
        : undefined);
    if (!pronoun) return;
    const wanted = (a: number) => ((drafts[a] as Draft).kind === "person") === (pronoun === "person");
    for (const back of [1, 2]) {
      const previous = passages[i - back];
      if (!previous || previous.articleId !== passage.articleId) break;
      if (back === 2 && previous.paragraph !== passages[i - 1]?.paragraph) break;
      const carried = linked[i - back];
      const named = subjectsFirst(previous.text, mentioned[i - back] ?? [], drafts);
      const candidate = [...(carried !== undefined ? [carried] : []), ...named].find(wanted);
      if (candidate !== undefined) {
        linked[i] = candidate;
        return;
      }
    }
  });
  linkQuotations(passages, drafts, mentioned, linked);
  return linked;
}

/**
 * The actors a sentence names, those named only as a possessor ("Voss's interim successor,
 * Pieter Aaldering, called…") after the others: the possessor is rarely whom the next
 * sentence's "he" means.
 */
function subjectsFirst(text: string, found: readonly Found[], drafts: Draft[]): number[] {
  if (found.length < 2 || !/['’]s\b/u.test(text)) return found.map((f) => f.actor);
  const possessors = found.filter((f) => possessive(text, f.at, drafts[f.actor] as Draft));
  if (possessors.length === 0) return found.map((f) => f.actor);
  return [...found.filter((f) => !possessors.includes(f)), ...possessors].map((f) => f.actor);
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
): void {
  const speakerOf = (i: number) => {
    const named = (mentioned[i] ?? []).map((f) => f.actor);
    return linked[i] ?? named.find((a) => (drafts[a] as Draft).kind === "person") ?? named[0];
  };
  const sources = unattributedQuotes(passages);
  sources.forEach((source, i) => {
    if (source === undefined || linked[i] !== undefined) return;
    if (source === "before") linked[i] = speakerOf(i - 1);
    else {
      // The sentence that closes the quotation with its attribution.
      let j = i + 1;
      while (j < passages.length && sources[j] === "after") j++;
      if (j < passages.length) linked[i] = speakerOf(j);
    }
  });
}

/**
 * The actors each passage names, each at its first mention, in the order named (ties in actor order).
 * One pass over each passage with every form at once: the cost grows with the text, not text × actors.
 */
function findMentions(passages: Passage[], drafts: Draft[]): Found[][] {
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

/**
 * Glossary entries (not terms) join the actors they name, lending their name, variants and role;
 * an entry the recogniser missed becomes an actor when the corpus writes any of its forms.
 */
function mergeGlossary(drafts: Draft[], glossary: GlossaryEntry[], passages: Passage[]): Draft[] {
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

/**
 * A person is also named by surname ("Trump’s", "Vasquez said") when no other person shares it,
 * and by title and name as the article writes them ("Former President Donald Trump").
 */
function addPersonForms(drafts: Draft[], corpus: Corpus): void {
  const people = drafts.filter((d) => d.kind === "person");
  const surnames = new Map<string, number>();
  for (const p of people) {
    const s = surname(p.name);
    if (s) surnames.set(s, (surnames.get(s) ?? 0) + 1);
  }
  const owners = new Map<string, number>();
  for (const d of drafts) for (const f of d.forms) owners.set(f, (owners.get(f) ?? 0) + 1);
  // Each person by the forms a title may stand before: the full name and the surname.
  const byForm = new Map<string, Draft[]>();
  const addForm = (form: string, p: Draft) => byForm.set(form, [...(byForm.get(form) ?? []), p]);
  for (const p of people) {
    const s = surname(p.name);
    const others = s ? (owners.get(s) ?? 0) - (p.forms.has(s) ? 1 : 0) : 0;
    if (s && surnames.get(s) === 1 && others === 0) p.forms.add(s);
    addForm(p.name, p);
    if (s) addForm(s, p);
  }
  // One pass over the text: every capitalised run whose tail is a person's form and whose words
  // just before it are titles ("Former President Donald Trump", "Mayor Vasquez"). Each distinct
  // run is read once: the same ones recur across thousands of articles.
  const titledForms = new Map<string, Array<[title: string, form: string]>>();
  const readRun = (run: string) => {
    const out: Array<[string, string]> = [];
    const ws = run
      .replace(/[’']s$/u, "")
      .replace(/\.$/u, "")
      .split(/\s+/);
    for (let i = 1; i < ws.length; i++) {
      const form = ws.slice(i).join(" ");
      if (!byForm.has(form)) continue;
      const titles: string[] = [];
      for (let k = i - 1; k >= Math.max(0, i - 3) && isTitle(ws[k] as string); k--)
        titles.unshift(ws[k] as string);
      if (titles.length > 0) out.push([titles.join(" "), form]);
    }
    return out;
  };
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      for (const m of TITLED_RUN.matches(paragraph)) {
        let found = titledForms.get(m[0]);
        if (!found) {
          found = readRun(m[0]);
          titledForms.set(m[0], found);
        }
        for (const [title, form] of found) {
          for (const p of byForm.get(form) ?? []) {
            p.forms.add(`${title} ${form}`);
            if (!p.titles.includes(title)) p.titles.push(title);
          }
        }
      }
    }
  }
}

// Capitalised words in a row (titles included), ending where a name would.
const TITLED_RUN = new CapitalPattern(/\p{Lu}[\p{L}’'-]*\.?(?:\s+\p{Lu}[\p{L}’'-]*\.?)+/u);

function longest(titles: string[]): string | undefined {
  return titles.reduce<string | undefined>(
    (best, t) => (!best || t.length > best.length ? t : best),
    undefined,
  );
}
