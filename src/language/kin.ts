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

const KIN_NOUN = Object.keys(KIN_GENDER).join("|");
/** "Her brother, " or "the defendant's wife " just before a name. */
const KIN_BEFORE = new RegExp(`\\b(${KIN_NOUN}),?\\s+$`, "iu");
/** ", her brother," or ", the couple's son," just after a name. */
const KIN_AFTER = new RegExp(
  `^,\\s+(?:(?:his|her|their|the)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(${KIN_NOUN})\\b`,
  "iu",
);

/** The gender a relative's word right beside a name gives its person, if any. */
export function kinGenderBeside(before: string, after: string): "female" | "male" | undefined {
  const word = (KIN_BEFORE.exec(before)?.[1] ?? KIN_AFTER.exec(after)?.[1])?.toLowerCase();
  return word ? KIN_GENDER[word] : undefined;
}
