import { slashCommand } from "../discord/kit/builders.ts";
import { presentReply } from "../discord/kit/present.ts";
import type { Command } from "../discord/kit/types.ts";
import { entry } from "../src/catalogue.ts";

export default {
  data: slashCommand(entry("timeline")).toJSON(),
  cooldown: true,
  execute(_input, { engine, corpusVersion }) {
    return presentReply(engine.timeline(), { corpusVersion });
  },
} satisfies Command;
