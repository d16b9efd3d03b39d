import { titleGender } from "../../language/titles.ts";
import type { Draft } from "./candidates.ts";
import { tagsOf } from "./nlp.ts";

/**
 * Whether a person is a woman or a man, as far as the courtesy titles written before the name or
 * compromise's word list of first names ("Margaret", "Daniel") tell; undefined otherwise, and for
 * names the list gives both ("Jordan") or titles that disagree.
 */
export function personGender(draft: Draft): "female" | "male" | undefined {
  if (draft.kind !== "person") return undefined;
  const said = new Set<"female" | "male">();
  for (const title of draft.titles) {
    const gender = titleGender(title.split(/\s+/)[0] ?? "");
    if (gender) said.add(gender);
  }
  if (said.size === 0) return firstNameGender(draft.name);
  return said.size === 1 ? [...said][0] : undefined;
}

/** Whether compromise's word list gives a name's first word as a woman's or a man's name only. */
export function firstNameGender(name: string): "female" | "male" | undefined {
  const tags = tagsOf(name.split(/\s+/)[0]?.toLowerCase() ?? "");
  const female = tags.includes("FemaleName");
  const male = tags.includes("MaleName");
  return female === male ? undefined : female ? "female" : "male";
}
