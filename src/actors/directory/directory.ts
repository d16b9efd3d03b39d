import type { WordTable } from "../../search/word-table.ts";
import type { Actor } from "../types.ts";
import { autocompleteActors, type PreparedNames, prepareNames, SUGGESTED_ACTORS } from "./autocomplete.ts";
import {
  actorsByRole,
  buildRoleIndex,
  type RoleIndex,
  respelledRole,
  roleInitials,
  roleWords,
  spelledInitials,
} from "./by-role.ts";
import { buildNameIndex, type NameIndex } from "./name-index.ts";
import { closestActors, resolveActor, resolveActors } from "./resolve.ts";

/**
 * The directory of a corpus's actors: it resolves a typed name or role to the actors meant,
 * suggests names for one not in the story, and completes a name as it is typed. Made once per
 * set of actors (by `buildActors` and `restoreActors`), it owns what those look-ups share — the
 * name index, the role index, every actor's names prepared — each built the first time it is
 * needed, so that making a directory costs nothing and the actors' builders schedule nothing.
 * The engine warms it once the corpus is open (see `engineFromState`).
 */
export class ActorDirectory {
  private nameIndex: NameIndex | undefined;
  private roleIndex: RoleIndex | undefined;
  private prepared: PreparedNames | undefined;
  private spelling: WordTable | undefined;
  private initials: Map<string, string | null> | undefined;

  constructor(readonly actors: readonly Actor[]) {}

  /** Names and name words → actors (about 0.25 s to build at 10,000 articles). */
  get names(): NameIndex {
    this.nameIndex ??= buildNameIndex(this.actors);
    return this.nameIndex;
  }

  /** Role stems → actors, for `/who the mayor`. */
  get roles(): RoleIndex {
    this.roleIndex ??= buildRoleIndex(this.actors);
    return this.roleIndex;
  }

  /** Every actor's names normalised, for autocomplete. */
  get preparedNames(): PreparedNames {
    this.prepared ??= prepareNames(this.actors);
    return this.prepared;
  }

  /** Builds the name index now, so that the first `/who` or autocomplete need not wait for it. */
  warm(): void {
    this.names;
  }

  /** The actors a typed name or role means (see `resolveActors`). */
  resolve(typed: string): Actor[] {
    return resolveActors(this, typed);
  }

  /** The actor a typed name means, by name alone. */
  resolveName(typed: string): Actor | undefined {
    return resolveActor(this, typed);
  }

  /** The names that look most like a typed one, for "did you mean". */
  closest(typed: string, count?: number): string[] {
    return closestActors(this, typed, count);
  }

  /** The actors a typed role fits ("the mayor"), best fit first. */
  byRole(typed: string): Actor[] {
    return actorsByRole(this.actors, this.roles, typed);
  }

  /** The typed role put right where a word is a slip of a role word ("general manger") or initials of one ("environment cs"), or undefined. */
  respelled(typed: string): string | undefined {
    this.spelling ??= roleWords(this.actors);
    const respelled = respelledRole(typed, this.spelling);
    if (respelled) return respelled;
    this.initials ??= roleInitials(this.actors);
    return spelledInitials(typed, this.initials, this.spelling);
  }

  /** The actors one typing `typed` most likely means, best first, at most `limit`. */
  autocomplete(typed: string, limit: number = SUGGESTED_ACTORS): Actor[] {
    return autocompleteActors(this, typed, limit);
  }
}
