/** Who an actor is: a person, an organisation, or a country or government. */
export type ActorKind = "person" | "organization" | "country";

/** One actor of the corpus and every sentence about it. */
export interface Actor {
  /**
   * Its place in its index's `actors`: what the index's other tables (`byPassage`, a fact's
   * `holder`) and the persisted columns hold, rather than its name, which another actor may share.
   */
  id: number;
  /** Canonical name shown to users ("Ali Khamenei"). */
  name: string;
  /** Other ways the corpus or the glossary writes it ("Khamenei", "Ayatollah Ali Khamenei"). */
  aliases: string[];
  kind: ActorKind;
  /** The role as the article states it, else the glossary's, else the title it is given. */
  role?: string;
  /** Every role the corpus gives it: titles and roles stated beside its name (for `/who the mayor`). */
  roles?: string[];
  /** Ids of the passages that name it or point to it through a pronoun, in story order. */
  passages: number[];
  /** The subset of `passages` that reach it only through a pronoun. */
  viaPronoun: number[];
}

/** What one sentence is, for an actor: a stance taken or a thing done, and when. */
export interface SentenceFacts {
  kind: "position" | "event";
  /** Dates and spans as written ("2018", "from 2017 to 2021"). */
  dates: string[];
  /** Sort key for a timeline: year * 10000 + month * 100 + day, or undefined when undated. */
  when?: number;
  /** The id of the actor the sentence is chiefly about (its subject), when one is. */
  holder?: number;
}
