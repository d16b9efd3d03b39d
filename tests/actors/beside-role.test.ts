import { describe, expect, it } from "vitest";
import { evidencedPeople } from "../../src/actors/mentions/people-evidence.ts";
import { createEngine } from "../../src/engine.ts";
import { articleOf, corpusOf } from "../helpers.ts";

/**
 * People whose names no list knows and whose role is no title: found from a pronoun after them
 * or a noun before them, and by `/who` from a word for their role written beside their name.
 */
const engine = createEngine(
  corpusOf([
    articleOf(
      "trial",
      "A ferry captain has been found guilty of manslaughter over a collision in the estuary.",
      "Dariusz Wrobel, 58, was the master of the ferry when it struck a motor boat.",
      "Adaeze Nwankwo, prosecuting, told the jury that the captain had been using his phone. She said records showed 14 messages in 20 minutes.",
      '"This was not a moment\'s lapse," the prosecutor said.',
      "Judge Helena Marchetti remanded Dariusz Wrobel in custody.",
    ),
    articleOf(
      "farming",
      "The Minister for Farming and Rural Communities, Helena Strachan, defended the change.",
      "Moira Sutherland, who won 88 caps and now works as a television pundit, said the decision was wrong.",
      "Leilani Faleolo was left out of the squad. Her agent, Tariq Benhaddou, said she was disappointed.",
    ),
    articleOf(
      "festival",
      "The Salt Road was the unanimous choice of the jury, according to its president, the Italian actress Chiara Bellandi.",
      "Construction will begin in spring, according to Brightwater project manager Luis Ferrante.",
    ),
  ]),
);

const quoted = (name: string) => engine.who(name).passages.map((p) => p.text);

describe("people known by a pronoun after them or a noun before them", () => {
  it("takes a name followed by 'She said' in the next sentence for a person", () => {
    expect(engine.who("nwankwo").actor?.name).toBe("Adaeze Nwankwo");
  });

  it("reads a role noun before a name past a capitalised adjective", () => {
    const reply = engine.who("chiara bellandi");
    expect(reply.actor?.name).toBe("Chiara Bellandi");
    expect(reply.actor?.role).toBe("Italian actress");
  });

  it("gives an indefinite lede describing someone to the person whose name opens the next paragraph", () => {
    expect(quoted("wrobel").slice(0, 2)).toEqual([
      "A ferry captain has been found guilty of manslaughter over a collision in the estuary.",
      "Dariusz Wrobel, 58, was the master of the ferry when it struck a motor boat.",
    ]);
  });

  it("gives no title from a verb written after a name", () => {
    expect(engine.who("dariusz wrobel").actor?.role).toBeUndefined();
  });
});

describe("a person from the pronoun opening the next sentence", () => {
  const noLowerCase = () => false;
  const long =
    "Adaeze Nwankwo, prosecuting, told the jury that the captain had spent much of the crossing on his phone and had switched the radar alarm off. She said records showed 14 messages.";

  it("reads each paragraph alone, whatever was read before it", () => {
    const short = "Catriona Beaton, defending, said her client was ill. She said he had paid.";
    expect(evidencedPeople(short, noLowerCase)).toEqual(["Catriona Beaton"]);
    expect(evidencedPeople(long, noLowerCase)).toEqual(["Adaeze Nwankwo"]);
    expect(evidencedPeople(short, noLowerCase)).toEqual(["Catriona Beaton"]);
  });

  it("takes no place or event after 'of' or 'the' for the one 'she' is", () => {
    const town = "She was born in the mill town of Hadley Cross. She learned to weld at 15.";
    const expo = "Orders taken at the Ridewell Expo were well ahead. He said the company had cash.";
    expect(evidencedPeople(town, noLowerCase)).toEqual([]);
    expect(evidencedPeople(expo, noLowerCase)).toEqual([]);
  });
});

describe("/who by a role word beside a name", () => {
  it("finds the person a role's word stands beside, and the later sentences calling them by it", () => {
    const reply = engine.who("the prosecutor");
    expect(reply.actor?.name).toBe("Adaeze Nwankwo");
    expect(quoted("the prosecutor")).toEqual([
      "Adaeze Nwankwo, prosecuting, told the jury that the captain had been using his phone.",
      "She said records showed 14 messages in 20 minutes.",
      '"This was not a moment\'s lapse," the prosecutor said.',
    ]);
  });

  it("needs every other typed word in the same sentence", () => {
    expect(engine.who("jury president").actor?.name).toBe("Chiara Bellandi");
    // "project manager Luis Ferrante" is no city manager.
    expect(engine.who("city manager").answered).toBe(false);
  });
});

describe("/who by a role word further from the name", () => {
  it("steps over the other typed words between the role and the name", () => {
    expect(engine.who("farming minister").actor?.name).toBe("Helena Strachan");
  });

  it("reads the role in a 'who …' clause after the name, everyday acronyms spelt out", () => {
    expect(engine.who("tv pundit").actor?.name).toBe("Moira Sutherland");
  });

  it("takes a typed name for the person the sentence points to ('Her agent')", () => {
    expect(engine.who("faleolo's agent").actor?.name).toBe("Tariq Benhaddou");
  });
});
