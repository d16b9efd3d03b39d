/**
 * The form of a question as typed: written out in full, as an encyclopedia reader or SQuAD's crowd
 * workers write one ("Which bacterium is responsible for most cases of tuberculosis?"), or chat
 * ("wat causes tb"). The refusal model reads it: on encyclopedia text, where the topic's words stand
 * in most sentences, a written-out question's best sentence scores lower than chat's does on news
 * (tests/eval/README.md, session 31).
 */

/** Chat shorthand that no written-out question uses. */
const CHAT_WORDS =
  /(?:^|[^\p{L}'’])(?:u|ur|r|ppl|pls|plz|govt|tbh|abt|bc|cuz|coz|wat|wut|thx|idk|rn|im|dont|didnt|doesnt|whats|whos|wheres|hows|ya|yr|yrs|b4|gonna|wanna|smth|sth|lol|w\/)(?=$|[^\p{L}'’])/iu;

/** Capitalised, ending in a question mark, no chat shorthand: a question written out in full. */
export function writtenOut(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && t.endsWith("?") && !CHAT_WORDS.test(t);
}
