/**
 * A count and its noun as a reader writes them: "1 article", "13 sentences", "2 dated events" —
 * never "article(s)". `plural` for nouns that do not take an -s ("1 person", "3 people").
 */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
