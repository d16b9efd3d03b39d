import { counted } from "../text/plural.ts";

/**
 * Every sentence the domain says to a reader, in one place: what a reply says above its passages
 * and what a question that cannot be asked is told. Interfaces add their own (buttons gone stale,
 * permissions), in their layer; the words of an answer are decided here.
 */
export const WORDING = {
  /** `/ask` with no sentence that answers; `unknownNames` are names of the question the corpus never mentions. */
  storyDoesntSay(unknownNames: readonly string[], closestShown: boolean): string {
    const said = unknownNames.length
      ? `The story doesn't say: it never mentions ${unknownNames.join(", ")}.`
      : "The story doesn't say.";
    return closestShown ? `${said} The closest passages are below; they are not an answer.` : said;
  },
  /** An empty question, name or topic. */
  emptyInput: (what: string) => `Please give ${what}: the text was empty.`,
  /** `/who` with a name or role no actor has. */
  notInStory: (name: string) => `${name} is not in the story.`,
  /** The role shown for a source the story describes but does not name. */
  unnamedSource: "not named in the story",
  /** The name shown for a body's spokesperson, whom the story does not name. */
  spokespersonOf: (body: string) => `${body}'s spokesperson`,
  /** The name shown for a person's relative the story does not name ("Keoni Kahale's dad"). */
  relativeOf: (person: string, kin: string) => `${person}'s ${kin}`,
  /** `/who` with a role several actors have: their sentences follow, each under its actor's name. */
  severalFit: (name: string, listed: readonly string[]) =>
    `Several in the story fit “${name}”: ${listed.join("; ")}. Each one's sentences are below; ask for one by name to see only theirs.`,
  noEvents: "The story tells of no events.",
  /** The timeline's heading: dated events first, then those without a date. */
  timeline(dated: number, undated: number, quoted: number, all: number): string {
    const order =
      undated && dated
        ? `${counted(dated, "dated event")} in date order, then ${undated} undated ${undated === 1 ? "one" : "ones"} in story order.`
        : `${counted(all, "event")}, in ${dated ? "date" : "story"} order.`;
    return all > quoted ? `${order} The first ${quoted} are quoted.` : order;
  },
  noPositions: (topic: string | undefined) =>
    topic ? `The story doesn't say where anyone stands on ${topic}.` : "The story states no positions.",
  /** The positions' heading; `capped`: only the first few of each actor are quoted. */
  positions(
    holders: number,
    topic: string | undefined,
    capped?: { total: number; quoted: number; perActor: number },
  ): string {
    const said = `${counted(holders, "actor")} ${holders === 1 ? "takes" : "take"} a position${topic ? ` on ${topic}` : ""}.`;
    return capped
      ? `${said} ${capped.total} sentences; ${capped.quoted} are quoted, at most ${capped.perActor} per actor.`
      : said;
  },
} as const;
