/**
 * Words that begin a surname of more than one word ("Ní Bhriain", "van der Berg", "de la Cruz",
 * "bin Salman"): the surname a person is written by alone keeps them.
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "ní",
  "nic",
  "ó",
  "ua",
  "mac",
  "van",
  "von",
  "der",
  "den",
  "de",
  "la",
  "le",
  "da",
  "das",
  "dos",
  "di",
  "del",
  "della",
  "du",
  "bin",
  "ibn",
  "al",
  "el",
  "ter",
  "ten",
]);

/**
 * Beginnings after which a surname has a second capital ("MacLeod", "McAllister", "O'Brien",
 * "FitzGerald", "D'Souza"), as a pattern's source: a name word may carry one there.
 */
export const SURNAME_PREFIX_SOURCE = `(?:Ma?c|O['’]|Fitz|D['’])`;
