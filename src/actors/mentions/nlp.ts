import { createRequire } from "node:module";
import type nlpType from "compromise";

type Tags = string | string[];

/** The parts of compromise used here: its word list, its noun-or-verb words, and verb forms. */
export interface WordList {
  /** Lower-case word or phrase → its tags ("iran" → "Country", "warned" → "PastTense"). */
  lexicon: Record<string, Tags>;
  /** Words that are one of two things by context ("plan" → "Noun|Verb", "noted" → "Adj|Past"). */
  switches: Record<string, string>;
  /** Nouns that end an organisation's name ("… Ventures", "… Pharmaceuticals", "… Electric"). */
  orgWords: Record<string, boolean>;
  /** Nouns that end a place's name ("… Ridge", "… Hollow", "… Creek"). */
  placeWords: Record<string, boolean>;
  toInfinitive: (word: string, tense: string) => string;
}

let loaded: WordList | undefined;

/**
 * compromise's word list and verb forms, without its tagger: tagging costs about 1.6 ms a sentence
 * (six minutes at 10,000 articles), a look-up next to nothing. Loaded on first use: it takes about
 * 0.3 s and is needed only when actors are built, not when the engine comes from the persisted index.
 */
export function wordList(): WordList {
  if (!loaded) {
    const nlp = createRequire(import.meta.url)("compromise") as typeof nlpType;
    const model = nlp.model() as {
      one: { lexicon: Record<string, Tags> };
      two: {
        switches: Record<string, string>;
        orgWords: Record<string, boolean>;
        placeWords: Record<string, boolean>;
      };
    };
    const methods = nlp.methods() as {
      two: { transform: { verb: { toInfinitive: (w: string, m: unknown, tense: string) => string } } };
    };
    loaded = {
      lexicon: model.one.lexicon,
      switches: model.two.switches,
      orgWords: model.two.orgWords,
      placeWords: model.two.placeWords,
      toInfinitive: (word, tense) => methods.two.transform.verb.toInfinitive(word, model, tense),
    };
  }
  return loaded;
}

/** The tags compromise's word list gives a lower-case word or phrase. */
export function tagsOf(word: string): string[] {
  const tags = wordList().lexicon[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** Whether a lower-case word ends organisations' names in compromise's word list ("ventures", "electric"). */
export function isOrgWord(word: string): boolean {
  return wordList().orgWords[word] === true;
}

/** Whether a lower-case word ends places' names in compromise's word list ("ridge", "hollow", "creek"). */
export function isPlaceWord(word: string): boolean {
  return wordList().placeWords[word] === true;
}
