import { SlashCommandBuilder } from "discord.js";
import { actorChoices, presentReply } from "../bot/present.ts";
import type { Choice, Command } from "../bot/types.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("who")
    .setDescription("A person or organisation in the story, and every sentence about them.")
    .addStringOption((o) =>
      o
        .setName("actor")
        .setDescription("A name, e.g. Grossi")
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .toJSON(),
  cooldown: true,
  execute(input, { engine, corpusVersion }) {
    return presentReply(engine.who(String(input.options.actor ?? "")), { corpusVersion });
  },
  autocomplete(focused, { engine }) {
    // The engine's own actor autocomplete when it has one (actors work); else names from the glossary and text.
    const own = (engine as { autocomplete?: (typed: string) => Choice[] }).autocomplete;
    return typeof own === "function"
      ? own.call(engine, focused.value)
      : actorChoices(engine.corpus, focused.value);
  },
} satisfies Command;
