import { personBesideRole } from "../actors/directory/beside-role.ts";
import { namedMentions, type PassagesWith } from "../actors/directory/named-mentions.ts";
import { nameScore, normalizeName } from "../actors/directory/names.ts";
import { relativeOf } from "../actors/directory/relatives.ts";
import { NAMED } from "../actors/directory/resolve.ts";
import { roleInArticle } from "../actors/directory/role-in-article.ts";
import { bodySpokesperson } from "../actors/directory/spokesperson.ts";
import { unnamedSources } from "../actors/directory/unnamed-sources.ts";
import type { ActorIndex } from "../actors/extract.ts";
import type { Actor } from "../actors/types.ts";
import type { Corpus } from "../corpus/types.ts";
import { synonymWords } from "../language/synonyms.ts";
import { citeFact } from "./cite-fact.ts";
import type { Reply } from "./types.ts";
import { WORDING } from "./wording.ts";

/** A name, then "the" and what the person is ("horvath the baker"). */
const NAME_THEN_ROLE = /^(.*\S),?\s+the\s+\S/iu;

/** The most sentences a `/who` reply quotes; more than any message or screen shows anyway. */
export const WHO_LIMIT = 50;

/** The most actors a reply for a role several fit names and quotes. */
const SEVERAL_LISTED = 5;

/**
 * `/who`: the actor card for a name (canonical name, aliases, role as stated) with every
 * sentence about the actor in story order, each marked position or event. A name not in the
 * corpus gets a plain "not in the story" and the closest actor names.
 */
export function whoReply(
  corpus: Corpus,
  index: ActorIndex,
  name: string,
  passagesWith?: PassagesWith,
): Reply {
  // "hlr spokesperson": the body's unnamed spokesperson, quoted in the body's sentences.
  const resolve = (typed: string) => index.directory.resolve(typed);
  const spokesperson = bodySpokesperson(corpus, index, resolve, name);
  if (spokesperson) {
    const actor = { name: WORDING.spokespersonOf(spokesperson.body.name), aliases: [] };
    return heldByNoActor(corpus, index, name, actor, spokesperson.passages);
  }
  // "keoni's dad": a person's relative the story does not name, in the person's sentences.
  const relative = relativeOf(corpus, resolve, name);
  if (relative) {
    const actor = { name: WORDING.relativeOf(relative.person.name, relative.kin), aliases: [] };
    return heldByNoActor(corpus, index, name, actor, relative.passages);
  }
  const found = resolve(name);
  // A source the text keeps unnamed ("One violinist, who asked not to be named"), unless the typed
  // words are an actor's name as written.
  const byName = found.length === 1 && nameScore(found[0] as Actor, name) >= NAMED;
  const unnamed = passagesWith && !byName ? unnamedSources(corpus, index, name, passagesWith) : undefined;
  if (unnamed) {
    const actor = { name: unnamed.description, aliases: [], role: WORDING.unnamedSource };
    return heldByNoActor(corpus, index, name, actor, unnamed.passages);
  }
  if (found.length > 1) return severalReply(corpus, index, name, found.slice(0, SEVERAL_LISTED));
  // A sentence some known body holds ("the company" of a company the actors know) is not the name's.
  const bodyHolds = (passage: number) =>
    (index.byPassage.get(passage) ?? []).some((id) => index.actors[id]?.kind === "organization");
  // A short form that is an actor's own name in a sentence ("Brightfield", the chain) is that actor's.
  const actorNamed = (passage: number, written: string) =>
    (index.byPassage.get(passage) ?? []).some((id) => {
      const actor = index.actors[id];
      return !!actor && [actor.name, ...actor.aliases].some((n) => normalizeName(n) === written);
    });
  const named =
    !found[0] && passagesWith ? namedMentions(corpus, name, passagesWith, bodyHolds, actorNamed) : undefined;
  // A role no actor holds as a title or stated role: the person named beside a word for it.
  const beside =
    !found[0] && !named && passagesWith ? personBesideRole(corpus, index, name, passagesWith) : undefined;
  // Last, a role with a word that says which article it is in ("the bus driver").
  const inArticle =
    !found[0] && !named && !beside
      ? roleInArticle(corpus, name, (typed) => index.directory.byRole(typed))
      : [];
  if (inArticle.length > 1) return severalReply(corpus, index, name, inArticle.slice(0, SEVERAL_LISTED));
  const actor = found[0] ?? beside?.actor ?? inArticle[0];
  if (named) return heldByNoActor(corpus, index, name, { name: named.name, aliases: [] }, named.passages);
  if (!actor) {
    // "the cops": a word typed for what the text names otherwise ("Police said…"), tried word by
    // word through the one synonym list, as a name the text writes, when the words as typed find
    // nothing. (Any reading of the swapped words, roles too, took "the govt" to a transport authority.)
    const words = name.split(/\s+/u);
    if (passagesWith)
      for (const [i, word] of words.entries())
        for (const other of synonymWords(word.toLowerCase())) {
          const variant = words.toSpliced(i, 1, other).join(" ");
          const written = namedMentions(corpus, variant, passagesWith, bodyHolds, actorNamed);
          if (written)
            return heldByNoActor(corpus, index, name, { name: written.name, aliases: [] }, written.passages);
        }
    // "horvath the baker", "ashdown, the ceo": a name with what it is, when the whole names no one.
    const head = NAME_THEN_ROLE.exec(name)?.[1];
    if (head) {
      const reply = whoReply(corpus, index, head, passagesWith);
      if (reply.answered) return { ...reply, query: name };
    }
    const reply: Reply = {
      kind: "actor",
      query: name,
      answered: false,
      message: WORDING.notInStory(name),
      passages: [],
    };
    const suggestions = index.directory.closest(name);
    if (suggestions.length) reply.suggestions = suggestions;
    return reply;
  }
  const summary: Reply["actor"] = { name: actor.name, aliases: actor.aliases };
  if (actor.role && summary) summary.role = actor.role;
  const viaPronoun = new Set(actor.viaPronoun);
  const passages = beside?.also.length
    ? [...new Set([...actor.passages, ...beside.also])].sort((a, b) => a - b)
    : actor.passages;
  const shown = passages.slice(0, WHO_LIMIT);
  const reply: Reply = {
    kind: "actor",
    query: name,
    answered: true,
    passages: shown.map((id) => citeFact(corpus, index, id, viaPronoun.has(id) ? 0.8 : 1)),
  };
  // An actor named in thousands of sentences gets the first ones and the count, not all of them.
  if (passages.length > shown.length) {
    reply.message = `Named in ${passages.length} sentences; the first ${shown.length} are quoted.`;
  }
  if (summary) reply.actor = summary;
  return reply;
}

/**
 * A role several actors fit ("the mayor" of two articles): each is named with the role, and each
 * one's sentences are quoted under its name, an equal share each, so the reader sees which is
 * meant without asking again. (Quoting none and asking for a name instead left a reader with
 * names only; on the blind look-ups it scored no sentence at all.)
 */
function severalReply(corpus: Corpus, index: ActorIndex, name: string, found: readonly Actor[]): Reply {
  const share = Math.floor(WHO_LIMIT / found.length);
  // A sentence two of them share ("Judge Korr and Judge Wojcik heard…") is quoted once, under both names.
  const holders = new Map<number, string[]>();
  const pronounOnly = new Set<number>();
  for (const actor of found) {
    const viaPronoun = new Set(actor.viaPronoun);
    for (const id of actor.passages.slice(0, share)) {
      const names = holders.get(id);
      if (names) names.push(actor.name);
      else holders.set(id, [actor.name]);
      if (viaPronoun.has(id)) pronounOnly.add(id);
    }
  }
  return {
    kind: "actor",
    query: name,
    answered: true,
    message: WORDING.severalFit(
      name,
      found.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)),
    ),
    passages: [...holders].map(([id, names]) => ({
      ...citeFact(corpus, index, id, pronounOnly.has(id) ? 0.8 : 1),
      actor: names.join(", "),
    })),
    suggestions: found.map((a) => a.name),
  };
}

/**
 * The reply for someone no actor holds (a body's spokesperson, a relative, an unnamed source, a
 * name found only as written): the card shown for them and their sentences, each cited in full.
 */
function heldByNoActor(
  corpus: Corpus,
  index: ActorIndex,
  query: string,
  actor: NonNullable<Reply["actor"]>,
  passages: readonly number[],
): Reply {
  return {
    kind: "actor",
    query,
    answered: true,
    actor,
    passages: passages.slice(0, WHO_LIMIT).map((id) => citeFact(corpus, index, id, 1)),
  };
}
