import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  SlashCommandBuilder,
  type SlashCommandOptionsOnlyBuilder,
} from "discord.js";
import type { CatalogueEntry } from "../../src/catalogue.ts";

/**
 * A slash command as the catalogue describes it: its name, its description and its argument as a
 * string option. A command adds its Discord-only options (`/ask private:`) to what this returns.
 */
export function slashCommand(entry: CatalogueEntry): SlashCommandOptionsOnlyBuilder {
  const builder = new SlashCommandBuilder().setName(entry.name).setDescription(entry.description);
  const argument = entry.argument;
  if (!argument) return builder;
  return builder.addStringOption((option) => {
    option
      .setName(argument.name)
      .setDescription(argument.description)
      .setRequired(argument.required)
      .setMaxLength(argument.maxLength);
    return argument.autocomplete ? option.setAutocomplete(true) : option;
  });
}

/** A message context-menu command ("right-click a message → Apps") as the catalogue names it. */
export function messageCommand(entry: CatalogueEntry): ContextMenuCommandBuilder {
  return new ContextMenuCommandBuilder().setName(entry.name).setType(ApplicationCommandType.Message);
}
