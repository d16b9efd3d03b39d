import { SlashCommandBuilder } from "discord.js";
import { presentReply } from "../bot/present.ts";
import type { Command } from "../bot/types.ts";
import { UserError } from "../src/reply/errors.ts";
import type { Reply } from "../src/reply/types.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("timeline")
    .setDescription("What happened, in the order the story dates it, each event cited.")
    .toJSON(),
  cooldown: true,
  execute(_input, { engine, corpusVersion }) {
    // The engine's timeline comes with the actors work; until then say so plainly.
    const timeline = (engine as { timeline?: () => Reply }).timeline;
    if (typeof timeline !== "function")
      throw new UserError("The timeline is not available in this version yet.");
    return presentReply(timeline.call(engine), { corpusVersion });
  },
} satisfies Command;
