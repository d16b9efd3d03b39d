/** Values of the flag the actors' worker raises (0: nothing posted yet). */
export const LINKS_POSTED = 1;
/** The last message is posted: the actor index, or the failure that stopped the worker. */
export const ACTORS_POSTED = 2;
