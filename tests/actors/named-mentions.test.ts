import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.ts";
import { articleOf, corpusOf } from "../helpers.ts";

/**
 * `/who` for a name the text writes but no actor holds: no first name, title, verb of saying or
 * body noun says what "Harrowgate Blue Water" is, yet a reader asking about it is owed the
 * sentences that name it, its short form and "the festival"-style references included.
 */
const article = articleOf;

const engine = createEngine(
  corpusOf([
    article(
      "water",
      "Harrowgate Blue Water under-reported its spills by a third over four years.",
      "Harrowgate Blue, which supplies 1.9 million homes, disputed the figures on Monday.",
      "Water levels in the Tamsin fell sharply in August.",
      "Blue skies returned to the valley by the weekend.",
    ),
    article(
      "festival",
      "A wordless drama won the top prize at the Quellmoor Film Festival on Saturday.",
      "But the festival’s ten days were dominated by a row over its sponsor.",
      "Attendance was down 8 per cent, the festival said.",
    ),
    article(
      "spills",
      "Ashdown Valley Water under-reported its sewage spills for four years.",
      "In a statement, the company said its monitoring data was complex.",
      "Visitors to the Tressock Harvest Fair fell ill in September.",
      "The company said it would cooperate with the investigation.",
    ),
    article(
      "derby",
      "The Marlow Cup and the Quellmoor Festival of Speed drew big crowds.",
      "The festival was moved to June.",
    ),
  ]),
);

const quoted = (name: string) => engine.who(name).passages.map((p) => p.text);

describe("/who falls back on names the text writes", () => {
  it("finds a capitalised name no list knows, and its short form, but not its everyday words alone", () => {
    const reply = engine.who("harrowgate blue water");
    expect(reply.answered).toBe(true);
    expect(reply.actor?.name).toBe("Harrowgate Blue Water");
    expect(quoted("harrowgate blue water")).toEqual([
      "Harrowgate Blue Water under-reported its spills by a third over four years.",
      "Harrowgate Blue, which supplies 1.9 million homes, disputed the figures on Monday.",
    ]);
  });

  it("takes the typed words in order from a longer name, without the day after it", () => {
    const reply = engine.who("quellmoor film festival");
    expect(reply.actor?.name).toBe("Quellmoor Film Festival");
    expect(quoted("quellmoor film festival")).toEqual([
      "A wordless drama won the top prize at the Quellmoor Film Festival on Saturday.",
      "But the festival’s ten days were dominated by a row over its sponsor.",
      "Attendance was down 8 per cent, the festival said.",
    ]);
  });

  it("leaves 'the festival' alone where the article has two festivals", () => {
    expect(quoted("quellmoor festival of speed")).toEqual([
      "The Marlow Cup and the Quellmoor Festival of Speed drew big crowds.",
    ]);
  });

  it("still refuses what the text never names, and a word met only as a sentence's first", () => {
    expect(engine.who("gordon pike").answered).toBe(false);
    expect(engine.who("water levels").answered).toBe(false);
    expect(engine.who("the weekend").answered).toBe(false);
  });

  it("takes a body noun met just after the name as its subject for the name's, in the rest of its article", () => {
    expect(quoted("ashdown valley water")).toEqual([
      "Ashdown Valley Water under-reported its sewage spills for four years.",
      "In a statement, the company said its monitoring data was complex.",
      "The company said it would cooperate with the investigation.",
    ]);
    expect(quoted("tressock harvest fair")).toEqual([
      "Visitors to the Tressock Harvest Fair fell ill in September.",
    ]);
  });
});
