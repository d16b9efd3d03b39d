import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.ts";
import { createEngine } from "../../src/engine.ts";
import { corpusOf } from "../helpers.ts";

/**
 * `/who` rules about how English news copy names and refers back to people and bodies. The
 * sentences are invented here; the blind sets in tests/eval/who-*.jsonl measure the same.
 */
const article = (id: string, ...paragraphs: string[]): Article => ({
  id,
  file: `${id}.txt`,
  title: id,
  paragraphs,
});

const engineOf = (...paragraphs: string[]) => createEngine(corpusOf([article("a", ...paragraphs)]));
const sentences = (engine: ReturnType<typeof createEngine>, query: string) =>
  engine.who(query).passages.map((p) => p.text);

describe("names of bodies", () => {
  it("GIVEN a name headed by a plural ('Orrin Ventures') THEN it is an organisation, found by its first word too", () => {
    const engine = engineOf(
      "The seed round was led by Orrin Ventures in March.",
      "A partner at Orrin said the fund would invest again.",
    );
    expect(engine.who("orrin ventures").actor?.name).toBe("Orrin Ventures");
    expect(sentences(engine, "orrin ventures")).toHaveLength(2);
  });
});

describe("people without a first-name list", () => {
  it("GIVEN a surname opening a sentence with a role beside it ('… on Monday. Oduya, a former …,') THEN the full name is a person's", () => {
    const engine = engineOf(
      "The talks will be chaired by Kojo Oduya on Monday. Oduya, a former mediator who has led the board since 2019, said both sides were close.",
    );
    expect(engine.actors.find((a) => a.name === "Kojo Oduya")?.kind).toBe("person");
    expect(engine.who("oduya").passages).toHaveLength(2);
  });
});
