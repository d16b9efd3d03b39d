/**
 * Nouns that say what kind of organisation something is, as news copy introduces one: "the
 * medical charity CareBridge", "Parcelwise, the same-day delivery start-up", "the drug company
 * Arkwright Pharmaceuticals". General English; a name beside one is a body, never a person.
 */
export const BODY_NOUN_LIST: readonly string[] = [
  "agency",
  "airline",
  "authority",
  "bank",
  "brand",
  "broadcaster",
  "business",
  "carrier",
  "chain",
  "charity",
  "company",
  "conglomerate",
  "consortium",
  "contractor",
  "cooperative",
  "corporation",
  "developer",
  "distributor",
  "firm",
  "fund",
  "group",
  "insurer",
  "lender",
  "manufacturer",
  "maker",
  "miner",
  "network",
  "nonprofit",
  "non-profit",
  "operator",
  "organisation",
  "organization",
  "outfit",
  "producer",
  "publisher",
  "regulator",
  "retailer",
  "start-up",
  "startup",
  "subsidiary",
  "supplier",
  "union",
  "utility",
];

const BODY_NOUNS: ReadonlySet<string> = new Set(BODY_NOUN_LIST);

/** Whether a lower-case noun names a kind of organisation ("charity", "start-up", "airline"). */
export function isBodyNoun(word: string): boolean {
  return BODY_NOUNS.has(word);
}
