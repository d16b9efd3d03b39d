import { setTimeout as sleep } from "node:timers/promises";
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  Routes,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type InteractionHandle,
  MANAGER_PERMISSIONS,
  opt,
  type Standin,
  startStandin,
} from "./discord-standin/index.ts";

let standin: Standin;
let client: Client;
/** What the "bot" under test does with the next interaction; each test installs its own. */
let respond: (interaction: Interaction) => Promise<void> = async () => {};
const listenerErrors: unknown[] = [];

function once<T extends unknown[]>(event: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    client.once(event, (...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args as T);
    });
  });
}

function ask(question = "Who wrote it?"): InteractionHandle {
  return standin.sendInteraction(
    standin.build.chatInput({ name: "ask", options: [opt.string("question", question)] }),
  );
}

beforeAll(async () => {
  standin = await startStandin({ heartbeatIntervalMs: 500 });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    respond(interaction).catch((error: unknown) => listenerErrors.push(error));
  });
  const ready = once(Events.ClientReady);
  await client.login(standin.token);
  await ready;
});

afterEach(() => {
  respond = async () => {};
  standin.clearFaults();
  expect(listenerErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await client?.destroy();
  await standin?.close();
});

describe("discord-standin with a real discord.js Client", () => {
  it("logs the client in: READY, GUILD_CREATE, identify with the Guilds intent, heartbeats acked", async () => {
    expect(client.user?.id).toBe(standin.applicationId);
    expect(client.application?.id).toBe(standin.applicationId);
    expect(client.guilds.cache.get(standin.guildId)?.channels.cache.has(standin.channelId)).toBe(true);
    expect(standin.gateway.identifies).toHaveLength(1);
    expect(standin.gateway.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds);
    expect(
      standin.requests.some((request) => request.path === "/gateway/bot" && request.status === 200),
    ).toBe(true);
    await expect.poll(() => standin.gateway.heartbeats, { timeout: 3000 }).toBeGreaterThan(0);
  });

  it("delivers a chat-input command with typed options and records the reply with allowed_mentions", async () => {
    let seen: Record<string, unknown> = {};
    respond = async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error(`unexpected ${interaction.type}`);
      seen = {
        name: interaction.commandName,
        question: interaction.options.getString("question"),
        private: interaction.options.getBoolean("private"),
        about: interaction.options.getUser("about")?.username,
        guild: interaction.guildId,
        channel: interaction.channelId,
        user: interaction.user.id,
      };
      await interaction.reply({ content: "pong", allowedMentions: { parse: [] } });
    };
    const handle = standin.sendInteraction(
      standin.build.chatInput({
        name: "ask",
        options: [
          opt.string("question", "Who?"),
          opt.boolean("private", true),
          opt.user("about", standin.world.otherUser),
        ],
      }),
    );
    const callback = await handle.callback();
    expect(seen).toEqual({
      name: "ask",
      question: "Who?",
      private: true,
      about: "editor",
      guild: standin.guildId,
      channel: standin.channelId,
      user: standin.world.defaultUser.id,
    });
    expect(callback.callbackType).toBe(4);
    expect(callback.data?.content).toBe("pong");
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(callback.elapsedMs).toBeLessThan(3000);
    expect(handle.original?.content).toBe("pong");
  });

  it("answers a second callback with 40060 and a malformed one with 50035, as Discord does", async () => {
    respond = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const tooLong = await interaction.reply({ content: "x".repeat(2001) }).catch((error: unknown) => error);
      expect(tooLong).toBeInstanceOf(DiscordAPIError);
      expect((tooLong as DiscordAPIError).code).toBe(50035);
      await interaction.reply({ content: "short" });
      const again = await client.rest
        .post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: { type: 4, data: { content: "twice" } },
          auth: false,
        })
        .catch((error: unknown) => error);
      expect((again as DiscordAPIError).code).toBe(40060);
      expect((again as DiscordAPIError).status).toBe(400);
    };
    const handle = ask();
    await handle.waitFor((event) => event.errorCode === 40060);
    expect(handle.events.map((event) => [event.status, event.errorCode])).toEqual([
      [400, 50035],
      [204, null],
      [400, 40060],
    ]);
  });

  it("records deferReply then editReply, and the loading message becomes the answer", async () => {
    respond = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await sleep(20);
      await interaction.editReply({ content: "done" });
    };
    const handle = ask();
    expect((await handle.callback()).callbackType).toBe(5);
    const edit = await handle.waitFor("edit");
    expect(edit.data?.content).toBe("done");
    expect(handle.original?.content).toBe("done");
    expect((handle.original?.flags ?? 0) & MessageFlags.Loading).toBe(0);
    expect((handle.original?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it("records follow-ups and uploaded files sent as multipart", async () => {
    respond = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({
        content: "see file",
        files: [{ attachment: Buffer.from("quote"), name: "quote.txt" }],
      });
      await interaction.followUp({ content: "more", flags: MessageFlags.Ephemeral });
    };
    const handle = ask();
    const callback = await handle.callback();
    expect(callback.files.map((file) => [file.name, file.data.toString()])).toEqual([["quote.txt", "quote"]]);
    expect(handle.original?.attachments.map((attachment) => attachment.filename)).toEqual(["quote.txt"]);
    await handle.waitFor("followup");
    expect(handle.followUps.map((message) => [message.content, message.flags])).toEqual([
      ["more", MessageFlags.Ephemeral],
    ]);
  });

  it("delivers a button click on an earlier reply and records the update", async () => {
    respond = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId("sources").setLabel("Sources").setStyle(ButtonStyle.Secondary),
      );
      await interaction.reply({ content: "answer", components: [row] });
    };
    const first = ask();
    await first.callback();
    const original = first.original;
    if (!original) throw new Error("no original message");

    let clicked = "";
    respond = async (interaction) => {
      if (!interaction.isButton()) return;
      clicked = `${interaction.customId} on ${interaction.message.id}`;
      await interaction.update({ content: "answer with sources", components: [] });
    };
    const click = standin.sendInteraction(standin.build.button({ customId: "sources", message: original }));
    const callback = await click.callback();
    expect(clicked).toBe(`sources on ${original.id}`);
    expect(callback.callbackType).toBe(7);
    expect(click.original?.id).toBe(original.id);
    expect(click.original?.content).toBe("answer with sources");
    expect(first.original?.content).toBe("answer with sources");
  });

  it("delivers autocomplete and records the choices", async () => {
    respond = async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `${typed}mate`, value: "climate" }]);
    };
    const handle = standin.sendInteraction(
      standin.build.autocomplete({ name: "ask", focused: { name: "topic", value: "cli" } }),
    );
    const callback = await handle.callback();
    expect(callback.callbackType).toBe(8);
    expect(callback.data?.choices).toEqual([{ name: "climate", value: "climate" }]);
  });

  it("records a modal (type 9) built with labels, and refuses one Discord would refuse with 50035", async () => {
    const modal = (title: string) =>
      new ModalBuilder()
        .setCustomId("why")
        .setTitle(title)
        .addLabelComponents(
          new LabelBuilder()
            .setLabel("What was wrong?")
            .setStringSelectMenuComponent(
              new StringSelectMenuBuilder()
                .setCustomId("reason")
                .addOptions(
                  { label: "Wrong passage", value: "wrong-passage" },
                  { label: "Other", value: "other" },
                ),
            ),
          new LabelBuilder()
            .setLabel("Note")
            .setTextInputComponent(
              new TextInputBuilder().setCustomId("note").setStyle(TextInputStyle.Paragraph).setMaxLength(300),
            ),
        );
    let refused: unknown;
    respond = async (interaction) => {
      if (!interaction.isButton()) return;
      // Built by hand past the builder's own checks: a title of 46 characters.
      refused = await client.rest
        .post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: { type: 9, data: { ...modal("x").toJSON(), title: "x".repeat(46) } },
          auth: false,
        })
        .catch((error: unknown) => error);
      await interaction.showModal(modal("What was wrong?"));
    };
    const click = standin.sendInteraction(standin.build.button({ customId: "down" }));
    const callback = await click.callback();
    expect((refused as DiscordAPIError).code).toBe(50035);
    expect(callback.callbackType).toBe(9);
    expect(callback.data).toMatchObject({ custom_id: "why", title: "What was wrong?" });
  });

  it("delivers a modal submission in the modal's layout, read by discord.js's fields, with member permissions", async () => {
    let seen: Record<string, unknown> = {};
    respond = async (interaction) => {
      if (!interaction.isModalSubmit()) return;
      seen = {
        customId: interaction.customId,
        reason: interaction.fields.getStringSelectValues("reason"),
        note: interaction.fields.getTextInputValue("note"),
        manages: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild),
      };
      await interaction.reply({ content: "thanks", flags: MessageFlags.Ephemeral });
    };
    const modal = {
      custom_id: "why",
      title: "What was wrong?",
      components: [
        { type: 18, label: "Why", component: { type: 3, custom_id: "reason", options: [] } },
        { type: 18, label: "Note", component: { type: 4, custom_id: "note", style: 2 } },
      ],
    };
    const handle = standin.sendInteraction(
      standin.build.modalSubmit({
        customId: "why",
        modal,
        values: { reason: ["other"], note: "x".repeat(10_000) },
        permissions: MANAGER_PERMISSIONS,
      }),
    );
    const callback = await handle.callback();
    expect(seen).toEqual({ customId: "why", reason: ["other"], note: "x".repeat(10_000), manages: true });
    expect(callback).toMatchObject({ callbackType: 4, data: { content: "thanks", flags: 64 } });
  });

  it("delivers a message context-menu command with the resolved target message", async () => {
    respond = async (interaction) => {
      if (!interaction.isMessageContextMenuCommand()) return;
      await interaction.reply({ content: `about ${interaction.targetMessage.content}` });
    };
    const handle = standin.sendInteraction(
      standin.build.messageCommand({
        name: "Ask newsdesk",
        target: { content: "https://example.com/story" },
      }),
    );
    expect((await handle.callback()).data?.content).toBe("about https://example.com/story");
  });

  it("registers commands with ids that later interactions carry", async () => {
    const registered = await client.application?.commands.set([
      {
        name: "ask",
        description: "Ask about the story",
        options: [{ type: 3, name: "question", description: "?", required: true }],
      },
    ]);
    const id = registered?.first()?.id;
    expect(id).toMatch(/^\d{17,20}$/);
    expect(standin.registeredCommands().map((command) => command.name)).toEqual(["ask"]);
    const guildCommands = await client.guilds.cache
      .get(standin.guildId)
      ?.commands.set([{ name: "Ask newsdesk", type: 3 }]);
    expect(guildCommands?.size).toBe(1);
    await expect(
      client.application?.commands.set([{ name: "Ask", description: "upper case" }]),
    ).rejects.toMatchObject({ code: 50035 });

    let commandId = "";
    respond = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      commandId = interaction.commandId;
      await interaction.reply("ok");
    };
    await ask().callback();
    expect(commandId).toBe(id);
  });

  it("checks the bot token on REST and answers unknown routes like Discord", async () => {
    const anonymous = await fetch(`${standin.apiUrl}/v10/users/@me`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ message: "401: Unauthorized", code: 0 });
    const me = await fetch(`${standin.apiUrl}/v10/users/@me`, {
      headers: { authorization: `Bot ${standin.token}` },
    });
    expect(((await me.json()) as { id: string }).id).toBe(standin.applicationId);
    const missing = await fetch(`${standin.apiUrl}/v10/nope`, {
      headers: { authorization: `Bot ${standin.token}` },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: "404: Not Found", code: 0 });
  });

  it("retries through an injected 429 on the callback route and a 500 on the edit route", async () => {
    standin.failNext("POST /interactions/:id/:token/callback", { status: 429, retryAfter: 0.2 });
    standin.failNext("PATCH /webhooks/:appId/:token/messages/@original", { status: 500 });
    respond = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply("after retries");
    };
    const handle = ask();
    const callback = await handle.callback();
    await handle.waitFor("edit");
    const [limited, , failedEdit] = handle.events;
    expect(limited).toMatchObject({ kind: "callback", status: 429, injected: true });
    expect(callback.elapsedMs - (limited?.elapsedMs ?? 0)).toBeGreaterThanOrEqual(200);
    expect(failedEdit).toMatchObject({ kind: "edit", status: 500, injected: true });
    expect(handle.original?.content).toBe("after retries");
  });

  it("answers 10062 Unknown interaction to a callback after the 3 s deadline", {
    timeout: 10_000,
  }, async () => {
    respond = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await sleep(3100);
      await interaction.reply("too late").catch(() => {});
    };
    const handle = ask();
    const late = await handle.waitFor((event) => event.kind === "callback", 6000);
    expect(late).toMatchObject({ ok: false, status: 404, errorCode: 10062 });
    expect(handle.acknowledgement).toBeNull();
  });

  it("replays an interaction sent while the socket was down after the client resumes", async () => {
    respond = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("back");
    };
    const resumed = once(Events.ShardResume);
    standin.dropGatewayConnections();
    const handle = ask();
    await resumed;
    expect((await handle.callback()).data?.content).toBe("back");
    expect(standin.gateway.resumes).toBe(1);
    expect(standin.gateway.identifies).toHaveLength(1);
  });

  it("resumes after an op 7 Reconnect request", async () => {
    const resumed = once(Events.ShardResume);
    standin.requestReconnect();
    await resumed;
    expect(standin.gateway.resumes).toBe(2);
    respond = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("still here");
    };
    expect((await ask().callback()).data?.content).toBe("still here");
  });

  it("forces a fresh IDENTIFY when the session is not resumable", { timeout: 20_000 }, async () => {
    respond = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("new session");
    };
    standin.dropGatewayConnections({ resumable: false });
    await standin.waitForGatewayReady(15_000);
    expect(standin.gateway.invalidSessions).toBe(1);
    expect(standin.gateway.identifies).toHaveLength(2);
    expect((await ask().callback()).data?.content).toBe("new session");
  });
});
