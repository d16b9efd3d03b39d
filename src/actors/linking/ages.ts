import { articleSpans } from "../../corpus/article-spans.ts";
import type { Passage } from "../../corpus/types.ts";
import type { Draft } from "../mentions/candidates.ts";
import { addFound, type Found, writtenEnd } from "../mentions/scoped-forms.ts";

/** An age written right after a name: "Declan Mulcahy, 44, …", "Mulcahy (44)", "Mulcahy, aged 44,". */
const AGE_AFTER = /^(?:,\s+(?:aged\s+)?(\d{1,3})\b(?=[,;.]|\s+(?:and|who|from|of)\b)|\s+\((\d{1,3})\))/u;
/** An age written right before a name: "the 44-year-old Declan Mulcahy", "44-year-old golfer Declan Mulcahy". */
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "the 44-year-old" standing for someone (a possessive too: "the 27-year-old's claim"). */
const THE_AGED = /\b[Tt]he\s+(\d{1,3})-year-old\b(?!\s+\p{Ll}+\s+\p{Lu})/gu;

/**
 * "Declan Mulcahy, 44, … The 44-year-old, chasing his first win in six years, still held a two-shot
 * lead": "the 44-year-old" is the one person of the article whose age it states so. Added to
 * `mentioned` before pronouns are linked; an age two people of the article share is no one's.
 */
export function addAgedMentions(passages: Passage[], drafts: Draft[], mentioned: Found[][]): void {
  for (const [start, end] of articleSpans(passages)) {
    let ages: Map<string, number | null> | undefined;
    for (let i = start; i < end; i++) {
      const text = (passages[i] as Passage).text;
      if (!text.includes("-year-old")) continue;
      ages ??= statedAges(passages, drafts, mentioned, start, end);
      for (const m of text.matchAll(THE_AGED)) {
        const actor = ages.get(m[1] as string);
        if (actor !== undefined && actor !== null) addFound(mentioned, i, actor, m.index ?? 0);
      }
    }
  }
}

/** Each age the article states beside one person's name → that person (null when two share it). */
function statedAges(
  passages: Passage[],
  drafts: Draft[],
  mentioned: Found[][],
  start: number,
  end: number,
): Map<string, number | null> {
  const ages = new Map<string, number | null>();
  const give = (age: string | undefined, actor: number) => {
    if (age === undefined) return;
    const known = ages.get(age);
    ages.set(age, known === undefined || known === actor ? actor : null);
  };
  for (let i = start; i < end; i++) {
    const text = (passages[i] as Passage).text;
    if (!/\d/u.test(text)) continue;
    for (const f of mentioned[i] ?? []) {
      const draft = drafts[f.actor] as Draft;
      if (draft.kind !== "person") continue;
      const end = writtenEnd(text, f.at, draft);
      if (end < 0) continue;
      const after = AGE_AFTER.exec(text.slice(end, end + 16));
      give(after?.[1] ?? after?.[2], f.actor);
      give(AGE_BEFORE.exec(text.slice(Math.max(0, f.at - 40), f.at))?.[1], f.actor);
    }
  }
  return ages;
}
