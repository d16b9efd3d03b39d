import { SlashCommandBuilder } from "discord.js";
import { presentReply } from "../bot/present.ts";
import type { Command } from "../bot/types.ts";
import { MAX_QUESTION_LENGTH } from "../src/engine.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask about the story; the answer is its own sentences, quoted and cited.")
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription("Your question, e.g. Who did Khamenei say would not negotiate?")
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer."))
    .addUserOption((o) =>
      o.setName("mention").setDescription("Point the answer at someone (pings only them)."),
    )
    .toJSON(),
  cooldown: true,
  execute(input, { engine, corpusVersion }) {
    const reply = engine.ask(String(input.options.question ?? ""));
    const options: Parameters<typeof presentReply>[1] = {
      corpusVersion,
      ephemeral: input.options.private === true,
    };
    if (typeof input.options.mention === "string") options.mention = input.options.mention;
    return presentReply(reply, options);
  },
} satisfies Command;
