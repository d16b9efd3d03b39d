import { contentTerms } from "../text/analyze.ts";
import { relatedTerms } from "./related.ts";

/**
 * The one synonym policy of every command: `/ask` widens a question's words with `synonymStems`,
 * `/positions` a topic's words with the same stems (and, beyond synonyms, with `topicNeighbourStems`).
 */

/**
 * General English synonym groups for news questions: words readers use for what articles say
 * another way. Not about any one story (story names and aliases belong in `corpus/glossary.yaml`).
 * Matches through a group weigh less than exact words.
 */
export const SYNONYM_GROUPS: readonly string[][] = [
  ["talks", "negotiations", "negotiate", "dialogue", "discussions", "diplomacy", "bargain"],
  ["withdraw", "withdrawal", "pull", "exit", "quit", "scrap", "abandon", "leave", "ditch", "rip"],
  ["deal", "agreement", "accord", "pact", "treaty"],
  ["adversary", "foe", "enemy", "rival", "opponent"],
  ["warn", "warning", "caution", "alert", "alarm"],
  ["refuse", "reject", "refusal", "rejection", "decline", "rebuff", "dismiss", "spurn"],
  [
    "say",
    "state",
    "declare",
    "assert",
    "claim",
    "note",
    "insist",
    "remark",
    "comment",
    "statement",
    "stress",
    "emphasize",
    "maintain",
    "contend",
    "argue",
  ],
  ["sanction", "penalty", "embargo"],
  ["leader", "chief", "head", "boss", "director", "president"],
  ["country", "nation", "state"],
  ["program", "programme", "project", "plan", "scheme", "effort", "endeavor", "endeavour", "activity"],
  ["weapon", "arm", "bomb", "arsenal"],
  ["atomic", "nuclear"],
  ["peaceful", "civilian", "nonmilitary"],
  ["limit", "restriction", "cap", "constraint", "curb"],
  ["exceed", "breach", "break", "violate", "surpass"],
  ["eliminate", "end", "stop", "cut", "halt", "remove"],
  ["reinstate", "restore", "reimpose", "renew", "revive", "reinstitution", "reinstitute"],
  ["tenure", "term", "office", "administration"],
  ["meeting", "gathering", "session", "summit", "conference"],
  ["official", "officer", "authority"],
  ["demand", "request", "expectation", "requirement"],
  ["dominate", "domination", "control", "dominance", "subjugate"],
  ["offer", "proposal", "overture", "proposition"],
  ["economy", "economic", "market", "trade"],
  ["export", "sale", "shipment"],
  ["tense", "tension", "strained", "volatile"],
  ["urgent", "pressing", "critical"],
  ["vote", "ballot", "poll"],
  ["approve", "pass", "adopt", "endorse", "authorize"],
  ["oppose", "opposition", "against", "object", "resist"],
  ["delay", "postpone", "defer"],
  ["cost", "price", "expense", "budget", "spend"],
  ["evacuate", "evacuation", "flee", "relocate"],
  ["flood", "flooding", "inundation", "deluge"],
  ["rain", "rainfall", "precipitation", "downpour"],
  ["die", "death", "kill", "fatality", "dead"],
  ["injure", "injury", "wound", "hurt"],
  ["arrest", "detain", "detention", "custody"],
  ["elect", "election", "win", "victory"],
  ["resign", "resignation", "step", "quit"],
  ["increase", "rise", "grow", "growth", "raise", "boost", "accelerate", "expand", "climb", "surge"],
  ["decrease", "fall", "drop", "decline", "reduce", "cut", "shrink"],
  ["goal", "aim", "purpose", "objective", "intend", "intention", "target"],
  ["reason", "cause", "because", "why", "motive"],
  ["begin", "start", "launch", "initiate"],
  ["improve", "better", "progress", "ease"],
  ["worse", "worsen", "deteriorate", "escalate", "escalation"],
  ["possible", "feasible", "viable", "option", "avenue"],
  ["willing", "open", "openness", "ready", "receptive"],
  ["buy", "purchase", "acquire"],
  ["law", "legislation", "bill", "statute"],
  ["court", "judge", "tribunal"],
  ["lawyer", "barrister", "solicitor", "attorney"],
  ["chair", "chairman", "chairwoman", "chairperson"],
  ["company", "firm", "business", "corporation"],
  ["regulator", "watchdog"],
  ["worker", "employee", "staff", "labor", "labour"],
  ["money", "fund", "funding", "financing"],
  ["city", "town", "municipal"],
  ["contagious", "spread", "transmit", "transmission", "infectious", "communicable"],
  ["share", "percent", "percentage", "proportion", "fraction", "majority"],
  ["appeal", "challenge", "contest"],
  ["symptom", "sign", "illness"],
  ["television", "broadcast", "broadcaster", "media"],
  ["salary", "wage", "pay", "earnings", "compensation"],
  ["schedule", "timeline", "timetable", "calendar"],
  ["publish", "release", "issue", "unveil", "announce"],
  ["governor", "guv"],
  ["referee", "ref"],
  ["goalkeeper", "keeper", "goalie"],
  ["president", "prez"],
  ["government", "govt", "administration"],
  ["department", "dept"],
  ["executive", "exec"],
  ["former", "ex"],
  ["university", "uni"],
  ["people", "ppl", "residents", "citizens", "population", "public", "inhabitants"],
  ["children", "child", "kids", "kid", "youngsters"],
  ["police", "cops", "cop"],
  ["vet", "vets", "veterinary", "veterinarian"],
  ["after", "following", "subsequently", "since"],
  ["before", "prior", "earlier", "preceding"],
  ["want", "seek", "desire", "wish", "demand"],
];

/** Everyday acronyms and what they stand for, for articles that only spell them out. */
export const COMMON_ACRONYMS: Readonly<Record<string, string>> = {
  ceo: "chief executive",
  cfo: "chief financial officer",
  coo: "chief operating officer",
  cto: "chief technology officer",
  vp: "vice president",
  gm: "general manager",
  md: "managing director",
  vc: "vice chancellor",
  tv: "television",
  icu: "intensive care",
  er: "emergency room",
  gdp: "gross domestic product",
  ai: "artificial intelligence",
  pm: "prime minister",
  mp: "member of parliament",
  ngo: "nongovernmental organization",
  hr: "human resources",
  eu: "european union",
  un: "united nations",
  ev: "electric vehicle",
  ipo: "initial public offering",
};

/**
 * Topics and what they are about, beyond synonyms: negotiations aim at a deal, sanctions at pressure.
 * Only `/positions` widens a topic so; a question's words are widened by synonyms alone.
 */
export const TOPIC_NEIGHBOURS: readonly string[][] = [
  ["negotiations", "talks", "deal", "agreement", "offer", "diplomacy", "diplomatic"],
  ["sanctions", "pressure", "embargo"],
  ["war", "attack", "strike", "military", "conflict"],
  ["election", "vote", "campaign", "ballot"],
  ["budget", "funding", "cost", "price", "money", "grant"],
];

/** Each content stem of the groups → the other stems of every group holding it. */
function related(groups: readonly string[][]): Map<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const stems = group.flatMap((word) => contentTerms(word));
    for (const stem of stems) {
      const set = map.get(stem) ?? new Set<string>();
      for (const other of stems) if (other !== stem) set.add(other);
      map.set(stem, set);
    }
  }
  return map;
}

const SYNONYMS = related(SYNONYM_GROUPS);
const NEIGHBOURS = related(TOPIC_NEIGHBOURS);
const NONE: ReadonlySet<string> = new Set();

/**
 * The stems that mean what a stem means ("negoti" → talk, dialogu, discuss, diplomaci, bargain),
 * itself left out: one hop through `SYNONYM_GROUPS`, never a synonym's synonyms.
 */
export function synonymStems(stem: string): ReadonlySet<string> {
  return SYNONYMS.get(stem) ?? NONE;
}

const BY_WORD = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS)
  for (const word of group)
    BY_WORD.set(word, [...(BY_WORD.get(word) ?? []), ...group.filter((w) => w !== word)]);

/** The words written for what a lower-case word means, as listed ("cops" → police, cop), itself left out. */
export function synonymWords(word: string): readonly string[] {
  return BY_WORD.get(word) ?? [];
}

/** The stems of what a topic stem is about beyond its synonyms ("negoti" → deal, agreement, offer…). */
export function topicNeighbourStems(stem: string): ReadonlySet<string> {
  return NEIGHBOURS.get(stem) ?? NONE;
}

/** Below this weight two related stems are not taken to name the same kind of thing. */
const ALIKE_RELATED = 0.6;
const alike = new Map<string, ReadonlySet<string>>();

/**
 * A stem with the stems that name nearly the same kind of thing: its synonyms and its closest
 * related stems ("union" ~ "federation", "boss" ~ "leader"). For matching what someone or
 * something is (a role, a kind of body), where a near neighbour counts; a question's words are
 * widened by `synonymStems` alone.
 */
export function alikeStems(stem: string): ReadonlySet<string> {
  let set = alike.get(stem);
  if (!set) {
    const found = new Set([stem, ...synonymStems(stem)]);
    for (const [other, weight] of relatedTerms(stem)) if (weight >= ALIKE_RELATED) found.add(other);
    set = found;
    alike.set(stem, set);
  }
  return set;
}
