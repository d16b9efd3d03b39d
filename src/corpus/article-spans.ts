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

/** Each paragraph's run of passages in [from, to) as `[start, end)`: a paragraph's sentences stand together too. */
export function* paragraphSpans(
  passages: readonly Passage[],
  from = 0,
  to = passages.length,
): Generator<[start: number, end: number]> {
  let start = from;
  while (start < to) {
    const first = passages[start] as Passage;
    let end = start + 1;
    while (
      end < to &&
      passages[end]?.articleId === first.articleId &&
      passages[end]?.paragraph === first.paragraph
    )
      end++;
    yield [start, end];
    start = end;
  }
}
