import { isWordNetPersonNoun } from "../../language/person-nouns.ts";
import { isSpeechVerb } from "../../language/speech.ts";
import { isOfficerAcronym, isTitle, roleOfVerb, SHORT_TITLE_WORD } from "../../language/titles.ts";
import { STOPWORDS } from "../../text/analyze.ts";
import { formPattern } from "../mentions/forms.ts";
import { tagsOf } from "../mentions/nlp.ts";

// A possessor of up to three capitalised words, "&" or "and" between two of them ("Corvane's",
// "Pinecrest Hollow's", "Marlow & Finch's"), without its last word: shared by the patterns after and
// before a name.
const POSSESSOR = String.raw`(?:\p{Lu}[\p{L}\p{N}&.-]*\s+(?:(?:&|and)\s+)?){0,2}`;

// After the name: ", the head of the U.N. nuclear watchdog," / ", director of the …," / ", a retired teacher …."
// / ", now a television pundit," (an adverb before the role is not part of it)
// / ", Tandri's chief executive," (a possessive, `POSSESSOR` and its last word, as before a name).
const APPOSITIVE = new RegExp(
  String.raw`^,\s+(?:(?:now|also|then|formerly|once|still|herself|himself)\s+)?((?:the|a|an|its|his|her|their)\s+[^,;“”"]+?|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:of|for|at)\s+[^,;“”"]+?|${POSSESSOR}\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+(?:[\p{Ll}\p{N}-]+\s+){0,4}[\p{Ll}-]+)\s*(?:[,;]|[.!?]?$)`,
  "u",
);

// Before the name: "the mayor, Elena Vasquez" / "Its organiser, Ruairi Dunleavy" /
// "Corvane's chief executive, Helena Strand" /
// "Pinecrest Hollow's mayor, Dennis Okafor" / "the company's finance chief, Ana Ruiz" / "The artistic
// director of the Brackwater International Festival, Mireille Fontaine": a determiner or a possessive
// (`POSSESSOR` and its last word), up to five lower-case words, perhaps "of/at/for" and a body's
// name, a comma, then the name. Matched against the text just before the name.
const ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(“"])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:[Tt]he\s+)?${POSSESSOR}[\p{L}\p{N}&.-]+['’]s)\s+(?:[\p{Ll}\p{N}-]+\s+){0,4}(?:[\p{Ll}-]+|\p{Lu}[\p{L}.]*)(?:\s+(?:of|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|and|for)\s+)?){0,4}\p{Lu}[\p{L}’'-]*)?),\s+$`,
  "u",
);

/** The verbs that say what someone is: "is", "was", "has been", "had been". */
const COPULA = "(?:is|was|has been|had been)";

// "Ms Haddad, 38, is the airport's senior falconer": a role said with "is" or "was" right after the
// name (its age set aside), a determiner or a possessive, up to five lower-case words, perhaps
// "of/at/for" and a body's name; kept only when its head is a word for a person (session 34: train
// /who 0.9030 / 0.9364 → 0.9033 / 0.9367, validation 0.8549 / 0.9023 unchanged).
const COPULA_ROLE = new RegExp(
  String.raw`^\s+${COPULA}\s+((?:the|a|an|its|his|her|their|${POSSESSOR}\p{Lu}[\p{L}\p{N}&.-]*['’]s)\s+(?:[\p{Ll}-]+(?:['’]s)?\s+){0,4}[\p{Ll}-]+(?:\s+(?:of|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|and|for)\s+)?){0,4}\p{Lu}[\p{L}’'-]*)?)(?=\s*[,;:.!?]|\s+(?:and|but|who|whose|which|since|in|on|with|from|until)\s|$)`,
  "u",
);
const MAY_BE_COPULA = new RegExp(String.raw`\s${COPULA}\s`, "u");
const COPULA_NEXT = new RegExp(String.raw`^\s+${COPULA}\s`, "u");

/**
 * Whether "is" or "was" follows the name's last word somewhere in the sentence (its age set aside,
 * as `copulaRole` does): a look at a few characters, so that the name's pattern runs only where a
 * copula can give a role (run for every sentence with "is" in it, building the actors of 1,000
 * articles took 12 s instead of 1.5 s).
 */
function copulaFollows(sentence: string, form: string): boolean {
  const last = form.trim().split(/\s+/u).at(-1) ?? "";
  for (let at = last ? sentence.indexOf(last) : -1; at >= 0; at = sentence.indexOf(last, at + 1))
    if (COPULA_NEXT.test(sentence.slice(at + last.length, at + last.length + 24).replace(AGE, "")))
      return true;
  return false;
}

/** The role a copula after a name gives ("… is the airport's senior falconer"), if its head is a person's. */
function copulaRole(rest: string): string | undefined {
  const role = COPULA_ROLE.exec(rest.replace(AGE, ""))?.[1];
  const head = role ? roleCore(role).split(/\s+/).at(-1) : undefined;
  return role && head && (isPersonNoun(head) || isTitle(head)) ? role : undefined;
}

/**
 * Every role a sentence states for a name: after it ("Rafael Grossi, the head of the U.N. nuclear
 * watchdog, has warned"; "Priya Raman, leader of the dockworkers' union,") or before it
 * ("Corvane's chief executive, Helena Strand"). What `/who the mayor` and `/who corvane ceo` are
 * matched against, besides the titles written before a name.
 */
export function statedRoles(
  sentence: string,
  forms: Iterable<string>,
): { after: string[]; before: string[] } {
  const after: string[] = [];
  const before: string[] = [];
  // An appositive needs a comma or a bracket: without one, only titles before the name are read.
  const folded = /[,(]/u.test(sentence) ? fold(sentence) : undefined;
  // "Iyer's coach, Grandmaster Tomasz Wierzbicki,": a title between the comma and the name.
  const titledAfterComma = folded !== undefined && titleAfterComma(sentence);
  const byAgent = BY_AGENT_WORD.test(sentence);
  const copular = MAY_BE_COPULA.test(sentence);
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const mayFollow = folded !== undefined && couldPrecedeComma(folded, form);
    const first = fold(form.split(/\s+/)[0] ?? "");
    // "The water regulator, the Water Standards Authority (WSA),": a body's name may keep its "the".
    const mayLead =
      titledAfterComma ||
      (folded !== undefined && (folded.includes(`, ${first}`) || folded.includes(`, the ${first}`)));
    const mayBe = copular && copulaFollows(sentence, form);
    // Most sentences give no role: the form's pattern runs only where an appositive could stand.
    if (mayFollow || mayLead || mayBe) {
      for (const m of sentence.matchAll(formPattern(form, true))) {
        const start = m.index ?? 0;
        if (mayFollow) {
          // "Oksana Petrenko, 39, a nursery teacher who…": the age set aside. After an age, only a
          // noun phrase is a role: "Aoife Brennan, 22, called for a push…" goes on with her verb.
          const rest = sentence.slice(start + m[0].length);
          const aged = AGE.test(rest);
          const unaged = aged ? rest.replace(AGE, ",") : rest;
          const found = appositiveAfter(unaged);
          // "Radomir Vuković, 52, who owns a shop…": the office its clause gives, not the clause.
          const clause = /^,\s+who\s/u.test(unaged) && !/^who\s/u.test(found ?? "");
          const role = found && (!aged || DETERMINED.test(found) || clause) ? found : undefined;
          if (role && !after.includes(role)) after.push(role);
          const office = role ? officeInAppositive(role) : undefined;
          if (office && !after.includes(office)) after.push(office);
          // "Rhiannon Baird, prosecuting, told the jury…": counsel named by the side they speak for.
          const side = COUNSEL_AFTER.exec(rest)?.[1];
          const counsel = side ? COUNSEL_ROLE[side.toLowerCase()] : undefined;
          if (counsel && !after.includes(counsel)) after.push(counsel);
        }
        const copula = mayBe ? copulaRole(sentence.slice(start + m[0].length)) : undefined;
        if (copula && !after.includes(copula)) after.push(copula);
        const closed = sentence.startsWith(",", start + m[0].length);
        const role = mayLead
          ? roleBefore(
              withoutTitles(sentence.slice(Math.max(0, start - 120), start)).replace(APPOSED_THE, ", "),
              closed,
            )
          : undefined;
        if (role && !before.includes(role)) before.push(role);
      }
    }
    // "Defending, Fiona McAllister said…", "Prosecuting, Mr Oluwaseun Adebayo told the court…": a
    // court report's counsel, named by the side they speak for.
    const counsel = COUNSEL_OPENING.exec(sentence);
    if (counsel?.[1] && untitled(sentence.slice(counsel[0].length)).startsWith(form)) {
      const role = COUNSEL_ROLE[counsel[1].toLowerCase()];
      if (role && !before.includes(role)) before.push(role);
    }
    // "… drove a bus for 17 years before she was elected president of the United Bus and Rail
    // Workers": a role given by an appointment later in the sentence (no one else named between).
    if (APPOINTED_WORD.test(sentence)) {
      for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
        const role = APPOINTED.exec(sentence.slice(at + form.length))?.[1];
        if (role && !after.includes(role)) after.push(role);
      }
    }
    // What stands before each place the name is written as is: a passive's "by" ("an eight-year-old
    // trained by Margaret Dunphy", "a consortium led by local businessman Fergus Adebayo-Lund":
    // whoever it names does what its verb says, trainer, leader), and a title after a lower-case word.
    // The passive's roles come before the titles, as each form's are read.
    const titled: string[] = [];
    for (let at = sentence.indexOf(form); at > 0; at = sentence.indexOf(form, at + 1)) {
      const lead = sentence.slice(Math.max(0, at - 80), at);
      const agent = byAgent ? agentBefore(lead) : undefined;
      if (agent && !before.includes(agent)) before.push(agent);
      const title = lowerBefore(lead.slice(-16)) ? titleBefore(lead) : undefined;
      if (title) titled.push(title);
    }
    for (const title of titled) if (!before.includes(title)) before.push(title);
  }
  return { after, before };
}

/** The "the" of a name in apposition after a role (", the "), set aside so the role ends the text. */
const APPOSED_THE = /,\s+the\s+$/u;

const COUNSEL_OPENING = /^(Defending|Prosecuting|Mitigating)(?:\s+(?:him|her|them))?,\s+/u;
const COUNSEL_ROLE: Readonly<Record<string, string>> = {
  defending: "defence lawyer",
  mitigating: "defence lawyer",
  prosecuting: "prosecutor",
  "for the defence": "defence lawyer",
  "for the defense": "defence lawyer",
  "for the prosecution": "prosecutor",
  "for the crown": "prosecutor",
};
/** After a name (and perhaps a silk's letters): ", prosecuting,", ", prosecuting on behalf of the council,", ", for the defence,". */
const COUNSEL_AFTER =
  /^(?:\s+[KQ]C)?,\s+(prosecuting|defending|mitigating|for the (?:defence|defense|prosecution|Crown))(?:\s+(?:on behalf of|for)\s+[^,;“”"]{1,80})?\s*,/u;

/** The text without a title opening it ("Mr Oluwaseun Adebayo told" → "Oluwaseun Adebayo told"). */
function untitled(text: string): string {
  const first = /^(\p{Lu}[\p{Ll}]*)\.?\s+/u.exec(text);
  return first?.[1] && isTitle(first[1]) ? text.slice(first[0].length) : text;
}

/** A title, or a noun for what someone does written as one ("Dr", "Grandmaster"). */
export const titleLike = (word: string) => isTitle(word) || isPersonNoun(word.toLowerCase());

/** A comma, then a capitalised title or noun for what someone does, then a capital: ", Dr Ana", ", Grandmaster Tomasz". */
function titleAfterComma(sentence: string): boolean {
  for (const m of sentence.matchAll(/,\s+(\p{Lu}[\p{Ll}.]*)\s+\p{Lu}/gu))
    if (titleLike(m[1] as string)) return true;
  return false;
}

/** The text before a name without the titles that end it ("…coach, Grandmaster " → "…coach, "). */
function withoutTitles(text: string): string {
  let rest = text;
  for (let m = /(\p{Lu}[\p{Ll}.]*)\s+$/u.exec(rest); m; m = /(\p{Lu}[\p{Ll}.]*)\s+$/u.exec(rest)) {
    if (!titleLike(m[1] as string)) break;
    rest = rest.slice(0, m.index);
  }
  return rest;
}

const APPOINTED_WORD = /\b(?:elected|appointed|named|promoted)\b/u;
// Lower-case words only between the name and the appointment, the role's words, then "of/at/for" and what it is of.
const APPOINTED =
  /^[^\p{Lu}.;!?]{0,80}?\b(?:was|has been|had been|is|were)\s+(?:re-?)?(?:elected|appointed|named|promoted to)\s+(?:as\s+)?((?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}[^,.;()]{1,60}?)(?=\s+\(|\s+in\s+\d|[,.;]|$)/u;

const BY_AGENT_WORD = /\sby\s/u;
// A verb, perhaps a year ("founded in 2011 by"), "by", then up to three lower-case words or titles
// describing the name ("the former sprinter", "Dr"), ending the text before the name.
const BY_AGENT =
  /(?:^|\s)([\p{Ll}-]+)\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?((?:(?:[\p{Ll}-]+|\p{Lu}[\p{Ll}]*\.?)\s+){0,3})$/u;

/** The role of the one a passive's "by" names, in the text before their name: "trained by " → "trainer". */
function agentBefore(text: string): string | undefined {
  const m = BY_AGENT.exec(text);
  if (!m?.[1]) return undefined;
  // Only lower-case words or titles between "by" and the name ("by Mayor", not "by Ana Ruiz and ").
  const between = (m[2] ?? "").split(/\s+/).filter(Boolean);
  if (between.some((w) => /^\p{Lu}/u.test(w) && !titleLike(w.replace(/\.$/u, "")))) return undefined;
  return roleOfVerb(m[1]);
}

/** A lower-case word, then perhaps a short title ("Dr."), at the end of the text before a name. */
function lowerBefore(text: string): boolean {
  const words = text.trimEnd().split(/\s+/);
  if (words.length > 1 && SHORT_TITLE_WORD.test(words.at(-1) as string)) words.pop();
  const last = words.at(-1) ?? "";
  return (/^\p{Ll}/u.test(last) || isOfficerAcronym(last)) && /\s$/u.test(text);
}

/**
 * A lower-case title written before a name after the body it is held in ("Brightwater project
 * manager Luis Ferrante", "HRT chief executive Dr. Naomi J. Fairweather"): one to three capitalised
 * words, one to three lower-case words, then the name; read word by word from the name backwards.
 */
function titleBefore(text: string): string | undefined {
  const words = text.trimEnd().split(/\s+/).slice(-8);
  if (words.length && SHORT_TITLE_WORD.test(words.at(-1) as string)) words.pop();
  const lower: string[] = [];
  // "Fairlow CEO Marisol Etxeberria": an officer's initials stand for its lower-case words (session
  // 34: train /who 0.9041 / 0.9367 → 0.9045 / 0.9368, validation unchanged).
  if (words.length && isOfficerAcronym(words.at(-1) as string)) lower.unshift(words.pop() as string);
  while (words.length && lower.length < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(words.at(-1) as string))
    lower.unshift(words.pop() as string);
  const capital: string[] = [];
  while (words.length && capital.length < 3 && /^\p{Lu}[\p{L}\p{N}&.'’-]*$/u.test(words.at(-1) as string))
    capital.unshift(words.pop() as string);
  if (lower.length === 0) return undefined;
  const single = () => falseTitle(lower.at(-1) as string, lower.at(-2) ?? capital.at(-1) ?? words.at(-1));
  if (capital.length === 0) return single();
  // "Judge Helena Marchetti remanded Wrobel": a verb after a name gives no title.
  if (lower.some((w) => STOPWORDS.has(w) || isSpeechVerb(w) || NOT_A_TITLE.test(w) || isVerbOnly(w)))
    return single();
  // "Tribunal rules Dashly riders are workers": a title's last word names one holder, so a plural
  // (or a verb's -s) there is a headline's verb.
  if (/[^su]s$/u.test(lower.at(-1) as string)) return single();
  return [...capital, ...lower].join(" ");
}

/**
 * "…a third bid for striker Yusuf Demirel", "said economist Jane Doe": one lower-case noun for what
 * someone does, right before the name, after a function word (or opening the text). A noun for a
 * person by compromise's word list ("Actor"), or one it does not know ending as such nouns do.
 */
function falseTitle(word: string, before: string | undefined): string | undefined {
  // "…chaired by retired judge Matthias Brenner": an adjective may stand between ("retired judge").
  if (before !== undefined && !STOPWORDS.has(before.toLowerCase())) {
    const tags = /^\p{Ll}+$/u.test(before) ? tagsOf(before) : [];
    const adjective = tags.includes("Adjective") || (tags.includes("PastTense") && before.endsWith("ed"));
    return adjective && (isPersonNoun(word) || isTitle(word)) ? `${before} ${word}` : undefined;
  }
  return isPersonNoun(word) ? word : undefined;
}

/**
 * A lower-case noun for what someone does ("striker", "goalkeeper", "economist"): a person by
 * compromise's word list ("Actor") or by WordNet's most frequent sense ("umpire", "jockey"), or a
 * word neither knows ending as such nouns do.
 */
export function isPersonNoun(word: string): boolean {
  if (STOPWORDS.has(word) || isSpeechVerb(word) || NOT_A_TITLE.test(word)) return false;
  const tags = tagsOf(word);
  return (
    tags.includes("Actor") ||
    isWordNetPersonNoun(word) ||
    (tags.length === 0 && /\p{Ll}{3}(?:er|or|ist|ian|ant|ee)$/u.test(word))
  );
}

/** A verb in the past or present tense that compromise knows as no noun ("remanded", "thanks"). */
function isVerbOnly(word: string): boolean {
  const tags = tagsOf(word);
  // A word it does not know, ending like a past tense ("remanded"), is read as one too.
  if (tags.length === 0) return /[^e]ed$/u.test(word);
  return (tags.includes("PastTense") || tags.includes("PresentTense")) && !tags.includes("Noun");
}

/** Words before a name that introduce it rather than give it a title ("according to", "a man called"). */
const NOT_A_TITLE = /^(?:according|called|named)$/u;

/**
 * The words that say what a role is, before what it is of: "leader of the dockworkers' union" →
 * "leader", "Corvane's chief executive" → "Corvane's chief executive", "the mission's principal
 * investigator and a planetary scientist" → "the mission's principal investigator". Its last word
 * is the role's head (what `/who the leader` and "the union" back-references are matched on). A
 * relative clause is no part of it either ("the Halcyon partner who sits on the board").
 */
export function roleCore(role: string): string {
  return role.split(ROLE_TAIL)[0] ?? role;
}

const ROLE_TAIL = /\s+(?:of|for|at|in|on|with|and|that|which|who|whose)\s+/iu;

/** The role in apposition at the start of `text` (", the head of the U.N. nuclear watchdog, has…"). */
export function appositiveAfter(text: string): string | undefined {
  // "Harbour Region Transport (HRT), the regional transport authority,": past the short form.
  const rest = text.replace(/^\s*\([^()]{1,40}\)/u, "");
  const role = rest.match(APPOSITIVE)?.[1]?.trim() ?? roleClause(rest);
  if (!role) return undefined;
  if (role.split(/\s+/).length <= ROLE_WORDS) return role;
  // "a 58-year-old baker whose shop on the town's main square was flooded to a depth of 1.5
  // metres": too long to be a role as a whole; the words before its relative clause are one.
  const head = role.split(RELATIVE)[0] ?? role;
  return head !== role && head.split(/\s+/).length <= ROLE_WORDS ? head : undefined;
}

// "a nursery teacher who chairs the Thornbury Court Residents' Association": what the person is,
// then a verb that gives a role and what it is held in, up to a date or a companion.
const OFFICE_IN_APPOSITIVE =
  /^(?:an?|the)\s+[^,;]*?\s+who\s+([\p{Ll}-]+)\s+((?:the\s+)?[^,;()]+?)(?=\s+(?:in|since|with)\s+[\p{Lu}\d]|\s*\(|$)/u;

/** The office an appositive's relative clause gives: "… who chairs the X" → "chair of the X". */
function officeInAppositive(role: string): string | undefined {
  const m = OFFICE_IN_APPOSITIVE.exec(role);
  const noun = m?.[1] ? roleOfVerb(m[1]) : undefined;
  return noun && m?.[2] ? `${noun} of ${m[2]}` : undefined;
}

/** A noun phrase's opening: an article, a possessive or a number ("a nursery teacher", "the club's captain"). */
const DETERMINED = /^(?:an?|the|his|her|their|its|one|\p{L}+['’]s)\s/iu;

/** An age in apposition right after a name: ", 39,". */
export const AGE = /^,\s+\d{1,3},/u;

/** The most words an appositive may have to be read as a role. */
const ROLE_WORDS = 16;
const RELATIVE = /\s+(?:who|whose|which|that|where)\s+/u;

// ", who chairs the planning committee," / ", who led the study.": a verb that gives a role, and its
// object; a body's ", which represents Nordvik Air's 180 pilots," too (whom it speaks for is what it is).
const ROLE_CLAUSE = /^,\s+(?:who|which(?=\s+represents\s))\s+([\p{Ll}-]+)\s+([^,;“”"]+?)\s*(?:[,;]|[.!?]?$)/u;

const BODY_AFTER = /\s(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u;
// ", who became vice-chancellor in 2021,", ", who has served as club captain since 2019,": the role
// the clause says someone took, before a date or the clause's end.
const BECAME =
  /^,\s+who\s+(?:became|has become|had become|serves as|served as|has served as)\s+(?:the\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:\s+(?:of|at|for)\s+(?:the\s+)?[^,;“”"]+?)?)(?=\s+(?:in|since)\s+[\p{Lu}\d]|\s*[,;]|\s*[.!?]?$)/u;

/** The role a relative clause gives: ", who chairs the planning committee," → "chair of the planning committee". */
function roleClause(text: string): string | undefined {
  const became = BECAME.exec(text);
  // Its head: the last word of its core, the last part of a compound ("vice-chancellor").
  const head = became?.[1] ? roleCore(became[1]).split(/\s+/).at(-1)?.split("-").at(-1) : undefined;
  if (became?.[1] && head && (isPersonNoun(head) || isTitle(head) || BODY_AFTER.test(became[1])))
    return became[1];
  const m = ROLE_CLAUSE.exec(text);
  const noun = m?.[1] ? roleOfVerb(m[1]) : undefined;
  return noun && m?.[2] ? `${noun} of ${m[2]}` : undefined;
}

/**
 * Words that may stand just before a leading role: "said the mayor, Elena Vasquez", the end of
 * the sentence before ("…for the season. The club's chairman, Ravi Chandrasekhar, said"), or a
 * verb "to be" ("Among those taken to hospital was the race leader, Mateus Ferreira-Lund").
 */
const LEADS_ROLE =
  /(?:^|[,;:(“"]|\p{Ll}{2}[.!?]["”’]?|\b(?:said|says|told|by|and|with|from|to|according to|was|is|were|are))\s*$/iu;

/**
 * Words that may also stand before a role whose name is closed by a second comma: "…after the
 * defending champion, Matvei Orlinsky, cracked", "…lost to the holder, Ana Ruiz, in the final".
 * Without the second comma "After the vote, Elena Vasquez said" would make "the vote" a role.
 */
const LEADS_CLOSED_ROLE =
  /\b(?:after|before|against|over|beat|beating|beaten|defeated|behind|than|as|while|when|until|since|because|like|unlike|including|between|to)\s*$/iu;

/**
 * The role in "…the mayor, " just before a name, when it starts a clause (not "After the vote, ").
 * `closed`: a comma follows the name, so the role and the name stand in apposition mid-sentence.
 */
export function roleBefore(text: string, closed = false): string | undefined {
  const m = ROLE_BEFORE.exec(text);
  if (!m?.[1]) return undefined;
  // Its head may be capitalised only as a title ("The local MP, …", "The Minister for Education, …").
  const head = HEAD_WORD.exec(m[1])?.[1];
  if (head && /^\p{Lu}/u.test(head) && !titleLike(head)) return undefined;
  const lead = text.slice(0, (m.index ?? 0) + m[0].indexOf(m[1]));
  return LEADS_ROLE.test(lead) || (closed && LEADS_CLOSED_ROLE.test(lead)) ? m[1].trim() : undefined;
}

/** The last word of a role before "of/at/for" and a body's name. */
const HEAD_WORD = /(\S+)(?:\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}.*)?$/u;

/** False only when `form` is surely never followed by a comma in `sentence` (a cheap test first). */
function couldPrecedeComma(folded: string, form: string): boolean {
  const last = form.trim().split(/\s+/).at(-1) ?? "";
  return folded.includes(`${fold(last)},`) || folded.includes(`${fold(last)} (`);
}

/** Lower case, one apostrophe: what any form's pattern may match, whatever its case rules. */
const fold = (text: string) => text.toLowerCase().replace(/’/g, "'");
