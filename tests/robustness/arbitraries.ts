import fc from "fast-check";

/**
 * What a public server types into a bot: every kind of hostile or odd text the issue names,
 * mixed with ordinary words and the story's own names so that some inputs do find passages.
 */
const FRAGMENTS = [
  "",
  " ",
  "\t\n  \r\n",
  "@everyone",
  "@here",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<@&223456789012345678>",
  "<#323456789012345678>",
  "https://example.com/a?b=c#d",
  "[click](https://evil.example/x)",
  "```js\nalert(1)\n```",
  "`code`",
  "**bold** __under__ ~~strike~~ ||spoiler|| > quote",
  "# heading\n- list\n1. item",
  "\\",
  "👍🏽👨‍👩‍👧‍👦🏳️‍🌈",
  "e\u0301\u0302\u0303\u0304 Z\u0335\u0321\u0322\u0327alg\u0337o\u0338",
  "مرحبا بالعالم",
  "שלום עולם",
  "\u202Eevil\u202C",
  "\u200B\u200C\u200D\uFEFF\u2060",
  "\u0000\u0001\u0007\u001B[31m\u007F\u0085",
  "\uD800",
  "\uDFFF",
  "Grossi",
  "Khamenei",
  "IAEA chief",
  "what did Grossi say?",
  "who won the 2022 world cup?",
  "negotiations",
  "uranium enrichment",
  "when",
  "how many",
];

const fragment = fc.constantFrom(...FRAGMENTS);

/** Any string: random text of every unit, the named hostile fragments, and mixtures of both. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", maxLength: 80 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }), weight: 2 },
  { arbitrary: fragment, weight: 2 },
  {
    arbitrary: fc
      .array(fc.oneof(fragment, fc.string({ unit: "grapheme-composite", maxLength: 12 })), { maxLength: 12 })
      .map((parts) => parts.join(" ")),
    weight: 4,
  },
  // Walls of text: 6,000 characters and more.
  {
    arbitrary: fc
      .tuple(fragment, fc.integer({ min: 2000, max: 6500 }))
      .map(([f, n]) => (f || "a").repeat(Math.ceil(n / Math.max(1, (f || "a").length))).slice(0, n)),
    weight: 1,
  },
  { arbitrary: fc.constantFrom("", " ", "\u200B", "\n\t", "\u0000", "```", "@everyone"), weight: 1 },
);
