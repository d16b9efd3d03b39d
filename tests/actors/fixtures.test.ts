import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine } from "../../src/engine.ts";

// Articles of our own on other subjects, with no glossary: everything below is found, not configured.
const corpus = loadCorpus("tests/fixtures/corpus-extra");
const engine = createEngine(corpus);
const starts = (name: string) => engine.who(name).passages.map((p) => p.text.slice(0, 24));

describe("who on articles never configured", () => {
  it("GIVEN no glossary WHEN the fixtures load THEN their people are found under full names", () => {
    expect(corpus.glossary).toEqual([]);
    const people = engine.actors.filter((a) => a.kind === "person").map((a) => a.name);
    for (const name of [
      "Elena Vasquez",
      "Raymond Okafor",
      "Denise Harlow",
      "Thomas Brennan",
      "Carla Mendes",
    ]) {
      expect(people).toContain(name);
    }
    expect(people).not.toContain("Dalton");
  });

  it("GIVEN surname and title mentions WHEN asking who THEN they link to the full name", () => {
    expect(engine.who("Vasquez").actor?.name).toBe("Elena Vasquez");
    expect(engine.who("Mayor Vasquez").actor?.name).toBe("Elena Vasquez");
    expect(engine.who("Councilman Okafor").actor?.name).toBe("Raymond Okafor");
    expect(engine.who("Gov. Brennan").actor?.name).toBe("Thomas Brennan");
    expect(engine.who("harlow").actor?.name).toBe("Denise Harlow");
    expect(engine.who("Mendez").actor?.name).toBe("Carla Mendes");
  });

  it("GIVEN pronoun subjects WHEN asking who THEN the she/he/her sentences are the actor's", () => {
    expect(starts("Vasquez")).toEqual([
      "Mayor Elena Vasquez, who",
      "She said construction on",
      "Vasquez rejected those c",
      "Her administration has a",
      "“No one is writing a bla",
      "Vasquez said she would p",
    ]);
    expect(starts("Okafor")).toEqual([
      "Councilmember Raymond Ok",
      "“We are being asked to w",
      "He also warned that remo",
    ]);
    expect(starts("Brennan")).toContain("“This is the worst flood");
    expect(starts("Mendes")).toContain("She urged residents who ");
    expect(starts("Harlow")).toContain("Her members have worked ");
    // "his truck" belongs to the man who died, not to anyone named before.
    expect(starts("Mendes")).not.toContain("A 68-year-old man died ");
  });

  it("GIVEN appositives and titles WHEN asking who THEN the role is as the article states it", () => {
    expect(engine.who("Mendes").actor?.role).toBe(
      "director of the Northfield County Office of Emergency Management",
    );
    expect(engine.who("Harlow").actor?.role).toBe("president of Amalgamated Transit Union Local 1142");
    expect(engine.who("Vasquez").actor?.role).toBe("Mayor");
  });

  it("GIVEN an organisation defined with its initials WHEN asking who HCTA is THEN both names count", () => {
    const reply = engine.who("HCTA");
    expect(reply.actor?.name).toBe("Harbor City Transit Authority");
    expect(reply.passages.map((p) => p.citation)).toContain("harbor-city-transit-vote ¶7.1");
  });

  it("GIVEN a name that is not in the articles WHEN asking who THEN not in the story, with suggestions", () => {
    const reply = engine.who("Marcus Bell");
    expect(reply.answered).toBe(false);
    expect(reply.message).toBe("Marcus Bell is not in the story.");
    expect(engine.who("Okafur Raymonds").answered).toBe(true);
    // Three slips from "Brennan" (six-letter "Brenda" is two, forgiven as in /ask).
    expect(engine.who("Brennick").suggestions?.[0]).toBe("Thomas Brennan");
  });
});
