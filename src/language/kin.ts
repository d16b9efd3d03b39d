/**
 * Words for a person's relatives, each with the everyday words readers type for it ("dad" for
 * "father", "grandpa" for "grandfather"). News copy seldom names a subject's relatives: "his late
 * grandfather", "My wife told me…", "Her daughter, Claire, said…".
 */
const KIN_GROUPS: readonly (readonly string[])[] = [
  ["father", "dad", "daddy", "papa", "pa"],
  ["mother", "mum", "mom", "mummy", "mommy", "mama", "ma"],
  ["parents", "parent", "folks"],
  ["son"],
  ["daughter"],
  ["children", "child", "kids", "kid"],
  ["husband", "hubby"],
  ["wife"],
  ["partner", "girlfriend", "boyfriend"],
  ["brother", "bro"],
  ["sister", "sis"],
  ["grandfather", "grandpa", "granddad", "grandad", "gramps"],
  ["grandmother", "grandma", "granny", "gran", "nan", "nana"],
  ["uncle"],
  ["aunt", "auntie", "aunty"],
  ["cousin"],
  ["fiance", "fiancé", "fiancee", "fiancée"],
];

const GROUP_OF = new Map<string, readonly string[]>(KIN_GROUPS.flatMap((g) => g.map((w) => [w, g] as const)));

/** The words for the same relative as a typed kin word ("dad" → father, dad, …), or undefined. */
export function kinWords(word: string): readonly string[] | undefined {
  return GROUP_OF.get(word.toLowerCase());
}

/** The relatives whose word says a man or a woman: "her brother, Dev Aldous-Reyes". */
const KIN_GENDER: Readonly<Record<string, "female" | "male">> = {
  father: "male",
  son: "male",
  husband: "male",
  brother: "male",
  grandfather: "male",
  grandson: "male",
  uncle: "male",
  nephew: "male",
  mother: "female",
  daughter: "female",
  wife: "female",
  sister: "female",
  grandmother: "female",
  granddaughter: "female",
  aunt: "female",
  niece: "female",
};

// Each relative's word, its first letter in either case ("Her brother", "Brother").
const KIN_NOUN = Object.keys(KIN_GENDER)
  .map((k) => `[${(k[0] as string).toUpperCase()}${k[0]}]${k.slice(1)}`)
  .join("|");
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}`;
/** "Her brother, Dev Aldous-Reyes" or "his wife Mira Solberg": a relative's word, then a name. */
const KIN_THEN_NAME = new RegExp(String.raw`\b(${KIN_NOUN}),?\s+(${NAME})`, "gu");
/** "Dev Aldous-Reyes, her brother," or "Mira Solberg, the couple's daughter,": a name, then the word. */
const NAME_THEN_KIN = new RegExp(
  String.raw`(${NAME}),\s+(?:(?:his|her|their|the)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(${KIN_NOUN})\b`,
  "gu",
);
const ANY_KIN = new RegExp(String.raw`\b(?:${KIN_NOUN})\b`, "u");

/**
 * The names a paragraph writes right beside a relative's word, each with the gender the word gives
 * ("Her brother, Dev Aldous-Reyes," → Dev Aldous-Reyes, male). Most paragraphs have no such word.
 */
export function kinGenders(paragraph: string): Array<[name: string, gender: "female" | "male"]> {
  if (!ANY_KIN.test(paragraph)) return [];
  const out: Array<[string, "female" | "male"]> = [];
  const give = (name: string | undefined, word: string | undefined) => {
    const gender = KIN_GENDER[(word ?? "").toLowerCase()];
    if (name && gender) out.push([name, gender]);
  };
  for (const m of paragraph.matchAll(KIN_THEN_NAME)) give(m[2], m[1]);
  // The word before a name first: "Mr Adeyemi's sister, Folake Adeyemi, said her brother…".
  const given = new Set(out.map(([name]) => name));
  for (const m of paragraph.matchAll(NAME_THEN_KIN)) if (!given.has(m[1] as string)) give(m[1], m[2]);
  return out;
}
