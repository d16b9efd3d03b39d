import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.ts";
import { articleOf, corpusOf } from "../helpers.ts";

/**
 * Sources the story describes and keeps unnamed ("One violinist, who asked not to be named"),
 * found by `/who` from the words of their description; and roles held "of" a body written as its
 * possessor ("The trust's chief executive"), found by the body's name.
 */
const engine = createEngine(
  corpusOf([
    articleOf(
      "orchestra",
      "Musicians at the Carrow Symphony Orchestra voted to strike on Monday.",
      'One violinist, who asked not to be named because she feared for her job, said morale had collapsed. "They found money for a new logo," she said. "But not for our pay." Halvorsen said the board had no choice.',
      "A former tenant, who spoke on condition of anonymity, said the flat had no heating.",
      "Another tenant, who asked not to be named, said she had moved out in March.",
    ),
    articleOf(
      "hospital",
      "Kelsborough University Hospitals Trust (KUHT) was hit by a ransomware attack on Sunday.",
      "The trust's chief executive, Dr Funmilayo Okonkwo-Hart, said on Tuesday that 2,340 appointments had been postponed.",
      "She said emergency departments had remained open.",
    ),
  ]),
);

const quoted = (name: string) => engine.who(name).passages.map((p) => p.text);

describe("/who for a source the story keeps unnamed", () => {
  it("finds the source by the words of the description, and the sentences carrying their words up to one naming someone", () => {
    const reply = engine.who("the violinist");
    expect(reply.actor?.name).toBe("One violinist");
    expect(reply.actor?.role).toBe("not named in the story");
    expect(quoted("anonymous violinist")).toEqual([
      "One violinist, who asked not to be named because she feared for her job, said morale had collapsed.",
      '"They found money for a new logo," she said.',
      '"But not for our pay."',
    ]);
  });

  it("reads everyday synonyms, and answers nothing when two sources fit", () => {
    expect(engine.who("ex tenant").actor?.name).toBe("A former tenant");
    expect(engine.who("anonymous tenant").answered).toBe(false);
  });
});

describe("a role held of a body written as its possessor", () => {
  it("is found by the body's name and its initials", () => {
    expect(engine.who("hospital chief exec").actor?.name).toBe("Funmilayo Okonkwo-Hart");
    expect(engine.who("kuht chief executive").actor?.name).toBe("Funmilayo Okonkwo-Hart");
  });
});
