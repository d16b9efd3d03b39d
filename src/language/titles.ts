/**
 * Titles, and the other abbreviations a full stop does not end: the one list that the sentence
 * splitter ("Gov. Brennan" is one sentence) and the actors ("Mayor Elena Vasquez" is Elena Vasquez,
 * the mayor) share.
 */
import { MONTH_ABBREVIATIONS } from "./dates.ts";
import { COMMON_ACRONYMS } from "./synonyms.ts";

/** Titles written short, with a full stop, before a name ("Gov. Brennan", "Dr. Fauci"). */
export const SHORT_TITLES = [
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Prof",
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "Lt",
  "Col",
  "Capt",
  "Sgt",
  "Adm",
  "Maj",
  "Cmdr",
  "Rev",
  "Hon",
  // British councillors' and police officers' ("Cllr Sandra Okafor", "Det Supt Karen Mills", "Det Con Priya Lal").
  "Cllr",
  "Det",
  "Con",
  "Supt",
  "Insp",
  "DS",
  "DI",
  "DCI",
];

/** A short title alone ("Dr.", "Ms"), as it may stand between a role and a name. */
export const SHORT_TITLE_WORD = new RegExp(`^(?:${SHORT_TITLES.join("|")})\\.?$`, "u");

/** What the short titles stand for, so that "the state senator" finds "State Sen. Maria Okonjo". */
export const SHORT_TITLE_MEANINGS: Readonly<Record<string, string>> = {
  dr: "doctor",
  prof: "professor",
  sen: "senator",
  rep: "representative",
  gov: "governor",
  gen: "general",
  lt: "lieutenant",
  col: "colonel",
  capt: "captain",
  sgt: "sergeant",
  adm: "admiral",
  maj: "major",
  cmdr: "commander",
  rev: "reverend",
  cllr: "councillor",
  det: "detective",
  con: "constable",
  supt: "superintendent",
  insp: "inspector",
  ds: "detective sergeant",
  di: "detective inspector",
  dci: "detective chief inspector",
  // "Mrs Justice Pennington", "Mr Justice Hale": a High Court judge, found by "the judge".
  justice: "judge",
};

/** What a short title stands for, as written ("Prof", "Dr.", "DS" → "detective sergeant"), if it is one. */
export function shortTitleMeaning(word: string): string | undefined {
  return SHORT_TITLE_MEANINGS[word.toLowerCase().replace(/[^\p{L}]/gu, "")];
}

/** Titles and honorifics written in full before a name ("Mayor Elena Vasquez", "Former President"). */
const FULL_TITLES = [
  "miss",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "president",
  "vice",
  "former",
  "prime",
  "minister",
  "premier",
  "chancellor",
  "king",
  "queen",
  "prince",
  "princess",
  "emperor",
  "sheikh",
  "ayatollah",
  "imam",
  "pope",
  "cardinal",
  "bishop",
  "archbishop",
  "rabbi",
  "reverend",
  "father",
  "sister",
  "brother",
  "governor",
  "lieutenant",
  "mayor",
  "deputy",
  "councilmember",
  "councilman",
  "councilwoman",
  "councillor",
  "councilor",
  "alderman",
  "commissioner",
  "senator",
  "representative",
  "congressman",
  "congresswoman",
  "assemblyman",
  "assemblywoman",
  "assemblymember",
  "speaker",
  "secretary",
  "attorney",
  "general",
  "colonel",
  "major",
  "captain",
  "sergeant",
  "admiral",
  "commander",
  "judge",
  "justice",
  "chief",
  "director",
  "chairman",
  "chairwoman",
  "chair",
  "ambassador",
  "envoy",
  "supreme",
  "leader",
  "sheriff",
  "detective",
  "officer",
  "coach",
];

/** Every title written before a name, short or in full. Lower case, without the full stop. */
export const TITLES: ReadonlySet<string> = new Set([
  ...FULL_TITLES,
  ...SHORT_TITLES.map((t) => t.toLowerCase()),
  // Letters of a member of a parliament, written before a name too ("Local MP Gareth Pryce",
  // "Labour MEP Ana Ruiz"); after one they are post-nominals. Not in SHORT_TITLES: "… said the
  // MP. He …" ends its sentence.
  "mp",
  "mep",
  "msp",
]);

const ONLY_BEFORE_NAMES: ReadonlySet<string> = new Set([
  ...SHORT_TITLES.map((t) => t.toLowerCase()),
  "judge",
  "justice",
]);

/**
 * Whether a title is only ever written before a person's name ("Mrs", "Dr", "Justice", "Judge"),
 * so that it and a surname alone name someone ("Mrs Justice Pennington"); not "General" or "Chief".
 */
export function isTitleOnlyBeforeNames(word: string): boolean {
  return ONLY_BEFORE_NAMES.has(word.toLowerCase().replace(/\.$/, ""));
}

/** Whether a word, as written ("Mayor", "Gov."), is a title. */
export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, ""));
}

/** Abbreviations that end a name, and so may end its sentence ("… Bracklow Aggregates Ltd. An inspector…"). */
const NAME_SUFFIXES = ["Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros"];

/** Letters written after a person's name, no part of it ("Naomi Farrant KC", "Ruth Adeyemi MP"). */
const POST_NOMINALS: ReadonlySet<string> = new Set([
  "KC",
  "QC",
  "SC",
  "MP",
  "MSP",
  "MEP",
  "MBE",
  "OBE",
  "CBE",
  "KBE",
  "DBE",
  "PhD",
]);

/** Whether a word is letters written after a person's name ("KC", "MP", "OBE"). */
export function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(word.replace(/\.$/u, ""));
}

/** Abbreviations inside names and references that a full stop does not end ("Jr.", "St.", "Corp.", "No. 5", "vs."). */
const NAME_ABBREVIATIONS = ["St", "Mt", "Ft", "No", "vs", ...NAME_SUFFIXES];

/** A piece of text ending in a name's suffix abbreviation ("… Ltd.", "… Jr."). */
export const SUFFIX_ABBREVIATION = new RegExp(`\\b(?:${NAME_SUFFIXES.join("|")})\\.$`);

/** The name abbreviations in lower case, without the full stop ("corp"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(NAME_ABBREVIATIONS.map((a) => a.toLowerCase()));

/**
 * A piece of text ending in a short title, a name abbreviation or a month's ("… Gov.", "… Corp.",
 * "… Jan."): in news copy that full stop never ends the sentence. As written: "no." ends one.
 */
export const TITLE_ABBREVIATION = new RegExp(
  `\\b(?:${[...SHORT_TITLES, ...NAME_ABBREVIATIONS, ...MONTH_ABBREVIATIONS].join("|")})\\.$`,
);

/**
 * Verbs that give whoever does them a role, with the role's noun: "Baljit Sandhu, who chairs the
 * planning committee," is the committee's chair, "Mei-Ling Zhao, who led the study," its leader.
 */
const ROLE_VERBS: Readonly<Record<string, string>> = {
  leads: "leader",
  led: "leader",
  heads: "head",
  headed: "head",
  chairs: "chair",
  chaired: "chair",
  runs: "head",
  ran: "head",
  manages: "manager",
  managed: "manager",
  founded: "founder",
  "co-founded": "co-founder",
  coaches: "coach",
  coached: "coach",
  directs: "director",
  directed: "director",
  owns: "owner",
  owned: "owner",
  captains: "captain",
  captained: "captain",
  edits: "editor",
  edited: "editor",
  organised: "organiser",
  organized: "organizer",
  organises: "organiser",
  organizes: "organizer",
  represents: "representative",
  represented: "representative",
  // Said mostly in the passive ("trained by", "operated by"): the one "by" names.
  trains: "trainer",
  trained: "trainer",
  supplies: "supplier",
  supplied: "supplier",
  sponsors: "sponsor",
  sponsored: "sponsor",
  employs: "employer",
  employed: "employer",
  publishes: "publisher",
  published: "publisher",
  funds: "funder",
  funded: "funder",
  designed: "designer",
  investigated: "investigator",
};

/**
 * Titles of the one who leads a body though their last word is no word for a leader: a union's
 * "general secretary", a board's "chair" ("the union leader" is the general secretary).
 */
const LEADING_TITLES = /(?:^|\s)(?:general\s+secretary|secretary[\s-]general|chair(?:man|woman|person)?)$/u;

/**
 * A union's organiser or secretary, who speaks for it locally: its leader to readers ("the union's
 * regional organiser", "district secretary of the Teachers' and Lecturers' Union": training sets
 * asked for them as "union boss" or "union leader"), though an organiser of a fair or a race, or a
 * government's secretary, leads nothing of the kind.
 */
const UNION_LEADING_TITLE = /(?:^|\s)(?:organi[sz]er|secretary)$/u;

/** Whether a role's core, in a role of a union, leads it ("regional organiser"). */
export function isUnionLeadingTitle(core: string): boolean {
  return UNION_LEADING_TITLE.test(core.toLowerCase().trim());
}

/** Whether a role's core ("the union's general secretary" → "general secretary") leads its body. */
export function isLeadingTitle(core: string): boolean {
  return LEADING_TITLES.test(core.toLowerCase().trim());
}

/** Words that make a role a past one: "former councillor", "ex-chair". */
const PAST_ROLE_WORDS: ReadonlySet<string> = new Set(["former", "ex"]);

/**
 * Words that make a role a lesser or a past one: "deputy governor", "vice-chair", "assistant chief
 * constable", "former councillor", "shadow minister". "The governor" is the governor first.
 */
const LESSER_ROLE_WORDS: ReadonlySet<string> = new Set([
  "deputy",
  "vice",
  "assistant",
  "associate",
  ...PAST_ROLE_WORDS,
  "shadow",
  "junior",
  "under",
  "sub",
]);

/**
 * "Former", "ex": a word that says a role is past, and so stands only before the role ("Former
 * Castlebridge captain"), never alone before a surname as "Deputy Ruiz" or "Mayor Ruiz" do.
 */
export function isPastRoleWord(word: string): boolean {
  return PAST_ROLE_WORDS.has(word.toLowerCase().replace(/\.$/u, ""));
}

/**
 * Words typed before a role that say nothing of which holder is meant ("the local mp" for "the MP
 * for Kestermoor", "the current mayor"): a look-up need not find them among the holder's words.
 */
const VAGUE_ROLE_WORDS: ReadonlySet<string> = new Set(["local", "current", "present"]);

/** Whether a typed role's word (lower case) is one of those that name no holder. */
export function isVagueRoleWord(word: string): boolean {
  return VAGUE_ROLE_WORDS.has(word);
}

/** The words of a role's core ("deputy governor", "vice-chancellor") that make it lesser or past. */
export function lesserRoleWords(core: string): string[] {
  return core
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => LESSER_ROLE_WORDS.has(w));
}

/**
 * Titles of a body's officers ("Chief executive", "Finance director", "Managing director"): written
 * bare before a name, they are the officers of the body the story is about.
 */
const OFFICER_TITLE =
  /(?:^|\s)(?:executive|director|chair(?:man|woman|person)?|president|manager|officer|founder|owner|treasurer)$/iu;

/** Whether a title ("Chief executive") is a body's officer's. */
export function isOfficerTitle(title: string): boolean {
  return OFFICER_TITLE.test(title.trim());
}

/** "CEO", "MD": an officer's title written as its everyday initials ("Fairlow CEO Marisol Etxeberria"). */
export function isOfficerAcronym(word: string): boolean {
  const spelt = /^\p{Lu}{2,3}$/u.test(word) ? COMMON_ACRONYMS[word.toLowerCase()] : undefined;
  return spelt !== undefined && isOfficerTitle(spelt);
}

/** The role noun of a verb that gives one ("chairs" → "chair", "led" → "leader"), if it does. */
export function roleOfVerb(verb: string): string | undefined {
  return Object.hasOwn(ROLE_VERBS, verb) ? ROLE_VERBS[verb] : undefined;
}

/** Titles that say a person is a woman or a man ("Mrs Pugh", "Sir Alan"). */
const TITLE_GENDER: ReadonlyMap<string, "female" | "male"> = new Map([
  ["mr", "male"],
  ["sir", "male"],
  ["lord", "male"],
  ["mrs", "female"],
  ["ms", "female"],
  ["miss", "female"],
  ["dame", "female"],
  ["lady", "female"],
]);

/** Titles that say nothing of what someone does ("Ms Okonjo"): never shown as a role. */
const COURTESY_TITLES: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "mx"]);

/** Whether a title is an academic one ("Dr", "Prof."), which says nothing of the office held beside it. */
export function isAcademicTitle(title: string): boolean {
  return /^(?:Dr|Prof)\.?$/u.test(title);
}

/** Whether a title ("Ms", "Mr.") is a courtesy title only, no role. */
export function isCourtesyTitle(title: string): boolean {
  return COURTESY_TITLES.has(title.toLowerCase().replace(/\.$/u, ""));
}

/** Whether a title says a woman or a man ("Mrs." → female); undefined when it says neither. */
export function titleGender(title: string): "female" | "male" | undefined {
  return TITLE_GENDER.get(title.toLowerCase().replace(/\.$/u, ""));
}
