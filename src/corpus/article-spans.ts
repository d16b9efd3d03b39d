import type { Passage } from "./types.ts";

/**
 * Each article's run of passages as `[start, end)` indices: passages are numbered article by
 * article (`toPassages`), so an article's sentences stand together.
 */
export function* articleSpans(passages: readonly Passage[]): Generator<[start: number, end: number]> {
  let start = 0;
  while (start < passages.length) {
    let end = start + 1;
    const articleId = passages[start]?.articleId;
    while (end < passages.length && passages[end]?.articleId === articleId) end++;
    yield [start, end];
    start = end;
  }
}
