import type { Corpus } from "../../corpus/types.ts";
import type { Actor } from "../types.ts";
import type { ActorsByPassage } from "./beside-role.ts";

/** The words for one who speaks for a body, as typed after its name ("hlr spokesperson"). */
const SPOKES = /^(?:spokes(?:man|woman|person|people)|spox)$/u;
/** …and as written in a sentence ("A spokesperson for the company said", "a university spokeswoman"). */
const SPOKES_IN_TEXT = /\bspokes(?:man|woman|person|people)\b/iu;

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
  if (words.length < 2 || !SPOKES.test((words.at(-1) as string).toLowerCase())) return undefined;
  const bodies = resolve(words.slice(0, -1).join(" ")).filter((a) => a.kind !== "person");
  const body = bodies[0];
  if (bodies.length !== 1 || !body) return undefined;
  const own = body.passages.filter((id) => SPOKES_IN_TEXT.test(corpus.passages[id]?.text ?? ""));
  const first = own[0];
  if (first === undefined) return undefined;
  // Later sentences of the same article that say "the spokesperson" and name no one are theirs too.
  const article = corpus.passages[first]?.articleId;
  const later = corpus.passages
    .filter(
      (p) =>
        p.id > first &&
        p.articleId === article &&
        /\bthe spokes(?:man|woman|person)\b/iu.test(p.text) &&
        !(index.byPassage.get(p.id) ?? []).some((id) => index.actors[id]?.kind === "person"),
    )
    .map((p) => p.id);
  return { body, passages: [...new Set([...own, ...later])].sort((a, b) => a - b) };
}
