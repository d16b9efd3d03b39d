import { slashCommand } from "../discord/kit/builders.ts";
import { presentReply } from "../discord/kit/present.ts";
import type { Command } from "../discord/kit/types.ts";
import { entry } from "../src/catalogue.ts";

export default {
  data: slashCommand(entry("positions")).toJSON(),
  cooldown: true,
  execute(input, { engine, corpusVersion }) {
    const topic = typeof input.options.topic === "string" ? input.options.topic : undefined;
    return presentReply(engine.positions(topic), { corpusVersion });
  },
} satisfies Command;
