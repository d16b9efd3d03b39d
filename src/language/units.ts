/**
 * Measures a question may ask for and the units a sentence states them in: "how fast is it moving"
 * is answered by "travelling at roughly 7.4 kilometres per second", "how hot did it get" by
 * "registered 38.9C", "how close will it get" by "31,000 kilometres above". The ranker learns what
 * a stated measure is worth (src/search/rank-features.ts); this only says which is asked and stated.
 */
export type Dimension = "speed" | "temperature" | "length" | "weight";

// "How long" is left out: it asks for a duration far more often than a length.
const ASKS: ReadonlyArray<[Dimension, RegExp]> = [
  ["speed", /\b(?:how (?:fast|quick(?:ly)?)|what speed|speeds?|mph|km\/?h)\b/u],
  ["temperature", /\b(?:how (?:hot|cold|warm|cool)|temperatures?|degrees)\b/u],
  [
    "length",
    /\b(?:how (?:far|close|near|high|tall|deep|wide|low)|distances?|lengths?|heights?|depths?|widths?|altitude)\b/u,
  ],
  ["weight", /\b(?:how heavy|weigh(?:s|ed|t)?)\b/u],
];

const NUMBER = String.raw`\d[\d,.]*\s*(?:-\s*)?`;
const LENGTH_UNIT = `(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|feet|foot|ft|inch(?:es)?|cm|centimet(?:re|er)s?|millimet(?:re|er)s?|mm|yards?)`;
const STATES: Readonly<Record<Dimension, RegExp>> = {
  speed: new RegExp(
    `${NUMBER}(?:${LENGTH_UNIT}\\s*(?:an|per|a|/)\\s*(?:hour|h|second|sec|s|minute|min)\\b|mph\\b|kph\\b|km/h|knots?\\b)`,
    "iu",
  ),
  temperature: /\d(?:[\d.]*)\s*(?:°\s*[CF]?|[CF]\b|degrees?\b)/u,
  length: new RegExp(`${NUMBER}${LENGTH_UNIT}\\b`, "iu"),
  weight: new RegExp(`${NUMBER}(?:kg|kilo(?:gram)?s?|tonnes?|tons?|pounds|lbs?|grams?|ounces?|oz)\\b`, "iu"),
};

/** The measure a question asks for, if it asks for one of them (lower-case question). */
export function askedDimension(question: string): Dimension | undefined {
  for (const [dimension, pattern] of ASKS) if (pattern.test(question)) return dimension;
  return undefined;
}

/** Whether a sentence states a figure in units of the measure. */
export function statesDimension(text: string, dimension: Dimension): boolean {
  return STATES[dimension].test(text);
}

// Words of a question that ask about money ("how much did it cost", "what's the ticket price"); asked
// "how much", or with a word that is itself a sum ("what's the fine").
const MONEY_QUESTION =
  /\b(?:cost|costs|costing|pay|pays|paid|paying|earn|earns|earned|worth|price|prices|priced|fee|fees|fine|fined|salary|salaries|wages?|compensation|money|cash|funding|budget|profits?|revenues?|spend|spent|charges?|charged|ransom|bonus(?:es)?|payout|payments?|grants?|tickets?|bill|sell|sold|loans?|debts?|damages|rent|tax(?:es)?|donat\w*|invest\w*|valued?|prize|award(?:ed)?|give|gave|raise|raised|insurance)\b/;
const SUM_WORD =
  /\b(?:price|fee|fine|salary|wages?|cost|worth|value|pay|paid|payout|rent|bonus|compensation)\b/;
const PERCENT_QUESTION = /\b(?:percent|percentage|per cent|proportion|what share|rate)\b/;
const CHANGE_QUESTION =
  /\b(?:rise|rose|risen|fall|fell|fallen|drop|dropped|increase|increased|cut|grow|grew|climb|climbed|hike|raise)\b/;

/** Whether a (lower-case) question asks for a sum of money. */
export function asksMoney(question: string): boolean {
  return MONEY_QUESTION.test(question) && (/\bhow much\b/.test(question) || SUM_WORD.test(question));
}

/** Whether a (lower-case) question asks for a percentage or a rate. */
export function asksPercent(question: string): boolean {
  return PERCENT_QUESTION.test(question);
}

/** Whether a (lower-case) question asks about a change, which a percentage may state as well as a sum. */
export function asksChange(question: string): boolean {
  return CHANGE_QUESTION.test(question);
}

/**
 * A sum of money: a currency sign, or a currency's letters before the figure, case as written
 * ("R450", "Sh200").
 */
export const MONEY_SIGN = /[$€£¥₹]|\b(?:Rs\.?|R|Sh|KSh|Ksh)\s?\d/u;
/** A sum of money by a currency's name after the figure ("40 euros", "50p"). */
export const MONEY_WORD =
  /\d\s*(?:dollars?|euros?|pounds?|pence|cents?|rand|shillings?|naira|rupees?|pesos?|yen|yuan|kroner|krona|kronor|francs?|lei|zlotys?|cedis?|kwacha|dirhams?|riyals?)\b|\dp\b(?!\.?m)/iu;
/** A percentage ("12%", "3 per cent", "2 percentage points"). */
export const PERCENT_STATED = /\d\s*(?:%|per ?cent\b|percentage points?\b|points?\b)/iu;
