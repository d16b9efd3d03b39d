import { SlashCommandBuilder } from "discord.js";
import { presentAbout } from "../bot/present.ts";
import type { Command } from "../bot/types.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("about")
    .setDescription("Which articles newsdesk answers from: titles, sources and dates.")
    .toJSON(),
  execute(_input, { engine, corpusVersion }) {
    return presentAbout(engine, corpusVersion);
  },
} satisfies Command;
