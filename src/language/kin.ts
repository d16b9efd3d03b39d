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
