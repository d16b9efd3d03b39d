import { createRequire } from "node:module";
import type nlpType from "compromise";

let loaded: typeof nlpType | undefined;

/**
 * compromise, loaded on first use: it takes about 0.3 s to load and is needed only when actors are
 * built, not when the engine comes from the persisted index.
 */
export function nlp(text: string): ReturnType<typeof nlpType> {
  loaded ??= createRequire(import.meta.url)("compromise") as typeof nlpType;
  return loaded(text);
}
