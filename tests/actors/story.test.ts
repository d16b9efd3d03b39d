import { describe, expect, it } from "vitest";
import { actorsOf } from "../../src/actors/extract.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine } from "../../src/engine.ts";
import { passageDoc } from "../../src/search/index.ts";

const engine = createEngine(loadCorpus("corpus"));
const texts = (name: string) => engine.who(name).passages.map((p) => p.text);
const has = (list: string[], start: string) => list.some((t) => t.startsWith(start));

describe("who on the story", () => {
  it("GIVEN the story WHEN asking who Khamenei is THEN every sentence about him, the pronoun one included, in story order", () => {
    const reply = engine.who("Khamenei");
    expect(reply.answered).toBe(true);
    expect(reply.actor?.name).toMatch(/Ali Khamenei/);
    const found = reply.passages.map((p) => p.text.slice(0, 30));
    expect(found).toEqual([
      "Ayatollah Ali Khamenei of Iran",
      "During a meeting with senior I",
      "He noted that Washington’s off",
      "Khamenei emphasized that for t",
      "In summary, Ayatollah Khamenei",
    ]);
    expect(reply.passages.every((p) => p.kind === "position")).toBe(true);
  });

  it("GIVEN the story WHEN asking who Trump is THEN his tenure and withdrawal sentences are there, marked events with their dates", () => {
    const reply = engine.who("Trump");
    expect(reply.actor?.name).toBe("Donald Trump");
    expect(reply.actor?.role).toMatch(/president/i);
    const list = reply.passages.map((p) => p.text);
    expect(has(list, "Former President Trump’s renewed")).toBe(true);
    expect(has(list, "Former President Donald Trump, while")).toBe(true);
    const tenure = reply.passages.find((p) => p.text.startsWith("During his tenure"));
    expect(tenure?.kind).toBe("event");
    expect(tenure?.dates).toEqual(["from 2017 to 2021"]);
    const withdrawal = reply.passages.find((p) => p.text.startsWith("Following his withdrawal"));
    expect(withdrawal?.dates).toEqual(["2018"]);
    expect(list).toHaveLength(4);
    const ids = reply.passages.map((p) => p.passageId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("GIVEN the story WHEN asking who Grossi is THEN his one sentence, the role as the article states it, and none of Khamenei's", () => {
    const reply = engine.who("Grossi");
    expect(reply.actor?.name).toBe("Rafael Grossi");
    expect(reply.actor?.role).toBe("the head of the U.N. nuclear watchdog");
    expect(reply.passages.map((p) => p.text.slice(0, 20))).toEqual(["Rafael Grossi, the h"]);
    expect(reply.passages[0]?.kind).toBe("position");
    expect(texts("Grossi").some((t) => /Khamenei|He noted/.test(t))).toBe(false);
  });

  it("GIVEN misspelt or lower-case names WHEN asking who THEN the same actor is found", () => {
    expect(engine.who("grosi").actor?.name).toBe("Rafael Grossi");
    expect(engine.who("khameni").actor?.name).toMatch(/Khamenei/);
    expect(engine.who("donald trump").actor?.name).toBe("Donald Trump");
    expect(engine.who("Trump’s").actor?.name).toBe("Donald Trump");
  });

  it("GIVEN a name not in the story WHEN asking who THEN not in the story, with the closest actor names", () => {
    const reply = engine.who("Vladimir Putin");
    expect(reply.answered).toBe(false);
    expect(reply.passages).toEqual([]);
    expect(reply.message).toMatch(/not in the story/);
    // Nothing in the story looks like "Vladimir Putin": no unrelated name is offered.
    expect(reply.suggestions).toBeUndefined();
    expect(engine.who("Grossman").suggestions?.[0]).toBe("Rafael Grossi");
  });

  it("GIVEN the story WHEN asking for the timeline THEN the 2017–2021 tenure comes before the 2018 withdrawal", () => {
    const reply = engine.timeline();
    expect(reply.kind).toBe("timeline");
    const order = reply.passages.map((p) => p.text);
    const tenure = order.findIndex((t) => t.startsWith("During his tenure"));
    const withdrawal = order.findIndex((t) => t.startsWith("Following his withdrawal"));
    expect(tenure).toBeGreaterThanOrEqual(0);
    expect(withdrawal).toBe(tenure + 1);
    expect(reply.passages.every((p) => p.kind === "event" && p.citation.includes("¶"))).toBe(true);
  });

  it("GIVEN the topic negotiations WHEN asking for positions THEN Khamenei rejects talks and Trump is open to a deal, each cited", () => {
    const reply = engine.positions("negotiations");
    expect(reply.kind).toBe("positions");
    const by = (name: RegExp) => reply.passages.filter((p) => name.test(p.actor ?? ""));
    expect(by(/Khamenei/).some((p) => p.text.includes("negotiations with the U.S. under pressure"))).toBe(
      true,
    );
    expect(by(/Trump/).some((p) => p.text.includes("openness to a deal"))).toBe(true);
    expect(reply.passages.some((p) => p.text.includes("strictly for peaceful purposes"))).toBe(false);
  });

  it("GIVEN the engine WHEN the search index is built THEN pronoun sentences carry the actor they point to", () => {
    const noted = engine.corpus.passages.find((p) => p.text.startsWith("He noted"));
    if (!noted) throw new Error("no 'He noted' sentence");
    const khamenei = engine.who("Khamenei").actor;
    // The name first, then the role and titles, so "what did the Supreme Leader note" finds it too.
    expect(actorsOf(engine.corpus).links(noted)).toEqual([khamenei?.name, khamenei?.role, "Ayatollah"]);
    // Whatever the index calls the field, the passage is known by the name its pronoun points to.
    const doc = passageDoc(engine.index, noted.id) as unknown as Record<string, unknown>;
    const sets = Object.values(doc).filter((v): v is Set<string> => v instanceof Set);
    expect(sets.some((set) => set.has("khamenei"))).toBe(true);
  });
});
