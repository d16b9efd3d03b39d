import { tagsOf, wordList } from "../mentions/nlp.ts";

const VERB_TAGS = ["PastTense", "PresentTense", "Infinitive", "Participle", "PerfectTense", "Verb"];
const AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "do",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "shall",
  "should",
  "may",
  "might",
  "must",
]);
const COPULAS = new Set(["is", "are", "was", "were", "am", "be", "been", "being"]);
// Words after which an ambiguous word ("plan", "talks", "head") is a noun or an adjective, not a verb.
const BEFORE_NOUN = new Set([
  "Determiner",
  "Possessive",
  "Preposition",
  "Adjective",
  "Value",
  "Cardinal",
  "Conjunction",
]);
// Words that may stand inside a verb group: "has also warned", "did not say".
const INSIDE_GROUP = new Set(["Adverb", "Negative"]);

const infinitives = new Map<string, string>();

function infinitive(word: string, tense: string): string {
  const key = `${tense} ${word}`;
  let found = infinitives.get(key);
  if (found === undefined) {
    found = tense === "Infinitive" ? word : wordList().toInfinitive(word, tense) || word;
    infinitives.set(key, found);
  }
  return found;
}

const PAST_PARTICIPLE = (tags: string[], word: string) =>
  tags.includes("PastTense") ||
  tags.includes("Participle") ||
  wordList().switches[word] === "Adj|Past" ||
  (tags.length === 0 && /[^e]ed$/.test(word));

/**
 * The infinitive of the first verb of a clause ("Iran has exceeded the limits" → "exceed";
 * "talks are unacceptable" → "be"; "the plan will be built" → "build"), or undefined when it has
 * none. Capitalised words are names, not verbs. A word that can be a noun ("plan", "talks") is a
 * verb only after a pronoun, a plural or an auxiliary, never after a determiner, possessive,
 * preposition or adjective; a gerund ("running") is passed over, as it rarely heads the clause.
 */
export function mainVerb(clause: string): string | undefined {
  const tokens = clause.match(/[\p{L}’'-]+|\d[\d.,]*/gu) ?? [];
  let previous: string[] = [];
  let auxiliary: string | undefined;
  let copula = false;
  for (let k = 0; k < tokens.length; k++) {
    const raw = tokens[k] as string;
    // Names are not verbs; the first word of the clause may be any word in capitals.
    if (k > 0 && /^\p{Lu}/u.test(raw)) {
      previous = /[’']s$/u.test(raw) ? ["Possessive"] : ["ProperNoun"];
      continue;
    }
    const lower = raw.toLowerCase();
    const word = lower.replace(/[’']s$/u, "");
    const tags = /^\d/.test(word) ? ["Value"] : word !== lower ? ["Possessive"] : tagsOf(word);
    if (COPULAS.has(word)) {
      copula = true;
      continue;
    }
    // "its will", "a may deadline": after a determiner or possessive it is a noun.
    if (AUXILIARIES.has(word) && !previous.some((t) => BEFORE_NOUN.has(t))) {
      auxiliary ??= word;
      previous = tags;
      continue;
    }
    if ((auxiliary || copula) && tags.some((t) => INSIDE_GROUP.has(t))) continue;
    // "refusal to negotiate": a verb after "to" completes another word; it is not the clause's verb.
    if (tokens[k - 1]?.toLowerCase() === "to" && !auxiliary && !copula) {
      previous = tags;
      continue;
    }
    // "was drained", "will be built": the participle is the verb; "are unacceptable": to be.
    if (copula) return PAST_PARTICIPLE(tags, word) ? infinitive(word, "PastTense") : "be";
    const switched = wordList().switches[word];
    const afterNounWord = !auxiliary && previous.some((t) => BEFORE_NOUN.has(t));
    const afterSubject =
      auxiliary !== undefined ||
      previous.some((t) => t === "Pronoun" || t === "Plural" || t === "ProperNoun");
    let tense = tags.find((t) => VERB_TAGS.includes(t));
    if (switched === "Adj|Past" && !afterNounWord) tense = "PastTense";
    if (switched === "Plural|Verb" && !afterNounWord) tense = "PresentTense";
    const ambiguous = switched !== undefined && switched !== "Adj|Past" && switched !== "Plural|Verb";
    if (tense && !tags.includes("Gerund") && !(ambiguous && !afterSubject) && !(ambiguous && afterNounWord)) {
      return infinitive(word, tense === "Verb" ? "PresentTense" : tense);
    }
    // A word the list does not know, ending like a past tense ("zurkaled"): a verb, as the tagger would guess.
    if (tags.length === 0 && /[^e]ed$/.test(word) && !afterNounWord) return word.replace(/ed$/, "");
    if (auxiliary) return infinitive(auxiliary, auxiliaryTense(auxiliary));
    previous = tags;
  }
  if (copula) return "be";
  return auxiliary ? infinitive(auxiliary, auxiliaryTense(auxiliary)) : undefined;
}

function auxiliaryTense(word: string): string {
  return tagsOf(word).find((t) => VERB_TAGS.includes(t)) ?? "Infinitive";
}
