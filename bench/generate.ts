import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A deterministic synthetic news corpus for benchmarks: invented words with Zipf-like
 * frequencies, English function words, invented people with titles, dates, numbers,
 * quotes and pronoun sentences, in articles of about 550 words. Same seed, same corpus.
 */

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
function normal(r: Random, mean: number, sd: number): number {
  const u = Math.max(r(), 1e-12);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s. */
function zipf(n: number, s: number): (r: Random) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1) ** s;
    cumulative[i] = total;
  }
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const ONSETS = [
  "b",
  "c",
  "d",
  "f",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "w",
  "z",
  "br",
  "cr",
  "dr",
  "gr",
  "pl",
  "st",
  "tr",
  "sh",
  "th",
  "ch",
  "kl",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"];
const CODAS = ["", "", "", "n", "r", "s", "l", "t", "m", "nd", "st", "rk", "x"];
const SUFFIXES = ["", "", "", "s", "ed", "ing", "tion", "ment", "al", "ly", "er", "ity"];

function inventWord(r: Random, syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += pick(r, ONSETS) + pick(r, VOWELS) + pick(r, CODAS);
  return w;
}

// Real news words, most frequent first, mixed into the invented vocabulary so synonyms and stems matter.
const NEWS_WORDS =
  "said government officials talks president minister country agreement nuclear election city council vote police report percent year week million people state court deal plan program economy budget sanctions workers company market leader military security water flood rain school hospital health tax price prices trade war peace forces party opposition protest law bill energy oil power spokesman statement meeting summit negotiations pressure decision support attack crisis campaign region border villages residents mayor governor senator judge ruling investigation funding infrastructure transit bridge storm".split(
    " ",
  );
// Function words with rough English frequencies: the most common first.
const FUNCTION_WORDS =
  "the of and to a in that is was for on it with as by at from be this have are were not but had has or an which its their been also would will more after than about into over who they there them other new when can could while before during against under between because since".split(
    " ",
  );
const TITLES = [
  "Gov.",
  "Sen.",
  "Rep.",
  "Dr.",
  "Mr.",
  "Ms.",
  "Gen.",
  "Mayor",
  "Minister",
  "President",
  "Judge",
  "Prof.",
  "Lt.",
  "Chief",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const VERBS = [
  "said",
  "added",
  "warned",
  "argued",
  "noted",
  "announced",
  "insisted",
  "told reporters",
  "wrote",
  "confirmed",
];
const PRONOUNS = { m: ["He", "His"], f: ["She", "Her"] } as const;

export interface Person {
  first: string;
  last: string;
  title: string;
  gender: "m" | "f";
}

export interface GeneratedArticle {
  file: string;
  content: string;
  /** Sentences as written, for building questions. */
  sentences: string[];
  people: Person[];
}

export interface Generator {
  vocabulary: string[];
  people: Person[];
  article(i: number): GeneratedArticle;
}

/** A generator for a corpus of `count` articles; article `i` depends only on the seed and `i`. */
export function createGenerator(count: number, seed = 42): Generator {
  const r = rng(seed);
  const vocabulary: string[] = [];
  const seen = new Set(NEWS_WORDS);
  let real = 0;
  while (vocabulary.length < 30_000) {
    // Real words take every fourth of the top ranks; invented ones, shorter when frequent, fill the rest.
    if (vocabulary.length % 4 === 0 && real < NEWS_WORDS.length) {
      vocabulary.push(NEWS_WORDS[real++] as string);
      continue;
    }
    const syllables = vocabulary.length < 2000 ? 1 : r() < 0.8 ? 2 : 3;
    const w = inventWord(r, syllables) + pick(r, SUFFIXES);
    if (w.length < 3 || seen.has(w)) continue;
    seen.add(w);
    vocabulary.push(w);
  }
  const people: Person[] = [];
  const names = new Set<string>();
  const peopleCount = Math.max(40, count * 3);
  while (people.length < peopleCount) {
    const first = cap(inventWord(r, int(r, 1, 2)));
    const last = cap(inventWord(r, int(r, 2, 3)));
    if (names.has(`${first} ${last}`)) continue;
    names.add(`${first} ${last}`);
    people.push({ first, last, title: pick(r, TITLES), gender: r() < 0.5 ? "m" : "f" });
  }
  const wordRank = zipf(vocabulary.length, 1.05);
  const functionRank = zipf(FUNCTION_WORDS.length, 1.0);
  const personRank = zipf(people.length, 0.8);

  return {
    vocabulary,
    people,
    article(i: number): GeneratedArticle {
      const ar = rng(seed * 1_000_003 + i * 7919 + 1);
      const cast: Person[] = [];
      const castSize = int(ar, 2, 4);
      while (cast.length < castSize) {
        const p = people[personRank(ar)] as Person;
        if (!cast.includes(p)) cast.push(p);
      }
      const word = () => vocabulary[wordRank(ar)] as string;
      const fn = () => FUNCTION_WORDS[functionRank(ar)] as string;
      const mentioned = new Set<Person>();
      let lastPerson: Person | undefined;
      const mention = (): string => {
        const p = pick(ar, cast);
        lastPerson = p;
        if (!mentioned.has(p)) {
          mentioned.add(p);
          return `${p.title} ${p.first} ${p.last}`;
        }
        return ar() < 0.7 ? p.last : `${p.title} ${p.last}`;
      };
      const date = (): string => {
        const year = int(ar, 1995, 2025);
        const roll = ar();
        if (roll < 0.4) return `on ${pick(ar, MONTHS)} ${int(ar, 1, 28)}, ${year}`;
        if (roll < 0.7) return `in ${year}`;
        return `on ${pick(ar, DAYS)}`;
      };
      const clause = (n: number): string[] => {
        const out: string[] = [];
        for (let k = 0; k < n; k++) out.push(ar() < 0.47 ? fn() : word());
        return out;
      };
      const sentence = (): string => {
        const length = Math.round(Math.min(55, Math.max(5, normal(ar, 21, 9))));
        const roll = ar();
        let words: string[];
        if (roll < 0.18 && lastPerson) {
          // A pronoun sentence: its subject is the last person named.
          words = [
            PRONOUNS[lastPerson.gender][ar() < 0.8 ? 0 : 1],
            pick(ar, VERBS),
            "that",
            ...clause(length - 3),
          ];
        } else if (roll < 0.33) {
          const quote = clause(Math.max(3, length - 4));
          quote[0] = cap(quote[0] as string);
          return `“${quote.join(" ")},” ${mention()} ${pick(ar, VERBS)}.`;
        } else if (roll < 0.6) {
          words = [mention(), pick(ar, VERBS), ...clause(length - 2)];
        } else {
          words = clause(length);
        }
        if (ar() < 0.3) words.splice(int(ar, 1, words.length), 0, ...date().split(" "));
        if (ar() < 0.2)
          words.splice(int(ar, 1, words.length), 0, String(int(ar, 2, 990)), ar() < 0.5 ? "percent" : word());
        const text = words.join(" ");
        return `${cap(text)}.`;
      };

      const sentences: string[] = [];
      const paragraphs: string[] = [];
      let wordsSoFar = 0;
      const target = Math.round(normal(ar, 550, 60));
      while (wordsSoFar < target) {
        const count = int(ar, 1, 5);
        const paragraph: string[] = [];
        for (let k = 0; k < count && wordsSoFar < target; k++) {
          const s = sentence();
          paragraph.push(s);
          sentences.push(s);
          wordsSoFar += s.split(" ").length;
        }
        paragraphs.push(paragraph.join(" "));
      }
      const titleWords = [word(), word(), word(), word()];
      const slug = titleWords.join("-").replace(/[^a-z-]/g, "");
      const id = String(i).padStart(6, "0");
      const published = `${int(ar, 1995, 2025)}-${String(int(ar, 1, 12)).padStart(2, "0")}-${String(int(ar, 1, 28)).padStart(2, "0")}`;
      if (i % 2 === 0) {
        return {
          file: `a${id}-${slug}.txt`,
          content: `${paragraphs.join("\n")}\nOriginal Source: Bench Wire\n`,
          sentences,
          people: cast,
        };
      }
      const title = `${cap(titleWords.join(" "))} (${id})`;
      return {
        file: `a${id}-${slug}.md`,
        content: `---\ntitle: "${title}"\nsource: Bench Wire\npublished: ${published}\n---\n\n${paragraphs.join("\n\n")}\n`,
        sentences,
        people: cast,
      };
    },
  };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Writes `count` articles into `dir` (created); returns the generator for making questions. */
export function writeCorpus(dir: string, count: number, seed = 42): Generator {
  mkdirSync(dir, { recursive: true });
  const generator = createGenerator(count, seed);
  for (let i = 0; i < count; i++) {
    const article = generator.article(i);
    writeFileSync(join(dir, article.file), article.content);
  }
  return generator;
}

export interface BenchQuestion {
  command: "ask" | "who";
  query: string;
}

const ASK_TEMPLATES = [
  "What did {name} say about {a} {b}?",
  "what did {name} say about the {a}",
  "When did the {a} {b} happen?",
  "How many {a} were {b}?",
  "Why did {name} {a} the {b}?",
  "where is the {a} {b}",
  "What is the {a} and the {b} about?",
  "Did {name} talk about {a} with the {b}?",
  "why is everyone so worried about {a} {b} {c}",
  "{a} {b}",
  "tell me about {a} {b} {c}",
  "What happened with the {a} after the {b} {c}?",
  "Is it true that the {a} {b} was {c}?",
  "how much {a} did they {b} in the {c}",
];

/** Makes `count` questions from the corpus's own sentences, with stopwords and typos; 1 in 10 are about nothing in it. */
export function makeQuestions(
  generator: Generator,
  articles: number,
  count: number,
  seed = 7,
): BenchQuestion[] {
  const r = rng(seed);
  const out: BenchQuestion[] = [];
  const stop = new Set(FUNCTION_WORDS);
  for (let q = 0; q < count; q++) {
    const article = generator.article(int(r, 0, articles - 1));
    if (r() < 0.2) {
      const p = pick(r, article.people);
      const roll = r();
      let name = roll < 0.4 ? `${p.first} ${p.last}` : roll < 0.8 ? p.last : `${p.title} ${p.last}`;
      if (r() < 0.25) name = typo(r, name);
      out.push({ command: "who", query: name });
      continue;
    }
    const sentence = pick(r, article.sentences);
    const content = sentence
      .replace(/[“”.,]/g, "")
      .split(" ")
      .filter((w) => !stop.has(w.toLowerCase()) && /^[a-z]{3,}$/.test(w));
    const words = r() < 0.1 ? [0, 1, 2].map(() => inventOutside(r, generator)) : content;
    const pool = [...new Set(words)];
    const w = () => (pool.length > 1 ? pool.splice(Math.floor(r() * pool.length), 1)[0] : pool[0]) ?? "news";
    const p = pick(r, article.people);
    let query = pick(r, ASK_TEMPLATES)
      .replace("{name}", r() < 0.5 ? p.last : `${p.first} ${p.last}`)
      .replace("{a}", w())
      .replace("{b}", w())
      .replace("{c}", w());
    if (r() < 0.3) query = typo(r, query);
    out.push({ command: "ask", query });
  }
  return out;
}

/** One typo in one word of five letters or more: a swap, a drop or a doubled letter. */
function typo(r: Random, text: string): string {
  const words = text.split(" ");
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
  if (candidates.length === 0) return text;
  const [w, i] = pick(r, candidates);
  const at = int(r, 1, w.length - 2);
  const kind = r();
  const changed =
    kind < 0.33
      ? w.slice(0, at) + (w[at + 1] ?? "") + (w[at] ?? "") + w.slice(at + 2)
      : kind < 0.66
        ? w.slice(0, at) + w.slice(at + 1)
        : w.slice(0, at) + (w[at] ?? "") + w.slice(at);
  words[i] = changed;
  return words.join(" ");
}

function inventOutside(r: Random, generator: Generator): string {
  for (;;) {
    const w = `${inventWord(r, 3)}q`;
    if (!generator.vocabulary.includes(w)) return w;
  }
}
