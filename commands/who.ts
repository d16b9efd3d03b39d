import { slashCommand } from "../discord/kit/builders.ts";
import { presentReply } from "../discord/kit/present.ts";
import type { Command } from "../discord/kit/types.ts";
import { entry } from "../src/catalogue.ts";
import { DISCORD_LIMITS } from "../src/render/limits.ts";

export default {
  data: slashCommand(entry("who")).toJSON(),
  cooldown: true,
  execute(input, { engine, corpusVersion }) {
    return presentReply(engine.who(String(input.options.actor ?? "")), { corpusVersion });
  },
  autocomplete(focused, { engine }) {
    // The engine ranks the actors; a choice shows the role beside the name and sends the name back
    // (the reply helper cuts both to Discord's 100 characters).
    return engine.autocomplete(focused.value, DISCORD_LIMITS.choices).map((actor) => ({
      name: actor.role ? `${actor.name} — ${actor.role}` : actor.name,
      value: actor.name,
    }));
  },
} satisfies Command;
