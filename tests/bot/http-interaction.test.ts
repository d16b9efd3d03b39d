import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
} from "discord.js";
import { describe, expect, it } from "vitest";
import { decodeInteraction } from "../../bot/http-interaction.ts";
import { feedbackModal } from "../../discord/components/feedback-form.ts";
import { InteractionBuilders, opt } from "../support/discord-standin/builders.ts";
import { CommandRegistry } from "../support/discord-standin/commands.ts";
import { createWorld, MEMBER_PERMISSIONS } from "../support/discord-standin/world.ts";

const world = createWorld({});
const build = new InteractionBuilders(world, new CommandRegistry(world.applicationId));
const reader = world.defaultUser.id;
const where = { guildId: world.guildId, channelId: world.channelId };
type Json = Record<string, unknown>;
/** A payload as JSON carries it (the builders' objects, with their optional fields, become plain data). */
const json = (payload: unknown): Json => JSON.parse(JSON.stringify(payload));

describe("HTTP interactions decoded", () => {
  it("GIVEN a PING THEN ping, whatever else it holds", () => {
    expect(decodeInteraction({ type: InteractionType.Ping })).toBe("ping");
    expect(decodeInteraction({ id: "1", type: InteractionType.Ping, application_id: "1", token: "t" })).toBe(
      "ping",
    );
  });

  it("GIVEN the stand-in's slash command THEN the command with its options, the member's permissions and where", () => {
    const payload = json(
      build.chatInput({
        name: "ask",
        options: [opt.string("question", "Who?"), opt.boolean("private", true)],
      }),
    );
    expect(decodeInteraction(payload)).toEqual({
      applicationId: world.applicationId,
      token: payload.token,
      incoming: {
        kind: "command",
        id: payload.id,
        userId: reader,
        ...where,
        commandName: "ask",
        commandType: ApplicationCommandType.ChatInput,
        input: {
          user: { id: reader },
          memberPermissions: MEMBER_PERMISSIONS,
          options: { question: "Who?", private: true },
        },
      },
    });
  });

  it("GIVEN a user option and a subcommand THEN the user's id, and the subcommand's options flattened", () => {
    const payload = json(
      build.chatInput({
        name: "ask",
        options: [opt.subcommand("sub", [opt.user("mention", world.otherUser)])],
      }),
    );
    const decoded = decodeInteraction(payload);
    expect(
      decoded !== "ping" && decoded?.incoming.kind === "command" && decoded.incoming.input.options,
    ).toEqual({
      mention: world.otherUser.id,
    });
  });

  it("GIVEN the stand-in's message command THEN the target message's id and text", () => {
    const payload = json(
      build.messageCommand({ name: "Check against the story", target: { content: "Grossi warned" } }),
    );
    const decoded = decodeInteraction(payload);
    const target = (payload.data as { target_id: string }).target_id;
    expect(decoded !== "ping" && decoded?.incoming).toMatchObject({
      kind: "command",
      commandName: "Check against the story",
      commandType: ApplicationCommandType.Message,
      input: { options: {}, targetMessage: { id: target, content: "Grossi warned" } },
    });
  });

  it("GIVEN the stand-in's autocomplete, in a subcommand or not THEN the option being typed", () => {
    for (const subcommand of [undefined, "sub"]) {
      const payload = json(
        build.autocomplete({
          name: "who",
          focused: { name: "actor", value: "gro" },
          ...(subcommand ? { subcommand } : {}),
        }),
      );
      const decoded = decodeInteraction(payload);
      expect(decoded !== "ping" && decoded?.incoming).toEqual({
        kind: "autocomplete",
        id: payload.id,
        userId: reader,
        ...where,
        commandName: "who",
        focused: { name: "actor", value: "gro" },
      });
    }
  });

  it("GIVEN the stand-in's button THEN its custom id", () => {
    const payload = json(build.button({ customId: "nd1:p:abcd:8" }));
    expect(decodeInteraction(payload)).toMatchObject({
      incoming: { kind: "button", id: payload.id, userId: reader, ...where, customId: "nd1:p:abcd:8" },
    });
  });

  it("GIVEN the stand-in's form submissions (the 👎 form's labels, plain labels, action rows) THEN the fields' values", () => {
    const modal = feedbackModal("1234567890123456789");
    const values = { reason: ["other"], note: "see ¶2" };
    const labels = json(build.modalSubmit({ customId: modal.custom_id, modal, values }));
    expect(decodeInteraction(labels)).toMatchObject({
      incoming: { kind: "modal", customId: "nd1:w:1234567890123456789", values },
    });
    expect(decodeInteraction(json(build.modalSubmit({ customId: "f", values })))).toMatchObject({
      incoming: { kind: "modal", values },
    });
    const rows = {
      components: [
        {
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.TextInput, custom_id: "note", value: "n" }],
        },
      ],
    };
    expect(
      decodeInteraction(json(build.modalSubmit({ customId: "f", modal: rows, values: { note: "n" } }))),
    ).toMatchObject({
      incoming: { kind: "modal", values: { note: "n" } },
    });
  });

  it("GIVEN an interaction in a DM THEN the user's id, and no server or channel", () => {
    const {
      member: _member,
      guild_id: _guild,
      channel_id: _channel,
      ...rest
    } = json(build.chatInput({ name: "help" }));
    const decoded = decodeInteraction({ ...rest, user: world.defaultUser });
    expect(decoded !== "ping" && decoded?.incoming).toMatchObject({
      userId: reader,
      guildId: null,
      channelId: null,
      input: { user: { id: reader }, options: {} },
    });
    expect(
      decoded !== "ping" && decoded?.incoming.kind === "command" && decoded.incoming.input,
    ).not.toHaveProperty("memberPermissions");
  });

  const ask = () => json(build.chatInput({ name: "ask", options: [opt.string("question", "Who?")] }));
  const without = (payload: Json, key: string) =>
    Object.fromEntries(Object.entries(payload).filter(([k]) => k !== key));
  const withData = (payload: Json, data: Json) => ({
    ...payload,
    data: { ...(payload.data as Json), ...data },
  });

  it.each<[string, () => unknown]>([
    ["JSON null", () => null],
    ["an array", () => [ask()]],
    ["a string", () => "interaction"],
    ["no type", () => without(ask(), "type")],
    ["a type written as text", () => ({ ...ask(), type: "2" })],
    ["an interaction type the bot does not answer", () => ({ ...ask(), type: 99 })],
    ["no id", () => without(ask(), "id")],
    ["an id that is a number", () => ({ ...ask(), id: 42 })],
    ["no token", () => without(ask(), "token")],
    ["an application id that is a number", () => ({ ...ask(), application_id: 1 })],
    ["no data", () => without(ask(), "data")],
    ["no user nor member", () => without(ask(), "member")],
    [
      "a member whose user id is a number",
      () => ({ ...ask(), member: { user: { id: 1 }, permissions: "0" } }),
    ],
    [
      "permissions that are not a bitfield",
      () => ({ ...ask(), member: { user: world.defaultUser, permissions: 8 } }),
    ],
    ["a guild id that is a number", () => ({ ...ask(), guild_id: 1 })],
    ["a command without a name", () => withData(ask(), { name: "" })],
    ["a command type written as text", () => withData(ask(), { type: "1" })],
    ["options that are not a list", () => withData(ask(), { options: { question: "Who?" } })],
    [
      "an option value that is an object",
      () =>
        withData(ask(), {
          options: [{ name: "question", type: ApplicationCommandOptionType.String, value: {} }],
        }),
    ],
    [
      "an option without a name",
      () => withData(ask(), { options: [{ type: ApplicationCommandOptionType.String, value: "Who?" }] }),
    ],
    [
      "a button whose custom id is a number",
      () => withData(json(build.button({ customId: "x" })), { custom_id: 1 }),
    ],
    [
      "a select menu",
      () =>
        withData(json(build.button({ customId: "x" })), {
          component_type: ComponentType.StringSelect,
          values: [],
        }),
    ],
    [
      "a form without its components",
      () => withData(json(build.modalSubmit({ customId: "f", values: {} })), { components: {} }),
    ],
    [
      "a form field whose values are not text",
      () =>
        withData(json(build.modalSubmit({ customId: "f", values: {} })), {
          components: [
            {
              type: ComponentType.Label,
              component: { type: ComponentType.StringSelect, custom_id: "reason", values: [1] },
            },
          ],
        }),
    ],
  ])("GIVEN %s THEN not an interaction the bot handles", (_what, payload) => {
    expect(decodeInteraction(payload())).toBeUndefined();
  });
});
