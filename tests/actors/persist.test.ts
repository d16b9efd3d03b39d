import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { buildActors } from "../../src/actors/extract.ts";
import { restoreActors, serializeActors } from "../../src/actors/persist.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { EXTRA_CORPUS } from "../eval/splits.ts";

describe("persisted actors", () => {
  it.each([
    ["the story", "corpus"],
    ["the extra corpus", EXTRA_CORPUS],
  ])(
    "GIVEN %s WHEN its actors are stored and restored THEN actors, facts, links and names per passage come back the same",
    (_, dir) => {
      const corpus = loadCorpus(dir);
      const built = buildActors(corpus);
      const stored = serialize(serializeActors(built, corpus));
      const restored = restoreActors(deserialize(stored));
      expect(restored.actors).toEqual(built.actors);
      expect(restored.actors.some((a) => a.role && a.viaPronoun.length && a.aliases.length)).toBe(true);
      for (const passage of corpus.passages) {
        expect(restored.facts.get(passage.id), `facts of ${passage.id}`).toEqual(built.facts.get(passage.id));
        expect(restored.links(passage), `links of ${passage.id}`).toEqual(built.links(passage));
      }
      expect(corpus.passages.some((p) => built.facts.get(p.id)?.when !== undefined)).toBe(true);
      expect(corpus.passages.some((p) => built.links(p).length > 0)).toBe(true);
      expect(restored.byPassage).toEqual(built.byPassage);
      expect(restored.facts.get(corpus.passages.length + 10)).toBeUndefined();
    },
  );
});
