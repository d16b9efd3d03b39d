import type { Article } from "../corpus/types.ts";
import { CAPITALS, COUNTRY_ALIASES, ORG_HEADS, TITLES } from "./lexicon.ts";
import { cleanName, namedEntities } from "./ner.ts";
import type { ActorKind } from "./types.ts";

/** An actor as first found, before the glossary and the mentions are added. */
export interface Draft {
  name: string;
  kind: ActorKind;
  /** Every surface form that names it (the name included). */
  forms: Set<string>;
  /** Title words written before the name ("Former President", "Mayor"). */
  titles: string[];
  glossaryRole?: string;
}

// A run of capitalised words, allowing "of", "for", "and", "the" inside ("Office of Emergency Management").
const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{M}.&’'-]*(?:\s+(?:(?:of|for|on|and|the|de|du|del|la)\s+)*(?:\p{Lu}[\p{L}\p{M}.&’'-]*|\d+))*/gu;
const ACRONYM = /(?<![\p{L}\p{N}])(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,}[\p{Lu}\d]*)(?![\p{L}\p{N}])/gu;
const ACRONYM_DEFINITION =
  /(\p{Lu}[\p{L}.&’'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*\p{Lu}[\p{L}.&’'-]*)*)\s+\((\p{Lu}[\p{Lu}.&]+)\)/gu;
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

export const isTitle = (word: string) => TITLES.has(word.toLowerCase().replace(/\.$/, ""));
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

/** The surname of a person's name: its last word that is not an initial or a suffix. */
export function surname(name: string): string | undefined {
  const ws = words(name).filter((w) => !/^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u.test(w));
  return ws.length >= 2 ? ws.at(-1) : undefined;
}

/**
 * People, organisations and countries named in the articles: compromise's named entities,
 * capitalised names headed by an organisation word, initialisms and their definitions,
 * and countries with their usual short forms and capitals.
 */
export function findCandidates(articles: Article[]): Draft[] {
  const people = new Map<string, Draft>();
  const orgs = new Map<string, Draft>();
  const countries = new Map<string, Draft>();
  const texts = articles.map((a) => a.paragraphs.join("\n"));
  const all = texts.join("\n");

  for (const text of texts) {
    // compromise knows mostly Western first names; a title followed by two or three capitalised
    // words ("Director Priya Raghunathan") is a person whatever the names.
    const titled = [...text.matchAll(CAPITALISED_RUN)]
      .map((m) => cleanName(m[0]))
      .filter((run) => {
        const { titles, rest } = splitTitles(run);
        return titles.length > 0 && rest.length >= 2 && rest.length <= 3;
      })
      .map((run) => ({ text: run, kind: "person" as const, country: false }));
    for (const entity of [...namedEntities(text), ...titled]) {
      if (entity.kind === "person") {
        const { titles, rest } = splitTitles(entity.text);
        if (rest.some((w) => ORG_HEADS.has(w.toLowerCase()) || !/^\p{Lu}/u.test(w))) continue;
        // A lone name is a surname met later through the full name, or too uncertain to keep ("Dalton").
        if (rest.length === 1) continue;
        const name = rest.join(" ");
        const draft = people.get(name) ?? { name, kind: "person", forms: new Set([name]), titles: [] };
        for (const t of titles) if (!draft.titles.includes(t)) draft.titles.push(t);
        people.set(name, draft);
      } else if (entity.kind === "organization") {
        addOrg(orgs, entity.text);
      } else if (entity.country) {
        addNamed(countries, entity.text, "country");
      } else if (words(entity.text).some((w) => ORG_HEADS.has(w.toLowerCase()))) {
        addOrg(orgs, entity.text);
      }
    }
    for (const m of text.matchAll(CAPITALISED_RUN)) {
      const name = cleanName(m[0]);
      const ws = words(name);
      if (ws.length >= 2 && ws.some((w) => ORG_HEADS.has(w.toLowerCase())) && !isTitle(ws[0] ?? "")) {
        addOrg(orgs, name);
      }
    }
    for (const m of text.matchAll(ACRONYM)) {
      const acronym = m[0];
      if (!NOT_ACTOR_ACRONYMS.has(acronym) && !/^[IVXLC]+$/.test(acronym)) addOrg(orgs, acronym);
    }
    for (const m of text.matchAll(ACRONYM_DEFINITION)) {
      const long = cleanName(m[1] ?? "");
      const short = m[2] ?? "";
      const draft = orgs.get(long) ?? addOrg(orgs, long);
      draft.forms.add(short);
      orgs.delete(short);
    }
  }

  // Short forms of countries and bodies ("U.S.", "U.N.") become the body itself.
  for (const [canonical, ...aliases] of COUNTRY_ALIASES) {
    const forms = [canonical, ...aliases];
    const present = forms.filter((f) => mentions(all, f));
    if (present.length === 0) continue;
    const kind: ActorKind = /Nations|Union/.test(canonical) ? "organization" : "country";
    const target = kind === "country" ? countries : orgs;
    const draft = target.get(canonical) ?? { name: canonical, kind, forms: new Set([canonical]), titles: [] };
    for (const f of forms) {
      draft.forms.add(f);
      orgs.delete(f);
      if (f !== canonical) countries.delete(f);
    }
    target.set(canonical, draft);
  }
  // Capitals used for governments: "Washington" for the United States when the country is in the corpus.
  for (const [capital, country] of Object.entries(CAPITALS)) {
    const draft = countries.get(country);
    if (draft && mentions(all, capital)) draft.forms.add(capital);
  }

  // An organisation found only as part of a longer one ("U.S. Department") is not one by itself.
  const orgList = [...orgs.values()];
  const kept = orgList.filter(
    (org) =>
      !orgList.some(
        (other) =>
          other !== org &&
          other.name.length > org.name.length &&
          other.name.includes(org.name) &&
          !standsAlone(all, org.name, other.name),
      ),
  );
  return [...people.values(), ...kept, ...countries.values()];
}

function addOrg(orgs: Map<string, Draft>, raw: string): Draft {
  return addNamed(orgs, raw, "organization");
}

function addNamed(map: Map<string, Draft>, raw: string, kind: ActorKind): Draft {
  const name = cleanName(raw);
  const existing = map.get(name) ?? [...map.values()].find((d) => d.forms.has(name));
  if (existing) return existing;
  const draft: Draft = { name, kind, forms: new Set([name]), titles: [] };
  map.set(name, draft);
  return draft;
}

/** True when `form` is written in `text` as a whole word or phrase. */
export function mentions(text: string, form: string): boolean {
  return formPattern(form).test(text);
}

/** True when `short` occurs somewhere other than inside `long`. */
function standsAlone(text: string, short: string, long: string): boolean {
  return mentions(text.split(long).join(" "), short);
}

const patternCache = new Map<string, RegExp>();

/**
 * A pattern for one surface form, whole words only, any apostrophe. Multi-word forms with
 * lower-case letters match in any case ("the ayatollah"); names and initialisms as written.
 */
export function formPattern(form: string, global = false): RegExp {
  const key = `${global ? "g" : ""}${form}`;
  let pattern = patternCache.get(key);
  if (!pattern) {
    const body = form
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]"))
      .join("\\s+");
    const insensitive = /\s/.test(form.trim()) && /\p{Ll}/u.test(form);
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`,
      `u${insensitive ? "i" : ""}${global ? "g" : ""}`,
    );
    patternCache.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}
