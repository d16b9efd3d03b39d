import type { Article } from "../../corpus/types.ts";
import { nameEndKinds, withoutBodySuffix } from "../../language/bodies.ts";
import { isCalendarWord } from "../../language/dates.ts";
import { SURNAME_PARTICLES } from "../../language/surnames.ts";
import {
  ABBREVIATIONS,
  isAcademicTitle,
  isCourtesyTitle,
  isPastRoleWord,
  isPostNominal,
  isTitle,
  isTitleOnlyBeforeNames,
  TITLES,
} from "../../language/titles.ts";
import { CapitalPattern } from "../../text/capital-pattern.ts";
import { englishRank } from "../../text/english-frequency.ts";
import { followingEach } from "../../text/occurrences.ts";
import { isPersonNoun } from "../facts/role.ts";
import type { ActorKind } from "../types.ts";
import { evidencedBodies } from "./body-evidence.ts";
import { lexiconEntities } from "./entities.ts";
import { FormMatcher, formPattern } from "./forms.ts";
import { CAPITALS, COUNTRY_ALIASES, isOrgHead } from "./lexicon.ts";
import { cleanName, type NamedEntity } from "./ner.ts";
import { isOrgWord, isPlaceWord } from "./nlp.ts";
import { afterPersonalTitle, aloneAsPerson, evidencedPeople } from "./people-evidence.ts";

/** An actor as first found, before the glossary and the mentions are added. */
export interface Draft {
  name: string;
  kind: ActorKind;
  /** Every surface form that names it (the name included). */
  forms: Set<string>;
  /** Title words written before the name ("Former President", "Mayor"). */
  titles: string[];
  glossaryRole?: string;
  /** Roles what the person does implies ("denies manslaughter": the defendant), for `/who the defendant`. */
  implied?: string[];
}

// A run of capitalised words, allowing "of", "for", "and", "&", "the" inside ("Office of Emergency
// Management", "Halden & Rusk") and a surname's particles ("Thijs van der Wel", "Álvaro de la Peña").
const RUN_JOINERS = ["of", "for", "on", "and", "&", "the", ...SURNAME_PARTICLES].join("|");
export const CAPITALISED_RUN = new CapitalPattern(
  new RegExp(
    String.raw`\p{Lu}[\p{L}\p{M}.&’'-]*(?:\s+(?:(?:${RUN_JOINERS})\s+)*(?:\p{Lu}[\p{L}\p{M}.&’'-]*|\d+))*`,
    "u",
  ),
);
const ACRONYM = new CapitalPattern(
  /(?<![\p{L}\p{N}])(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,}[\p{Lu}\d]*)(?![\p{L}\p{N}])/u,
);
const ACRONYM_DEFINITION =
  /(\p{Lu}[\p{L}.&’'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*\p{Lu}[\p{L}.&’'-]*)*)\s+\((\p{Lu}[\p{Lu}.&]+)\)/gu;
/** What follows a dateline's place: a comma (and the state or country) or a dash. */
const DATELINE_AFTER = /^(?:,|\s*[—–-]\s)/u;
/** Capitals that are not organisations even when written as initials. */
const NOT_ACTOR_ACRONYMS = new Set([
  "AM",
  "PM",
  "TV",
  "OK",
  "ID",
  "CEO",
  "GDP",
  "AI",
  "II",
  "III",
  "IV",
  "DC",
  "NW",
  "NE",
  "SW",
  "SE",
]);

/** "the city of Marrowby", "City of Harwick", "the town of Hadley Cross" (a name of one or two words). */
const MUNICIPALITY =
  /(?<![\p{L}\p{N}])([Cc]ity|[Tt]own) of (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)(?![\p{L}\p{N}])/gu;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Splits "Former President Donald Trump" into its titles and the name. */
export function splitTitles(name: string): { titles: string[]; rest: string[] } {
  const ws = words(name);
  // The name follows the last title word: "County Health Director Priya Raghunathan",
  // "Halvorsen Chief Executive Douglas Whitcombe".
  let last = -1;
  for (let i = 0; i < ws.length - 1; i++) if (isTitle(ws[i] as string)) last = i;
  if (last < 0) return { titles: [], rest: ws };
  const rest = ws.slice(last + 1);
  // Words after the title that are titles' kin ("Executive" in "Chief Executive") belong to it.
  while (rest.length > 2 && /^(?:Executive|General|Officer|Secretary|Deputy)$/.test(rest[0] as string))
    rest.shift();
  return { titles: ws.slice(0, ws.length - rest.length), rest };
}

/**
 * The titles a name's title words give: each word ("the minister" finds "Transport Minister
 * Julian Okafor"; as one phrase only, /who recall on training sets fell 0.897 → 0.895), and the
 * words together, the longest and so the one shown ("Transport Minister", not "Transport").
 */
function titledAs(words: readonly string[]): string[] {
  // Not a courtesy title or "Dr" closing them ("Superintendent Dr. Helen Ogawa" is a superintendent),
  // and only capitalised words ("September of Councillor" is a date before a title).
  const phrase = [...words];
  while (
    phrase.length > 1 &&
    (isCourtesyTitle(phrase.at(-1) as string) || isAcademicTitle(phrase.at(-1) as string))
  )
    phrase.pop();
  const whole = phrase.length > 1 && phrase.every((w) => /^\p{Lu}/u.test(w)) ? [phrase.join(" ")] : [];
  return [...words, ...whole];
}

/** The surname of a person's name: its last word that is not an initial or a suffix. */
export function surname(name: string): string | undefined {
  const ws = words(name).filter((w) => !/^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u.test(w) && !isPostNominal(w));
  if (ws.length < 2) return undefined;
  // "Siobhán Ní Bhriain" → "Ní Bhriain", "Anna van der Berg" → "van der Berg": the particles stay.
  let first = ws.length - 1;
  while (first > 1 && SURNAME_PARTICLES.has((ws[first - 1] as string).toLowerCase())) first--;
  return ws.slice(first).join(" ");
}

/**
 * People, organisations and countries named in the articles: compromise's named entities,
 * capitalised names headed by an organisation word, initialisms and their definitions,
 * and countries with their usual short forms and capitals.
 */
export function findCandidates(articles: Article[]): Draft[] {
  const people = new Map<string, Draft>();
  const orgs = new DraftTable("organization");
  const countries = new DraftTable("country");
  const texts = articles.map((a) => a.paragraphs.join("\n"));
  const paragraphs = articles.flatMap((a) => a.paragraphs);

  // News copy repeats its capitalised runs ("The", "He", a name in every article): each distinct
  // run is read once, cut into names and looked up in the word list (whose segments lie inside
  // the runs), which at 10,000 articles saves most of this pass.
  const readRun = remembered((raw: string) => {
    // "Harlan County District Court on Wednesday": a day or month after "on" is not part of a name.
    const sentences = cutAtSentenceEnds(withoutDayAfter(raw));
    return {
      pieces: sentences.map(cleanName).filter(Boolean).flatMap(personOfBody),
      // "… identified by Ms Pugh. He said…": no name runs on into the next sentence.
      entities: sentences.flatMap(lexiconEntities),
    };
  });
  const titledPerson = remembered((run: string) => {
    const { titles, rest } = splitTitles(run);
    return titles.length > 0 && rest.length >= 2 && rest.length <= 3;
  });
  const titlesOf = remembered(splitTitles);
  /** "Justice Pennington", "Judge Okafor": the surname after a title written only before names. */
  const titledSurname = remembered((run: string): string | undefined => {
    const { titles, rest } = titlesOf(run);
    const surname = rest[0] as string;
    if (titles.length === 0 || rest.length !== 1) return undefined;
    // "Former Castlebridge captain Tevita Fonua": "former" alone says of what, not of whom.
    if (titles.every(isPastRoleWord)) return undefined;
    const lower = surname.toLowerCase();
    // "Transport Minister Karlsen", "President Okoro": any title before a word no English word
    // list holds (not "Chief Constable", "General Election").
    if (!isTitleOnlyBeforeNames(titles.at(-1) as string) && englishRank(lower) !== undefined)
      return undefined;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(surname)) return undefined;
    return isOrgHead(lower) || isOrgWord(lower) || isPlaceWord(lower) ? undefined : surname;
  });
  const orgByHead = remembered((name: string) => {
    const ws = words(name);
    return (
      ws.length >= 2 &&
      (ws.some((w) => isOrgHead(w.toLowerCase())) || endsInOrgWord(ws) || joinedByAmpersand(ws)) &&
      !isTitle(ws[0] ?? "") &&
      // "Police Chief Angela V. Moreno": a title and a name, not a body.
      !titledPerson(name)
    );
  });
  const person = remembered((text: string) => {
    // "Unity's Radomir Kovač", "Rural Alliance's Tipene": a party's or a company's person, named
    // after its possessive; the possessor is a body of its own.
    const { titles, rest } = splitTitles(afterPossessor(text));
    // "Goalkeeper Dario Vukovic said…": a noun for what someone does, capitalised as a sentence's
    // first word, before a first name and a surname, is written as a title.
    if (
      rest.length >= 3 &&
      /^\p{Lu}\p{Ll}+$/u.test(rest[0] as string) &&
      isPersonNoun((rest[0] as string).toLowerCase())
    )
      titles.push(rest.shift() as string);
    // "Nineteen-year-old Luca Brennan" (a headline's first words): an age is no part of a name.
    while (rest.length > 2 && /-year-old$/iu.test(rest[0] as string)) rest.shift();
    // "Naomi Farrant KC": the letters after a name are not its surname.
    while (rest.length > 2 && isPostNominal(rest.at(-1) as string)) rest.pop();
    // Lower case only for a surname's particles inside the name ("Thijs van der Wel").
    const lower = (w: string, i: number) =>
      !/^\p{Lu}/u.test(w) && !(i > 0 && i < rest.length - 1 && SURNAME_PARTICLES.has(w));
    if (rest.some((w, i) => isOrgHead(w.toLowerCase()) || lower(w, i)) || endsInOrgWord(rest))
      return undefined;
    // A lone name is a surname met later through the full name, or too uncertain to keep ("Dalton").
    if (rest.length === 1) return undefined;
    return { titles, name: rest.join(" ") };
  });
  const hasOrgHead = remembered((text: string) => words(text).some((w) => isOrgHead(w.toLowerCase())));

  const titledOnly = new Set<string>();
  for (const [a, article] of articles.entries()) {
    const runs: string[] = [];
    const found: NamedEntity[] = [];
    for (const paragraph of article.paragraphs) {
      for (const m of CAPITALISED_RUN.matches(paragraph)) {
        const run = readRun(m[0]);
        runs.push(...run.pieces);
        found.push(...run.entities);
      }
    }
    // The word list knows mostly Western first names; a title followed by two or three capitalised
    // words ("Director Priya Raghunathan") is a person whatever the names.
    const titled = runs
      .filter(titledPerson)
      .map((run) => ({ text: run, kind: "person" as const, country: false }));
    // Nor does it know "Benedikt Sarr": a name with a role beside it or a verb of saying is a person too.
    const text = texts[a] ?? "";
    // A name that is a person already (or that could never be one) needs no evidence looked for.
    const settled = (name: string) => {
      const named = person(name);
      return !named || (named.titles.length === 0 && people.has(named.name));
    };
    // Each read over the whole article: once per word, not once per paragraph that asks.
    const inLowerCase = remembered((word: string) => writtenInLowerCase(text, word));
    const surnameSays = remembered((word: string) => aloneAsPerson(text, word));
    const afterTitle = remembered((word: string) => afterPersonalTitle(text, word));
    // "Nilufar Rashidova does not look like…", and later "Her mother, Dilnoza Rashidova,": a name
    // whose surname another person of the article has is a relative's, a person's.
    const family = new Set(
      [...found, ...titled].flatMap((e) => (e.kind === "person" ? familyName(person(e.text)) : [])),
    );
    const sharesSurname = (word: string) => family.has(word) || surnameSays(word);
    const evidencedText = article.paragraphs.flatMap((p) =>
      evidencedPeople(p, inLowerCase, settled, sharesSurname, afterTitle),
    );
    // Surnames first met in the evidenced names: once more over the paragraphs that write them.
    const later = evidencedText.flatMap((t) => familyName(person(t))).filter((w) => !family.has(w));
    if (later.length > 0) {
      const known = new Set(evidencedText);
      for (const w of later) family.add(w);
      for (const p of article.paragraphs)
        if (later.some((w) => p.includes(w)))
          for (const t of evidencedPeople(
            p,
            inLowerCase,
            (n) => known.has(n) || settled(n),
            sharesSurname,
            afterTitle,
          ))
            evidencedText.push(t);
    }
    const evidenced = evidencedText.map((text) => ({ text, kind: "person" as const, country: false }));
    for (const entity of [...found, ...titled, ...evidenced]) {
      if (entity.kind === "person") {
        const named = person(entity.text);
        if (!named) continue;
        const { titles, name } = named;
        const draft = people.get(name) ?? { name, kind: "person", forms: new Set([name]), titles: [] };
        for (const t of titledAs(titles)) if (!draft.titles.includes(t)) draft.titles.push(t);
        people.set(name, draft);
      } else if (entity.kind === "organization") {
        for (const body of coordinatedBodies(entity.text, text)) orgs.add(body);
      } else if (entity.country) {
        countries.add(entity.text);
      } else if (hasOrgHead(entity.text)) {
        for (const body of coordinatedBodies(entity.text, text)) orgs.add(body);
      }
    }
    for (const name of runs)
      if (orgByHead(name)) for (const body of coordinatedBodies(name, text)) orgs.add(body);
    // "Justice Pennington", "Judge Okafor": a title and a surname, where the article writes no
    // first name before it (added once every article is read).
    const fullNames = new Set<string>();
    for (const run of runs) {
      const { rest } = titlesOf(run);
      if (rest.length >= 2) fullNames.add(rest.at(-1) as string);
    }
    for (const run of runs) {
      const last = titledSurname(run);
      if (last && !fullNames.has(last)) titledOnly.add(run);
    }
    // Nor does any list know "CareBridge": a noun beside a name saying what kind of body it is.
    for (const paragraph of article.paragraphs)
      for (const name of evidencedBodies(paragraph, (n) => writtenLonger(text, n))) {
        // "A group called Save Millbrook": the noun outweighs a first name in the word list;
        // not a title ("Judge …"), which only people have.
        const known = people.get(name);
        if (known && known.titles.length > 0) continue;
        people.delete(name);
        orgs.add(name);
      }
    // "a dispute with the city of Marrowby": a town's government, written with "city" in lower case.
    for (const paragraph of article.paragraphs) {
      if (!paragraph.includes("ity of ") && !paragraph.includes("own of ")) continue;
      for (const m of paragraph.matchAll(MUNICIPALITY)) {
        const kind = m[1] as string;
        const name = `${kind[0]?.toUpperCase()}${kind.slice(1)} of ${m[2]}`;
        const draft = orgs.get(name) ?? orgs.add(name);
        orgs.addForm(draft, `${kind[0]?.toLowerCase()}${kind.slice(1)} of ${m[2]}`);
      }
    }
    // Paragraph by paragraph: no initialism spans one.
    const acronyms = new Set<string>();
    for (const [p, paragraph] of article.paragraphs.entries()) {
      for (const m of ACRONYM.matches(paragraph)) {
        const acronym = m[0];
        // "TOPEKA, Kan. (AP) —", "HARWICK —": a wire story's dateline is a place (the first
        // paragraph, or the second where a plain-text article's headline is the first).
        if (p <= 1 && m.index === 0 && DATELINE_AFTER.test(paragraph.slice(acronym.length))) continue;
        // "DS Doyle": a police rank written short is a title, no body.
        // "KC", "MP", "OBE" after a name are letters of the person's, not a body.
        if (
          NOT_ACTOR_ACRONYMS.has(acronym) ||
          /^[IVXLC]+$/.test(acronym) ||
          isTitle(acronym) ||
          isPostNominal(acronym)
        )
          continue;
        orgs.add(acronym);
        acronyms.add(acronym);
      }
    }
    const defined = article.paragraphs.flatMap((p) =>
      p.includes("(") ? [...p.matchAll(ACRONYM_DEFINITION)] : [],
    );
    for (const m of defined) {
      // "… Memorial Hospital. The Westbrook County Department of Public Health (WCDPH)": the last sentence's.
      const short = m[2] ?? "";
      const found = spelledOut(
        cleanName(cutAtSentenceEnds(m[1] ?? "").at(-1) ?? ""),
        short,
        m.input.slice(Math.max(0, (m.index ?? 0) - 80), m.index),
      );
      const long = fromInitial(found, short);
      // The words before it were no body's ("Members of the …"), nor its name.
      if (long !== found && orgs.get(found)?.forms.size === 1) orgs.delete(found);
      const draft = orgs.get(long) ?? orgs.add(long);
      orgs.addForm(draft, short);
      orgs.delete(short);
    }
    // "an FDA spokeswoman … The Food and Drug Administration said": an initialism never defined
    // is the one body of the article whose name's initials it is.
    for (const short of acronyms) {
      const draft = orgs.get(short);
      if (!draft || draft.forms.size > 1) continue;
      const long = runs.filter((run) => run !== short && initials(run) === short && orgs.get(run));
      if (new Set(long).size !== 1) continue;
      orgs.addForm(orgs.get(long[0] as string) as Draft, short);
      orgs.delete(short);
    }
  }

  // A title and a surname is a person of its own only where no person of the corpus has the
  // surname with a first name ("Justice Pennington"; "Ms Holloway" is Claire Holloway's title).
  const surnames = new Set([...people.values()].map((p) => surname(p.name)));
  for (const run of titledOnly) {
    const last = titledSurname(run) as string;
    if (surnames.has(last)) continue;
    const { titles } = titlesOf(run);
    const name = `${titles.join(" ")} ${last}`;
    if (!people.has(name))
      people.set(name, { name, kind: "person", forms: new Set([name]), titles: titledAs(titles) });
  }

  // Which short forms and capitals the corpus writes, in one pass over it.
  const written = new FormMatcher([...COUNTRY_ALIASES.flat(), ...Object.keys(CAPITALS)]).present(paragraphs);
  // Short forms of countries and bodies ("U.S.", "U.N.") become the body itself.
  for (const [canonical, ...aliases] of COUNTRY_ALIASES) {
    const forms = [canonical, ...aliases];
    if (!forms.some((f) => written.has(f))) continue;
    const kind: ActorKind = /Nations|Union/.test(canonical) ? "organization" : "country";
    const target = kind === "country" ? countries : orgs;
    const draft = target.get(canonical) ?? target.create(canonical);
    for (const f of forms) {
      target.addForm(draft, f);
      orgs.delete(f);
      if (f !== canonical) countries.delete(f);
    }
    // Back in (last, when it had to be taken out) under its canonical name.
    target.put(draft);
  }
  // Capitals used for governments: "Washington" for the United States when the country is in the corpus.
  for (const [capital, country] of Object.entries(CAPITALS)) {
    const draft = countries.get(country);
    if (draft && written.has(capital)) countries.addForm(draft, capital);
  }

  // "National Union" beside "National Union Party": one party, written with and without its suffix.
  for (const long of orgs.values()) {
    const bare = withoutBodySuffix(long.name);
    const short = bare !== long.name && bare.includes(" ") ? orgs.get(bare) : undefined;
    if (!short || short === long) continue;
    for (const f of short.forms) orgs.addForm(long, f);
    orgs.delete(bare);
  }
  const kept = withoutFragments(orgs.values(), texts);
  return [...notBodyStarts(people, kept), ...kept, ...countries.values()];
}

/**
 * "Kalgan Ridge Resources", "Sierra Grid Electric", "Meridian Air": a last word that ends
 * organisations' names (compromise's, and the business endings that say what kind of body it is).
 */
function endsInOrgWord(ws: readonly string[]): boolean {
  if (ws.length < 2) return false;
  const last = cleanName(ws.at(-1) as string);
  return isOrgWord(last.toLowerCase()) || nameEndKinds(last).length > 0;
}

/**
 * "Bramble & Bean", "Fenwick & Daughters", "Marlowe & Finch": no person's name joins two
 * capitalised words with an ampersand; a firm's, a shop's or a brand's does.
 */
function joinedByAmpersand(ws: readonly string[]): boolean {
  return ws.some((w, i) => w === "&" && /^\p{Lu}/u.test(ws[i - 1] ?? "") && /^\p{Lu}/u.test(ws[i + 1] ?? ""));
}

/**
 * People whose names are not the first words of a body's ("Sierra Grid" of "Sierra Grid Electric":
 * the word list knows Sierra as a first name, but the body's short name is meant).
 */
function notBodyStarts(people: ReadonlyMap<string, Draft>, orgs: readonly Draft[]): Draft[] {
  const starts = new Set<string>();
  for (const org of orgs) {
    const ws = words(org.name);
    for (let n = 2; n < ws.length; n++) starts.add(ws.slice(0, n).join(" "));
  }
  const kept = [...people.values()].filter((p) => !starts.has(p.name));
  // "Ní Bhriain said…" found as a person of its own beside "Siobhán Ní Bhriain": the surname of
  // one person only is that person.
  const bySurname = new Map<string, Draft[]>();
  for (const p of kept) {
    const last = surname(p.name);
    if (last?.includes(" ")) bySurname.set(last, [...(bySurname.get(last) ?? []), p]);
  }
  return kept.filter((p) => {
    const full = bySurname.get(p.name);
    if (full?.length !== 1) return true;
    const owner = full[0] as Draft;
    for (const f of p.forms) owner.forms.add(f);
    for (const t of p.titles) if (!owner.titles.includes(t)) owner.titles.push(t);
    return false;
  });
}

/**
 * "Lucía Ferrante of Abernathy Partners", "Judge Miriam Castellanos of the District Court": a
 * person's name (two or three words after any titles, none a body's or place's word) and the body
 * they are of, not one body's name; "Bank of England", "Prime Minister of Varkonia" stay whole.
 */
/** "Unity's Radomir Kovač" → "Radomir Kovač": what follows the last possessive of a run, or the run. */
function afterPossessor(run: string): string {
  const m = /^.*\p{L}[’']s\s+(\p{Lu}.*)$/u.exec(run);
  return m?.[1] ?? run;
}

function personOfBody(run: string): string[] {
  const at = run.indexOf(" of ");
  if (at < 0) return [run];
  const before = words(run.slice(0, at));
  let first = 0;
  while (first < before.length && isTitle(before[first] as string)) first++;
  const name = before.slice(first);
  const notName = (w: string) => {
    const lower = w.toLowerCase();
    return (
      isTitle(w) || isOrgHead(lower) || isOrgWord(lower) || isPlaceWord(lower) || !/^\p{Lu}\p{Ll}/u.test(w)
    );
  };
  if (name.length < 2 || name.length > 3 || name.some(notName)) return [run];
  const body = run.slice(at + 4).replace(/^the\s+/u, "");
  const bodyWords = words(body);
  if (!bodyWords.some((w) => isOrgHead(w.toLowerCase())) && !endsInOrgWord(bodyWords)) return [run];
  return [before.join(" "), body];
}

/** "Food and Drug Administration" → "FDA": the capitals of its words, "of", "and", "the" left out. */
function initials(name: string): string {
  return words(name)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * "The Federated Rail, Transport and Wharf Union (FRTW)": a name with a comma in it ends, as found,
 * after the comma. The capitalised words before it belong to it up to the one whose initial opens
 * the initialism, when the initialism's letters then all stand, in order, among the name's initials.
 */
function spelledOut(long: string, acronym: string, before: string): string {
  const letters = acronym.replace(/[.&]/gu, "");
  const first = letters[0] ?? "";
  if (!before.endsWith(", ")) return long;
  let name = long;
  let rest = before;
  for (let k = 0; k < 3 && !initials(name).startsWith(first); k++) {
    const m = /(\p{Lu}[\p{L}’'-]*,?)\s+$/u.exec(rest);
    if (!m) break;
    name = `${m[1]} ${name}`;
    rest = rest.slice(0, m.index);
  }
  const spelt = initials(name);
  return name !== long && spelt.startsWith(first) && inOrderAmong(letters, spelt) ? name : long;
}

/**
 * "Members of the United Tramways and Transit Union (UTTU)", "Detective Sergeant Thandiwe Mokoena
 * of the Port Alder Regional Police Service (PARPS)": the name starts at the word whose initial
 * opens the initialism, when its letters all stand, in order, among the initials from there.
 */
function fromInitial(long: string, acronym: string): string {
  const letters = acronym.replace(/[.&]/gu, "");
  const ws = words(long);
  let from = 0;
  while (from < ws.length - 1 && !(ws[from] as string).startsWith(letters[0] ?? "")) from++;
  if (from === 0) return long;
  const name = ws.slice(from).join(" ");
  return inOrderAmong(letters, initials(name)) ? name : long;
}

/** Whether every letter of `letters` stands in `word`, in order. */
function inOrderAmong(letters: string, word: string): boolean {
  let at = 0;
  for (const c of letters) {
    at = word.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "Harlan County District Court on Wednesday" → "Harlan County District Court". */
function withoutDayAfter(run: string): string {
  const words = run.split(/\s+/);
  const on = words.findIndex((w, i) => w === "on" && isCalendarWord(words[i + 1] ?? ""));
  return on > 0 ? words.slice(0, on).join(" ") : run;
}

/** Whether `text` writes `word` in lower case as a word of its own ("the creamery"): no one's name is written so. */
function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + lower.length] ?? " ";
    if (!/[\p{L}\p{N}'’-]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** A word that ends a sentence: a full stop after a lower-case word that is no abbreviation ("University."). */
function endsSentence(word: string): boolean {
  if (!/\p{Ll}{2}\.$/u.test(word)) return false;
  const bare = word.slice(0, -1).toLowerCase();
  return !ABBREVIATIONS.has(bare) && !TITLES.has(bare);
}

/** `f` computed once per distinct argument (for one build: the map goes with the closure). */
function remembered<T>(f: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    // One look-up where the value is known and not undefined (most calls).
    const known = seen.get(key);
    if (known !== undefined || seen.has(key)) return known as T;
    const value = f(key);
    seen.set(key, value);
    return value;
  };
}

function cutAtSentenceEnds(run: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const w of run.split(/\s+/)) {
    current.push(w);
    if (endsSentence(w)) {
      out.push(current.join(" "));
      current = [];
    }
  }
  if (current.length) out.push(current.join(" "));
  return out;
}

/**
 * An organisation found only as part of a longer one ("U.S. Department") is not one by itself.
 * The longer names holding each one are found by matching all names against each name, and
 * whether it is written alone by one pass over the text.
 */
function withoutFragments(orgList: Draft[], texts: string[]): Draft[] {
  const names = new FormMatcher(orgList.map((o) => o.name));
  const byName = new Map(orgList.map((o) => [o.name, o]));
  // Short name → the longer names that contain it.
  const holders = new Map<string, string[]>();
  for (const other of orgList) {
    names.scan(other.name, (i) => {
      const short = names.forms[i] as string;
      if (short.length >= other.name.length || !other.name.includes(short)) return;
      const list = holders.get(short) ?? [];
      if (!list.includes(other.name)) list.push(other.name);
      holders.set(short, list);
    });
  }
  if (holders.size === 0) return orgList;
  // Short name → the longer names it is written outside of somewhere.
  const alone = new Map<string, Set<string>>();
  const shorts = new FormMatcher(holders.keys());
  // Whole articles, as a name may run over a paragraph's end.
  for (const text of texts) {
    shorts.scan(text, (i, at) => {
      const short = shorts.forms[i] as string;
      for (const long of holders.get(short) ?? []) {
        if (alone.get(short)?.has(long)) continue;
        if (!insideAny(text, long, at)) {
          const set = alone.get(short) ?? new Set<string>();
          set.add(long);
          alone.set(short, set);
        }
      }
    });
  }
  return orgList.filter((org) => {
    const longs = holders.get(org.name);
    if (!longs) return true;
    return longs.every((long) => alone.get(org.name)?.has(long) || byName.get(long) === org);
  });
}

/** True when offset `at` of `text` lies inside a place where `long` is written. */
function insideAny(text: string, long: string, at: number): boolean {
  for (let q = text.indexOf(long); q >= 0 && q <= at; q = text.indexOf(long, q + long.length)) {
    if (at < q + long.length) return true;
  }
  return false;
}

/**
 * Organisations or countries by name, each also found by any form it is written in ("HCTA"),
 * without scanning them all: the first draft (in table order) with that form wins.
 */
class DraftTable {
  private readonly byName = new Map<string, Draft>();
  private readonly byForm = new Map<string, Draft[]>();
  private readonly order = new Map<Draft, number>();
  private next = 0;

  constructor(private readonly kind: ActorKind) {}

  get(name: string): Draft | undefined {
    return this.byName.get(name);
  }

  values(): Draft[] {
    return [...this.byName.values()];
  }

  delete(name: string): void {
    this.byName.delete(name);
  }

  /** Puts a draft under its name, last in order unless it is there already. */
  put(draft: Draft): void {
    if (this.byName.get(draft.name) === draft) return;
    this.byName.set(draft.name, draft);
    this.order.set(draft, this.next++);
  }

  /** The draft named or written so, or a new one. */
  add(raw: string): Draft {
    const name = cleanName(raw);
    return this.byName.get(name) ?? this.withForm(name) ?? this.create(name);
  }

  create(name: string): Draft {
    const draft: Draft = { name, kind: this.kind, forms: new Set(), titles: [] };
    this.byName.set(name, draft);
    this.order.set(draft, this.next++);
    this.addForm(draft, name);
    return draft;
  }

  addForm(draft: Draft, form: string): void {
    draft.forms.add(form);
    const list = this.byForm.get(form);
    if (!list) this.byForm.set(form, [draft]);
    else if (!list.includes(draft)) list.push(draft);
  }

  private withForm(form: string): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.byForm.get(form) ?? []) {
      if (this.byName.get(d.name) !== d) continue;
      if (!best || (this.order.get(d) ?? 0) < (this.order.get(best) ?? 0)) best = d;
    }
    return best;
  }
}

export { formPattern, mentions } from "./forms.ts";

/** Whether the text writes `name` followed by another capitalised word ("Ashdown Valley Water"). */
function writtenLonger(text: string, name: string): boolean {
  for (const after of followingEach(text, name)) if (/^\s\p{Lu}/u.test(after)) return true;
  return false;
}

/**
 * "Supermarket chains Freshway Stores and Kestrel Markets have agreed a merger": two bodies, not
 * one, when the article writes each one's first word more often than the joined name ("Freshway's
 * chief executive", "Kestrel's chairman"); "the Federation of Postal and Courier Workers" stays whole.
 */
export function coordinatedBodies(name: string, text: string): string[] {
  const parts = name.split(" and ");
  if (parts.length !== 2) return [name];
  const [a, b] = parts as [string, string];
  if (!/^\p{Lu}/u.test(b)) return [name];
  const joined = occurrences(text, name);
  const alone = (part: string) => occurrences(text, part.split(" ")[0] as string) > joined;
  return alone(a) && alone(b) ? [a, b] : [name];
}

/** How often a text writes a form as whole words (by the forms' own pattern). */
function occurrences(text: string, form: string): number {
  return text.match(formPattern(form, true))?.length ?? 0;
}

/** A person's surname (the last word of their name), or none for a name that is no person's. */
function familyName(named: { name: string } | undefined): string[] {
  const last = named?.name.split(" ").at(-1);
  return last ? [last] : [];
}
