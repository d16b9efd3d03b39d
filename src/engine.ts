import { type ActorIndex, actorsOf } from "./actors/extract.ts";
import type { Actor } from "./actors/types.ts";
import type { Corpus } from "./corpus/types.ts";
import { cite } from "./reply/cite.ts";
import { UserError } from "./reply/errors.ts";
import { positionsReply } from "./reply/positions.ts";
import { timelineReply } from "./reply/timeline.ts";
import type { Reply } from "./reply/types.ts";
import { whoReply } from "./reply/who.ts";
import { WORDING } from "./reply/wording.ts";
import { ask } from "./search/ask.ts";
import { buildSearchIndexThenLink, type PassageLinks, type SearchIndex } from "./search/index.ts";

/** Longest question accepted; Discord's option is capped the same. */
export const MAX_QUESTION_LENGTH = 300;

/** The loaded corpus and its index, and the questions one can put to them. */
export interface Engine {
  corpus: Corpus;
  index: SearchIndex;
  ask(question: string): Reply;
  who(name: string): Reply;
  /** The corpus's events, dated ones in date order. */
  timeline(): Reply;
  /** What each actor holds, on a topic when one is given. */
  positions(topic?: string): Reply;
  /** Every actor of the corpus, for autocomplete. */
  actors: Actor[];
  /** The actors one typing `typed` most likely means, best first: at most `limit` (default 25). */
  autocomplete(typed: string, limit?: number): Actor[];
}

/**
 * Everything the engine derives from a corpus: what `src/cache/` stores on disk, one field per module,
 * each stored by that module's own `serialize…`/`restore…` pair (see `src/cache/state.ts`).
 */
export interface EngineState {
  index: SearchIndex;
  actors: ActorIndex;
}

export function createEngine(corpus: Corpus, links?: PassageLinks): Engine {
  return engineFromState(corpus, buildEngineState(corpus, { ...(links ? { links } : {}) }));
}

export interface BuildOptions {
  /** Pronoun links to index instead of the actors' own. */
  links?: PassageLinks;
  /** Where the actors come from (default: found here). */
  actors?: ActorSource;
}

/** Actors found elsewhere (another thread): their links first, the whole index after. */
export interface ActorSource {
  /** The pronoun links, asked once the sentences are analysed; undefined: ask `actors` for them. */
  links(): PassageLinks | undefined;
  /** The actors, asked once the index is built (or for the links, when `links` had none). */
  actors(): ActorIndex;
}

/** The slow part of start-up: indexing the corpus. */
export function buildEngineState(corpus: Corpus, options: BuildOptions = {}): EngineState {
  const source = options.actors;
  let actors: ActorIndex | undefined;
  const index = buildSearchIndexThenLink(corpus, () => {
    if (options.links) return options.links;
    const links = source?.links();
    if (links) return links;
    actors = source?.actors() ?? actorsOf(corpus);
    return actors.links;
  });
  return { index, actors: actors ?? source?.actors() ?? actorsOf(corpus) };
}

/** An engine over state built now or restored from the cache. */
export function engineFromState(corpus: Corpus, state: EngineState): Engine {
  const { index, actors } = state;
  // The actors' name index, built in the background once the engine is made (about 0.25 s at
  // 10,000 articles, too long to add to start-up), so that the first `/who` or autocomplete need
  // not wait for it; a look-up before then builds it itself.
  setImmediate(() => actors.directory.warm()).unref();
  return {
    corpus,
    index,
    ask: (question) => askReply(corpus, index, question),
    who: (name) =>
      whoReply(corpus, actors, cleanInput(name, "a name"), (stems) => index.passages.withAll(stems)),
    timeline: () => timelineReply(corpus, actors),
    positions: (topic) =>
      positionsReply(corpus, actors, topic?.trim() ? cleanInput(topic, "a topic") : undefined, (stems) =>
        index.passages.textHasAny(stems),
      ),
    actors: actors.actors,
    autocomplete: (typed, limit) => actors.directory.autocomplete(typed, limit),
  };
}

function askReply(corpus: Corpus, index: SearchIndex, raw: string): Reply {
  const question = cleanInput(raw, "a question");
  const result = ask(index, question, 5, (id) => corpus.passages[id]?.text ?? "");
  const passages = result.ranked.map((r) => cite(corpus, r.passageId, r.score));
  if (result.answered) return { kind: "answer", query: question, answered: true, passages };
  const reply: Reply = {
    kind: "answer",
    query: question,
    answered: false,
    passages: passages.slice(0, 3),
  };
  const unknown = result.question.concepts.filter((c) => c.unknown && c.nameLike).map((c) => c.label);
  reply.message = WORDING.storyDoesntSay(unknown, reply.passages.length > 0);
  return reply;
}

/** Trims and bounds user text; an empty one is the user's to fix, not an error. */
export function cleanInput(raw: string, what: string): string {
  // Control and zero-width characters carry no meaning in a question and break matching.
  const text = raw
    .replace(/[\p{Cc}\p{Cf}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError(WORDING.emptyInput(what));
  return text.length > MAX_QUESTION_LENGTH ? text.slice(0, MAX_QUESTION_LENGTH) : text;
}
