import { ApplicationCommandType, SlashCommandBuilder } from "discord.js";
import type { Command } from "../bot/types.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("help")
    .setDescription("What newsdesk can do and how to ask.")
    .toJSON(),
  execute(_input, { commands }) {
    const lines = commands.map((c) => {
      if (c.data.type === ApplicationCommandType.Message) {
        return `**${c.data.name}** (right-click a message → Apps) — the story's passages that bear on that message.`;
      }
      const description = "description" in c.data ? c.data.description : "";
      return `**/${c.data.name}** — ${description}`;
    });
    return {
      ephemeral: true,
      embeds: [
        {
          title: "How to ask",
          description: [
            ...lines,
            "",
            "Every answer is sentences of the story quoted word for word, each with its citation " +
              "(article ¶paragraph.sentence). When the story doesn't say, newsdesk says so.",
          ].join("\n"),
        },
      ],
    };
  },
} satisfies Command;
