import type { Corpus } from "../../corpus/types.ts";
import { kinWords } from "../../language/kin.ts";
import { surname } from "../mentions/candidates.ts";
import { patternBody } from "../mentions/forms.ts";
import type { Actor } from "../types.ts";

/** A relative of an actor the story mentions without a name of their own, and the sentences about them. */
export interface Relative {
  person: Actor;
  /** The kin word as the reader typed it ("dad"). */
  kin: string;
  passages: number[];
}

/** "keoni's dad", "greers wife", "harrow daughter": a name, perhaps a possessive, then a kin word. */
const TYPED = /^(.+?)\s+(\p{L}+)$/u;

/**
 * `/who keoni's dad`, `/who whitlock's husband`: the sentences about a person's relative that the
 * person's own sentences give ("dedicated the win to his late grandfather", "“My wife told me to
 * send the photos anyway,” Greer said", "Her daughter, Claire, said…"). News copy seldom gives a
 * subject's relatives an entry of their own, so no actor holds them: they are found through the
 * person, among the sentences about them, by a possessive before a word for the relative.
 */
export function relativeOf(
  corpus: Corpus,
  resolve: (typed: string) => readonly Actor[],
  typed: string,
): Relative | undefined {
  const m = TYPED.exec(typed.trim());
  const kin = m?.[2];
  const forms = kin ? kinWords(kin) : undefined;
  if (!m?.[1] || !kin || !forms) return undefined;
  const person = personNamed(resolve, m[1]);
  if (!person) return undefined;
  const own = [person.name, ...person.aliases, surname(person.name) ?? ""].filter((n) => n.length > 1);
  const owners = ["his", "her", "my", "their", "our", ...own.map((n) => `${patternBody(n)}['’]s`)].join("|");
  // "his late grandfather", "my dad", "Lindholm's father, Erik": one word may stand between.
  const pattern = new RegExp(`\\b(?:${owners})\\s+(?:[\\p{Ll}-]+\\s+)?(?:${forms.join("|")})\\b`, "iu");
  const passages = person.passages.filter((id) => pattern.test(corpus.passages[id]?.text ?? ""));
  return passages.length ? { person, kin, passages } : undefined;
}

/** The one person a typed name means, with its possessive, or its "s" typed without the apostrophe. */
function personNamed(resolve: (typed: string) => readonly Actor[], typed: string): Actor | undefined {
  const bare = typed.replace(/['’]s$/u, "");
  for (const name of [bare, ...(bare === typed && /s$/u.test(typed) ? [typed.slice(0, -1)] : [])]) {
    const found = resolve(name).filter((a) => a.kind === "person");
    if (found.length === 1) return found[0];
  }
  return undefined;
}
