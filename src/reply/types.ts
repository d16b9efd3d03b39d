/**
 * A reply as data: what the bot says, with no Discord or terminal types in it.
 * Renderers in `src/render/` turn it into a Discord payload, terminal text or JSON.
 */
export type ReplyKind = "answer" | "actor" | "timeline" | "positions" | "help";

export interface CitedPassage {
  /** e.g. `khamenei-rejects-talks-under-pressure ¶2.3` */
  citation: string;
  /** The sentence exactly as it stands in the article. */
  text: string;
  /** Relevance, higher is better; only comparable within one reply. */
  score: number;
  /** Index into `Corpus.passages`, for follow-ups such as "show paragraph". */
  passageId: number;
  articleTitle: string;
  url?: string;
  /** What the sentence is about an actor: a stance taken or a thing done. */
  kind?: "position" | "event";
  /** Dates and spans the sentence states ("2018", "2017 to 2021"). */
  dates?: string[];
  /** Who holds the position, in a `positions` reply. */
  actor?: string;
}

export interface ActorSummary {
  name: string;
  aliases: string[];
  /** The role as the article states it ("the head of the U.N. nuclear watchdog"). */
  role?: string;
}

export interface Reply {
  kind: ReplyKind;
  /** What the user asked, as given (renderers escape it). */
  query: string;
  /** False when the corpus does not answer; `passages` are then the nearest, not an answer. */
  answered: boolean;
  /** One plain sentence shown above the passages ("The story doesn't say."). */
  message?: string;
  passages: CitedPassage[];
  actor?: ActorSummary;
  /** Close names or phrasings to try ("did you mean"). */
  suggestions?: string[];
}
