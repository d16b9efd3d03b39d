import { describe, expect, it } from "vitest";
import { Exchange, embedLength, prepare, prepareChoices, respond } from "../../bot/respond.ts";
import { DISCORD_LIMITS } from "../../src/render/limits.ts";
import { recordingTransport } from "./fakes.ts";

describe("prepare", () => {
  it("GIVEN any message THEN it pings no one (parse is empty)", () => {
    expect(prepare({ content: "@everyone <@&123456789012345678>", embeds: [] }).allowed_mentions).toEqual({
      parse: [],
    });
  });

  it("GIVEN pingUsers THEN only those users may be pinged", () => {
    const prepared = prepare({
      content: "<@123456789012345678>",
      embeds: [],
      pingUsers: ["123456789012345678", "x"],
    });
    expect(prepared.allowed_mentions).toEqual({ parse: [], users: ["123456789012345678"] });
  });

  it("GIVEN oversize texts THEN every limit holds", () => {
    const long = "é".repeat(10_000);
    const prepared = prepare({
      content: long,
      embeds: Array.from({ length: 12 }, () => ({
        title: long,
        description: long,
        footer: { text: long },
        fields: Array.from({ length: 30 }, () => ({ name: long, value: long })),
      })),
    });
    expect(prepared.content).toHaveLength(2000);
    expect(prepared.embeds.length).toBeLessThanOrEqual(10);
    const total = prepared.embeds.reduce((sum, e) => sum + embedLength(e), 0);
    expect(total).toBeLessThanOrEqual(6000);
    for (const embed of prepared.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
      for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    }
  });

  it("GIVEN buttons THEN rows of 5, labels of 80, bad links left out", () => {
    const prepared = prepare({
      embeds: [],
      buttons: [
        ...Array.from({ length: 7 }, (_, i) => ({
          kind: "action" as const,
          label: "x".repeat(100),
          customId: `id${i}`,
        })),
        { kind: "link", label: "Source", url: "javascript:alert(1)" },
        { kind: "link", label: "Source", url: "https://example.com/a" },
      ],
    });
    expect(prepared.components.map((r) => r.components.length)).toEqual([5, 3]);
    expect(prepared.components[0]?.components[0]).toMatchObject({ label: `${"x".repeat(79)}…` });
    expect(prepared.components[1]?.components[2]).toMatchObject({ style: 5, url: "https://example.com/a" });
  });

  it("GIVEN ephemeral THEN the ephemeral flag is set", () => {
    expect(prepare({ content: "hi", embeds: [], ephemeral: true }).flags).toBe(64);
  });
});

// The domain suggests actors (any number, names of any length); Discord's limits are applied here.
describe("prepareChoices", () => {
  it("GIVEN more and longer choices than Discord takes THEN as many and as long as DISCORD_LIMITS allows", () => {
    const long = "x".repeat(150);
    const choices = prepareChoices(
      Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${long}`, value: long })),
    );
    expect(choices).toHaveLength(DISCORD_LIMITS.choices);
    expect(choices[0]?.name).toHaveLength(DISCORD_LIMITS.choiceName);
    expect(choices[0]?.name.endsWith("…")).toBe(true);
    expect(choices[0]?.value).toBe(long.slice(0, DISCORD_LIMITS.choiceValue));
  });
});

describe("respond", () => {
  it("GIVEN a fresh, a deferred and an answered interaction THEN reply, edit and follow-up are used", async () => {
    const fresh = new Exchange(recordingTransport());
    await respond(fresh, { content: "a", embeds: [] });
    await respond(fresh, { content: "b", embeds: [] });
    expect((fresh.transport as ReturnType<typeof recordingTransport>).sent.map((s) => s.via)).toEqual([
      "reply",
      "followUp",
    ]);
    const deferred = new Exchange(recordingTransport());
    deferred.state = "deferred";
    await respond(deferred, { content: "a", embeds: [] });
    expect((deferred.transport as ReturnType<typeof recordingTransport>).sent.map((s) => s.via)).toEqual([
      "editOriginal",
    ]);
  });
});
