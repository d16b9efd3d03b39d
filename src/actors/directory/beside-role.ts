import type { Corpus } from "../../corpus/types.ts";
import { alikeStems } from "../../language/synonyms.ts";
import { contentTerms, tokenize } from "../../text/analyze.ts";
import { roleCore, titleLike } from "../facts/role.ts";
import { firstNameGender } from "../mentions/gender.ts";
import type { Actor } from "../types.ts";
import { termsOf } from "./by-role.ts";
import type { PassagesWith } from "./named-mentions.ts";
import { normalizeName } from "./names.ts";

/** How many words may stand between a role word and the name it describes ("Nwankwo, prosecuting,"). */
const BESIDE = 4;
/** At most this many sentences holding the role word are read (a common word at 10,000 articles). */
const READ_AT_MOST = 2000;

/** What `/who` needs of the actors to find one beside a role word, or tell a sentence that names someone. */
export interface ActorsByPassage {
  actors: readonly Actor[];
  byPassage: ReadonlyMap<number, readonly number[]>;
}

/**
 * `/who the prosecutor`, `/who jury president` when no actor has the role as a title or a stated
 * role: the person the text names right beside a word for it ("Adaeze Nwankwo, prosecuting, told
 * the jury", "the jury, according to its president, the Italian actress Chiara Bellandi"). The
 * typed role's last word, or one meaning nearly the same (`alikeStems`: "prosecutor" ~
 * "prosecuting"), must stand within a few words of the person's written name, and every other
 * typed word must be in the same sentence (or name someone it points to). A "who …" clause right
 * after the name counts as beside it ("Moira Sutherland, who … now works as a television
 * pundit"). The person found so most often wins; two found as often is no answer. Later sentences
 * of that person's article that write "the prosecutor" and name no one come with them.
 */
export function personBesideRole(
  corpus: Corpus,
  index: ActorsByPassage,
  typed: string,
  passagesWith: PassagesWith,
): BesideRole | undefined {
  // The role's word is the last before "of/for/at…" ("ceo of maravel" → executive).
  const head = termsOf(roleCore(typed)).at(-1);
  if (head === undefined) return undefined;
  const heads = alikeStems(head);
  const stems = termsOf(typed);
  const modifiers = stems.filter((_, i) => i !== stems.lastIndexOf(head)).map(alikeStems);
  // "sharon darcy": typed as a person's name, a first name and another word.
  const typedWords = normalizeName(typed).split(" ").filter(Boolean);
  const personal = typedWords.length >= 2 && firstNameGender(typedWords[0] as string) !== undefined;
  const score = new Map<number, number>();
  const seen = new Set<number>();
  let read = 0;
  // Sentences that write "the prosecutor" and name no one: what the role refers back to.
  const bare: number[] = [];
  for (const stem of heads) {
    for (const passage of passagesWith([stem])) {
      if (seen.has(passage) || read >= READ_AT_MOST) continue;
      seen.add(passage);
      read++;
      const about = (index.byPassage.get(passage) ?? []).map((id) => index.actors[id] as Actor);
      const people = about.filter((a) => a.kind === "person");
      const text = corpus.passages[passage]?.text ?? "";
      const tokens = tokenize(text);
      // The role's word, capitalised too ("The Minister for Farming") but not opening the sentence;
      // after a typed first name, capitalised only as a title or a noun for what someone does:
      // "Darcy" of "sharon darcy", a name in no article, is no role ('"We had Sharon at our kids'
      // weddings," Darcy wrote.' gave Neville Darcy).
      const at = tokens.flatMap((t, i) =>
        heads.has(t.term) && (!t.capitalized || (i > 0 && (!personal || titleLike(t.word)))) ? [i] : [],
      );
      if (at.length === 0) continue;
      if (people.length === 0) {
        if (at.some((i) => tokens[i - 1]?.word === "the")) bare.push(passage);
        continue;
      }
      // Every other typed word (or one meaning nearly the same) must be in the same sentence, or
      // be a word of the name of someone it points to ("Her agent" for "faleolo's agent").
      const terms = new Set(tokens.map((t) => t.term));
      const pointed = new Set(about.flatMap((a) => contentTerms(a.name)));
      if (!modifiers.every((alike) => [...alike].some((s) => terms.has(s) || pointed.has(s)))) continue;
      // The typed words' places: the role's word, and the others ("Minister for Farming and Rural Communities").
      const typedAt = [
        ...at,
        ...tokens.flatMap((t, i) => (modifiers.some((alike) => alike.has(t.term)) ? [i] : [])),
      ];
      // …and a typed word the sentence writes must stand near the role's word and the name: "union"
      // of "union leader" is not in "Brightwater's chief executive, Lorenzo Baptiste, said … and
      // accused the union". Far from them it may still name a person the sentence points to ("Her
      // barrister, Nicholas Trent, told the court … Pugh") or the body it is chiefly about (its
      // holder, listed first: "Maravel Foods … the leadership of chief executive Gregory Ashdown").
      // One the sentence does not write may be a word of anyone it points to ("the company's chief
      // executive" of Atlantic Breeze Energy, "Her agent").
      const farWords = new Set([
        ...people.flatMap((a) => contentTerms(a.name)),
        ...(about[0]?.kind === "person" ? [] : contentTerms(about[0]?.name ?? "")),
      ]);
      const modifiersNear = (h: number, i: number) =>
        modifiers.every((alike) => {
          const written = tokens.flatMap((t, k) => (alike.has(t.term) ? [k] : []));
          if (written.length === 0) return [...alike].some((s) => pointed.has(s));
          return (
            written.some((k) => k >= Math.min(h, i) - BESIDE && k <= Math.max(h, i) + BESIDE) ||
            [...alike].some((s) => farWords.has(s))
          );
        });
      for (const person of people) {
        // Its name as written, capitalised: the words of its full name ("the Italian actress Chiara Bellandi").
        const name = new Set(normalizeName(person.name).split(" "));
        let nearest = inClauseAfter(text, person.name, heads) ? 1 : Infinity;
        for (const [i, t] of tokens.entries()) {
          if (!t.capitalized || !name.has(t.word)) continue;
          for (const h of at) if (modifiersNear(h, i)) nearest = Math.min(nearest, bridged(h, i, typedAt));
        }
        if (nearest <= BESIDE) score.set(person.id, (score.get(person.id) ?? 0) + 1 / nearest);
      }
    }
  }
  const ranked = [...score]
    .map(([id, s]) => ({ actor: index.actors[id] as Actor, s }))
    .sort((a, b) => b.s - a.s);
  const [best, next] = ranked;
  if (!best || (next && next.s === best.s)) return undefined;
  const { actor } = best;
  const first = actor.passages[0] ?? Infinity;
  const articles = new Set(actor.passages.map((id) => corpus.passages[id]?.articleId));
  const also = bare.filter((id) => id > first && articles.has(corpus.passages[id]?.articleId));
  return { actor, also };
}

/** The person a role word stands beside, and the later sentences that call them by it alone. */
export interface BesideRole {
  actor: Actor;
  also: number[];
}

/**
 * How far a name stands from the role's word, stepping over the other typed words between them:
 * the longest step ("Minister for Farming and Rural Communities, Helena Strachan": Minister →
 * Farming → Helena, four at most). Infinity when a step is longer than `BESIDE`.
 */
function bridged(head: number, name: number, typedAt: readonly number[]): number {
  const [from, to] = head < name ? [head, name] : [name, head];
  const stops = [from, ...typedAt.filter((k) => k > from && k < to).sort((a, b) => a - b), to];
  let longest = 0;
  for (let k = 1; k < stops.length; k++)
    longest = Math.max(longest, (stops[k] as number) - (stops[k - 1] as number));
  return longest <= BESIDE ? longest : Infinity;
}

/** ", who won 88 caps for Eastmarch and now works as a television pundit,": the clause after a name. */
const WHO_CLAUSE = /^,\s+who\s+([^,;.]*)/u;

/** Whether the role's word stands in a "who …" clause right after the person's name. */
function inClauseAfter(text: string, name: string, heads: ReadonlySet<string>): boolean {
  const surname = name.split(/\s+/).at(-1) ?? name;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const clause = WHO_CLAUSE.exec(text.slice(at + surname.length))?.[1];
    if (clause && contentTerms(clause).some((t) => heads.has(t))) return true;
  }
  return false;
}
