/**
 * What a person is in a court report, from what the sentence says they do right after their name:
 * "Colin Redfearn, 47, of Ashby Lane, Dunmere, denies manslaughter" is the defendant (and "the
 * defendant", "the accused" later in the article); "Rosalind Pugh, 61, is suing Brightwater" the
 * claimant. Reports call them so without ever writing it beside the name.
 */
export type CourtRole = "defendant" | "claimant";

/** The words a court report calls each by later. */
export const COURT_ROLE_NOUNS: Readonly<Record<CourtRole, readonly string[]>> = {
  defendant: ["defendant", "accused"],
  claimant: ["claimant", "plaintiff"],
};

// An age or an address between the name and the verb: ", 47, of Ashby Lane, Dunmere,".
const BETWEEN = String.raw`(?:,[^.;"“”]{1,100},)?\s+(?:(?:has|had|also|now|still)\s+)*`;
const DEFENDANT = new RegExp(
  String.raw`^${BETWEEN}(?:denies|denied|pleaded|pleads|admits|admitted|(?:is|was|has been|had been)\s+(?:accused|charged|convicted|found guilty|cleared|acquitted|jailed|sentenced|on trial)|went on trial|stands trial)\b`,
  "u",
);
const CLAIMANT = new RegExp(
  String.raw`^${BETWEEN}(?:(?:is|was|has been)\s+suing|sued|(?:brought|is bringing|has brought)\s+(?:the|a|an)\s+(?:claim|case|lawsuit|action))\b`,
  "u",
);

/** A quick look before the patterns: most sentences have none of these words. */
const ANY =
  /\b(?:denie|plead|admit|accused|charged|convicted|guilty|cleared|acquitted|jailed|sentenced|trial|su(?:ing|ed)|brought|bringing)/u;

/** The court role the words after a person's name give them, if any. */
export function courtRole(afterName: string): CourtRole | undefined {
  if (!ANY.test(afterName.slice(0, 160))) return undefined;
  if (DEFENDANT.test(afterName)) return "defendant";
  if (CLAIMANT.test(afterName)) return "claimant";
  return undefined;
}

/** Words only a court report is sure to have: elsewhere "Akana, 24, admitted the drought had weighed on him" is no plea. */
const COURT_WORDS = /\b(?:court|trial|jury|jurors|judge|magistrates?|prosecut\w*|sentenc\w*|tribunal)\b/iu;

/** Whether an article (its sentences) reads as a court report, where a plea or a charge after a name makes a defendant. */
export function isCourtReport(sentences: readonly string[]): boolean {
  return sentences.some((s) => COURT_WORDS.test(s));
}
