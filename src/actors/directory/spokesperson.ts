import type { Corpus } from "../../corpus/types.ts";
import { SPEAKS_FOR_BODY } from "../../language/speech.ts";
import type { Actor } from "../types.ts";
import type { ActorsByPassage } from "./beside-role.ts";

/** Of the words for who speaks for a body, those for its spokesperson ("spokesman", "spokespeople"). */
const SPOKES = SPEAKS_FOR_BODY.filter((w) => w.startsWith("spokes"));
const SPOKES_WORDS = SPOKES.join("|");
/** The words as typed after a body's name ("hlr spokesperson", "hlr spox"). */
const TYPED = new RegExp(`^(?:${SPOKES_WORDS}|spox)$`, "u");
/** …and as written in a sentence ("A spokesperson for the company said", "a university spokeswoman"). */
const SPOKES_IN_TEXT = new RegExp(`\\b(?:${SPOKES_WORDS})\\b`, "iu");
/** A later sentence about the same one ("The spokesperson declined to say…"; one, not "the spokespeople"). */
const THE_SPOKESPERSON = new RegExp(
  `\\bthe (?:${SPOKES.filter((w) => !w.endsWith("people")).join("|")})\\b`,
  "iu",
);

/** A body's spokesperson and the sentences that quote them. */
export interface Spokesperson {
  body: Actor;
  passages: number[];
}

/**
 * `/who hlr spokesperson`, `/who uni spokeswoman`: the sentences of the one body the typed name
 * means that quote its spokesperson ("A spokesperson for the company said refunds would…", "The
 * spokesperson declined to say…"). News copy gives a body's spokesperson no name, so no actor
 * holds them: they are found through the body.
 */
export function bodySpokesperson(
  corpus: Corpus,
  index: ActorsByPassage,
  resolve: (typed: string) => readonly Actor[],
  typed: string,
): Spokesperson | undefined {
  const words = typed.trim().split(/\s+/u);
  if (words.length < 2 || !TYPED.test((words.at(-1) as string).toLowerCase())) return undefined;
  const bodies = resolve(words.slice(0, -1).join(" ")).filter((a) => a.kind !== "person");
  const body = bodies[0];
  if (bodies.length !== 1 || !body) return undefined;
  const own = body.passages.filter((id) => SPOKES_IN_TEXT.test(corpus.passages[id]?.text ?? ""));
  const first = own[0];
  if (first === undefined) return undefined;
  // Later sentences of the same article (stored together, after it) that say "the spokesperson"
  // and name no one are theirs too.
  const article = corpus.passages[first]?.articleId;
  const later: number[] = [];
  for (let id = first + 1; corpus.passages[id]?.articleId === article; id++) {
    const text = corpus.passages[id]?.text ?? "";
    const namesSomeone = (index.byPassage.get(id) ?? []).some((a) => index.actors[a]?.kind === "person");
    if (THE_SPOKESPERSON.test(text) && !namesSomeone) later.push(id);
  }
  return { body, passages: [...new Set([...own, ...later])].sort((a, b) => a - b) };
}
