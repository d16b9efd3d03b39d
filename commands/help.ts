import { slashCommand } from "../discord/kit/builders.ts";
import type { Command } from "../discord/kit/types.ts";
import { commandsOn, entry } from "../src/catalogue.ts";

export default {
  data: slashCommand(entry("help")).toJSON(),
  execute() {
    const lines = commandsOn("discord").map((c) =>
      "onMessage" in c
        ? `**${c.name}** (right-click a message → Apps) — ${c.description}`
        : `**/${c.name}** — ${c.description}${"admin" in c ? " (members who may manage the server)" : ""}`,
    );
    return {
      ephemeral: true,
      embeds: [
        {
          title: "How to ask",
          description: [
            ...lines,
            "",
            "Every answer is sentences of the story quoted word for word, each with its citation " +
              "(the article's title, ¶paragraph.sentence). When the story doesn't say, newsdesk says so.",
            "Under an answer, 👍 or 👎 tells whoever keeps the story whether it helped; 👎 asks what was wrong.",
          ].join("\n"),
        },
      ],
    };
  },
} satisfies Command;
