import type { Corpus } from "../../corpus/types.ts";
import { kinGenders } from "../../language/kin.ts";
import { isTitle, titleGender } from "../../language/titles.ts";
import { CapitalPattern } from "../../text/capital-pattern.ts";
import { type Draft, surname } from "./candidates.ts";
import { firstNameGender } from "./gender.ts";

/**
 * A person is also named by surname ("Trump’s", "Vasquez said") when no other person shares it,
 * and by title and name as the article writes them ("Former President Donald Trump").
 */
export function addPersonForms(drafts: Draft[], corpus: Corpus): void {
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
  const kin = kinGendersOf(corpus);
  const gender = (p: Draft) => kin.get(p.name) ?? undefined;
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      for (const m of TITLED_RUN.matches(paragraph)) {
        let found = titledForms.get(m[0]);
        if (!found) {
          found = readRun(m[0]);
          titledForms.set(m[0], found);
        }
        for (const [title, form] of found) {
          for (const p of fitting(title, byForm.get(form) ?? [], gender)) {
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

/**
 * Of the people a titled surname may be ("Ms Pugh": Rosalind Pugh or her late husband Edwin),
 * those the title fits: not one whose first name compromise's word list gives the other gender.
 * Only where several share the surname: the list is no help with names from outside it.
 */
function fitting(title: string, people: Draft[], kin: (p: Draft) => "female" | "male" | undefined): Draft[] {
  const said = titleGender(title.split(/\s+/)[0] ?? "");
  if (!said || people.length < 2) return people;
  const kept = people.filter((p) => (firstNameGender(p.name) ?? kin(p) ?? said) === said);
  return kept.length > 0 ? kept : people;
}

/**
 * The gender a relative's word beside a full name gives its person ("Her brother, Dev
 * Aldous-Reyes," is no "Ms Aldous-Reyes"), for a title that fits several people sharing a surname;
 * null where the corpus says both of one name. One look over the text.
 */
function kinGendersOf(corpus: Corpus): Map<string, "female" | "male" | null> {
  const out = new Map<string, "female" | "male" | null>();
  for (const article of corpus.articles)
    for (const paragraph of article.paragraphs)
      for (const [name, gender] of kinGenders(paragraph)) {
        const known = out.get(name);
        out.set(name, known === undefined || known === gender ? gender : null);
      }
  return out;
}
