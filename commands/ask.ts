import { slashCommand } from "../discord/kit/builders.ts";
import { presentReply } from "../discord/kit/present.ts";
import type { Command } from "../discord/kit/types.ts";
import { entry } from "../src/catalogue.ts";

export default {
  data: slashCommand(entry("ask"))
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer."))
    .addUserOption((o) =>
      o.setName("mention").setDescription("Point the answer at someone (pings only them)."),
    )
    .toJSON(),
  cooldown: true,
  execute(input, { engine, corpusVersion }) {
    const question = String(input.options.question ?? "");
    const reply = engine.ask(question);
    const options: Parameters<typeof presentReply>[1] = {
      corpusVersion,
      ephemeral: input.options.private === true,
      feedback: { command: "ask", question },
    };
    if (typeof input.options.mention === "string") options.mention = input.options.mention;
    return presentReply(reply, options);
  },
} satisfies Command;
