import { STANCE_CUES, STANCE_VERBS } from "../mentions/lexicon.ts";
import { mainVerb } from "./verbs.ts";

// Parts of a sentence that are not its main clause: quotations, relative clauses, opening phrases.
const QUOTATION = /[“"][^”"]*[”"]/gu;
const RELATIVE = /,\s+(?:who|which|whose|whom)\b[^,]*,/giu;
const ASIDE = /,\s+(?:while|when|after|before|as|although|though|despite|since|having)\b[^,]*,/giu;
const OPENING =
  /^(?:during|following|after|before|since|upon|in|as|while|when|throughout|under|despite|with|amid|although|though|if|once|by)\b[^,]*,\s*/iu;

// A sentence that ends by saying who said it ("…, she said.", "…, Mendes confirmed on Sunday.").
const ATTRIBUTION =
  /[,”"]\s*(?:he|she|they|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+(?:said|says|added|confirmed|told|wrote|noted|argued|warned|insisted|explained|announced)\b[^,]{0,40}[.!?]?$/u;

/** The main clause of a sentence, stripped of quotations, asides and an opening phrase. */
export function mainClause(sentence: string): string {
  const stripped = sentence
    .replace(QUOTATION, " ")
    .replace(RELATIVE, ",")
    .replace(ASIDE, ",")
    .replace(OPENING, "");
  return /\p{L}/u.test(stripped) ? stripped : sentence;
}

/**
 * Whether a sentence states a position (its main verb is one of stance or statement:
 * declared, warned, insisted, said…) or tells of an event (withdrew, voted, exceeded…).
 * The main verb is the first verb of the main clause, found with compromise's word list and its
 * verb forms, not its tagger: tagging costs about 1.6 ms a sentence, minutes at 10,000 articles.
 */
export function classifySentence(sentence: string): "position" | "event" {
  if (ATTRIBUTION.test(sentence)) return "position";
  const verb = mainVerb(mainClause(sentence));
  if (verb === undefined || verb === "be") return "position";
  return STANCE_VERBS.has(verb) ? "position" : "event";
}

/** True when a sentence carries a stance outside its main verb ("while expressing openness to a deal"). */
export function hasStanceCue(sentence: string): boolean {
  return STANCE_CUES.test(sentence);
}
