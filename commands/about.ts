import { slashCommand } from "../discord/kit/builders.ts";
import { presentAbout } from "../discord/kit/present.ts";
import type { Command } from "../discord/kit/types.ts";
import { entry } from "../src/catalogue.ts";

export default {
  data: slashCommand(entry("about")).toJSON(),
  execute(_input, { engine, corpusVersion }) {
    return presentAbout(engine, corpusVersion);
  },
} satisfies Command;
