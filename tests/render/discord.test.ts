import { describe, expect, it } from "vitest";
import { renderDiscord } from "../../src/render/discord.ts";
import { toBatchLine } from "../../src/render/json.ts";
import { DISCORD_LIMITS, escapeMarkdown, truncate } from "../../src/render/limits.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import type { CitedPassage, Reply } from "../../src/reply/types.ts";

const passage = (text: string, i = 0): CitedPassage => ({
  citation: `story ¶1.${i + 1}`,
  text,
  score: 1,
  passageId: i,
  articleTitle: "Story",
  url: "https://example.com/story",
});
const reply = (passages: CitedPassage[], query = "what happened?"): Reply => ({
  kind: "answer",
  query,
  answered: true,
  passages,
});

function embedTotal(payload: ReturnType<typeof renderDiscord>): number {
  return payload.embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0),
    0,
  );
}

describe("renderDiscord", () => {
  // Mentions are off in the reply helper (prepare, tests/bot/respond.test.ts), the one place a message leaves.
  it("GIVEN an answer THEN each passage is quoted, cited by its article's title, its URL left to a link button", () => {
    const payload = renderDiscord(reply([passage("The council approved the budget.")]));
    expect(payload.embeds[0]?.description).toContain("> The council approved the budget.");
    expect(payload.embeds[0]?.description).toContain("— *Story* ¶1.1");
    // The source is a link button under the message (firstPage, tests/bot/commands.test.ts).
    expect(payload.embeds[0]?.description).not.toContain("https://example.com/story");
  });

  it("GIVEN a sentence of a Markdown article THEN it is quoted as its readers see it: no bold or italic markers, no link targets", () => {
    const bold = [passage("**Let's talk about the federation.", 0), passage("Why now?**", 1)];
    const text = renderDiscord(reply(bold)).embeds[0]?.description ?? "";
    expect(text).toContain("> Let's talk about the federation.\n");
    expect(text).toContain("> Why now?\n");
    const marked = passage(
      "She said *never* again, citing [the report](https://example.com/r), and A* grades.",
    );
    expect(renderDiscord(reply([marked])).embeds[0]?.description).toContain(
      "> She said never again, citing the report, and A\\* grades.",
    );
    expect(renderTerminal(reply(bold))).toContain("“Let's talk about the federation.”");
    // The batch output, which scorers match against the corpus, keeps the passage as stored.
    expect(toBatchLine(1, reply(bold)).passages[0]?.text).toBe("**Let's talk about the federation.");
  });

  it("GIVEN a title with markdown, or none of its own, THEN the citation shows it escaped, or the citation id", () => {
    const titled = { ...passage("Text."), articleTitle: `**Big** _news_ @everyone ${"long ".repeat(40)}` };
    const text = renderDiscord(reply([titled])).embeds[0]?.description ?? "";
    expect(text).toContain("— *\\*\\*Big\\*\\* \\_news\\_ @\u200beveryone long");
    expect(text).toMatch(/…\* ¶1\.1/);
    const untitled = { ...passage("Text."), articleTitle: "story" };
    expect(renderDiscord(reply([untitled])).embeds[0]?.description).toContain("— *story ¶1.1*");
  });

  it("GIVEN a timeline THEN entries lead with their date and actor, with no kind label", () => {
    const dated: CitedPassage = {
      ...passage("Following his withdrawal in 2018, Iran exceeded the limits."),
      kind: "event",
      dates: ["2018"],
      actor: "Donald Trump",
    };
    const span: CitedPassage = {
      ...passage("During his tenure from 2017 to 2021, he left.", 1),
      kind: "event",
    };
    span.dates = ["from 2017 to 2021"];
    const undated: CitedPassage = { ...passage("He spoke.", 2), kind: "event", actor: "Ali Khamenei" };
    const text =
      renderDiscord({ ...reply([dated, span, undated]), kind: "timeline", query: "" }).embeds[0]
        ?.description ?? "";
    expect(text).toContain("> **2018 — Donald Trump:** Following his withdrawal in 2018");
    expect(text).toContain("> **2017 to 2021** — During his tenure");
    expect(text).toContain("> **Ali Khamenei:** He spoke.");
    expect(text).not.toMatch(/\*\*event/);
  });

  it("GIVEN an actor card THEN positions and events are sections, not a label on each quote", () => {
    const position: CitedPassage = { ...passage("She warned that time is running out."), kind: "position" };
    const event: CitedPassage = {
      ...passage("She visited Tehran.", 1),
      kind: "event",
      dates: ["April 7, 2018"],
    };
    const text =
      renderDiscord({
        ...reply([event, position]),
        kind: "actor",
        actor: { name: "Rafael Grossi", aliases: [] },
      }).embeds[0]?.description ?? "";
    expect(text).toContain("**Positions**\n> She warned");
    expect(text).toContain("**Events**\n> **April 7, 2018** — She visited Tehran.");
    expect(text).not.toMatch(/\*\*(position|event)\b/);
  });

  it("GIVEN a very long passage THEN the embed stays within every limit", () => {
    const payload = renderDiscord(reply([passage("word ".repeat(3000))], "q".repeat(1000)));
    const embed = payload.embeds[0];
    expect(embed?.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed?.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embedTotal(payload)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
  });

  it("GIVEN many passages THEN whole passages are shown, the rest counted, and limits kept", () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      passage(`Sentence number ${i} ${"is long ".repeat(20)}`, i),
    );
    const payload = renderDiscord(reply(many));
    expect(embedTotal(payload)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
    expect(payload.embeds[0]?.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(payload.embeds[0]?.footer?.text).toMatch(/\d+ more not shown$/);
  });

  it("GIVEN a question holding @everyone and markdown THEN it is shown escaped", () => {
    const payload = renderDiscord(reply([], "@everyone **bold** <@123>"));
    expect(payload.embeds[0]?.title).not.toContain("@everyone");
    expect(payload.embeds[0]?.title).toContain("\\*\\*bold\\*\\*");
  });
});

describe("limits helpers", () => {
  it("GIVEN text longer than the limit THEN truncate ends with an ellipsis at the limit", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abc", 4)).toBe("abc");
  });
  it("GIVEN a surrogate pair at the cut THEN truncate does not split it", () => {
    expect(truncate("ab😀cd", 4)).toBe("ab…");
  });
  it("GIVEN markdown THEN escapeMarkdown escapes it", () => {
    expect(escapeMarkdown("*a* _b_ `c` @here")).toBe("\\*a\\* \\_b\\_ \\`c\\` @\u200bhere");
  });
});

describe("renderTerminal", () => {
  it("GIVEN an unanswered reply THEN it says so and shows the citations", () => {
    const text = renderTerminal({
      ...reply([passage("Nearest.")]),
      answered: false,
      message: "The story doesn't say.",
    });
    expect(text).toContain("The story doesn't say.");
    expect(text).toContain("— story ¶1.1");
  });
});
