import { createHash } from "node:crypto";
import type { Corpus } from "./types.ts";

const versions = new WeakMap<Corpus, string>();

/**
 * A short fingerprint of the corpus's sentences: the same corpus gives the same passage ids.
 * Button custom ids carry it, so a button from an older corpus is recognised as stale.
 */
export function corpusVersion(corpus: Corpus): string {
  let version = versions.get(corpus);
  if (!version) {
    const hash = createHash("sha256");
    for (const p of corpus.passages) hash.update(`${p.citation}\u0000${p.text}\u0000`);
    version = hash.digest("hex").slice(0, 8);
    versions.set(corpus, version);
  }
  return version;
}
