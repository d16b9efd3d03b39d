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
