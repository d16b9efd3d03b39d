import { SlashCommandBuilder } from "discord.js";
import { presentReply } from "../bot/present.ts";
import type { Command } from "../bot/types.ts";
import { UserError } from "../src/reply/errors.ts";
import type { Reply } from "../src/reply/types.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("positions")
    .setDescription("Who stands where in the story, each position quoted and cited.")
    .addStringOption((o) =>
      o.setName("topic").setDescription("Narrow to a topic, e.g. negotiations").setMaxLength(100),
    )
    .toJSON(),
  cooldown: true,
  execute(input, { engine, corpusVersion }) {
    // The engine's positions come with the actors work; until then say so plainly.
    const positions = (engine as { positions?: (topic?: string) => Reply }).positions;
    if (typeof positions !== "function")
      throw new UserError("Positions are not available in this version yet.");
    const topic = typeof input.options.topic === "string" ? input.options.topic : undefined;
    return presentReply(positions.call(engine, topic), { corpusVersion });
  },
} satisfies Command;
