/** Values of the flag the actors' worker raises (0: not started yet). */
export const STARTED = 1;
/** The pronoun links are posted. */
export const LINKS_POSTED = 2;
/** The last message is posted: the actor index, or the failure that stopped the worker. */
export const ACTORS_POSTED = 3;
