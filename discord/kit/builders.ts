import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandOptionsOnlyBuilder,
} from "discord.js";
import type { CatalogueEntry } from "../../src/catalogue.ts";

/**
 * How Discord tells commands apart: by type and name (a slash command and a context-menu command
 * may share a name). No type is a slash command, as in a registration.
 */
export function commandKey(type: ApplicationCommandType | undefined, name: string): string {
  return `${type ?? ApplicationCommandType.ChatInput}:${name}`;
}

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

/**
 * A command for those who run the bot: offered in servers only, and by default only to members who
 * may manage the server (Discord's default member permissions; a server's admins may change who
 * sees it, so the handler checks the member's permissions too — `canManageServer`).
 */
export function adminOnly(builder: SlashCommandOptionsOnlyBuilder): SlashCommandOptionsOnlyBuilder {
  return builder
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild);
}

/** True when the member's permissions (Discord's bitfield, as a decimal string) include Manage Server or Administrator. */
export function canManageServer(permissions: string | undefined): boolean {
  if (!permissions || !/^\d{1,40}$/.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (
    (bits & PermissionFlagsBits.ManageGuild) === PermissionFlagsBits.ManageGuild ||
    (bits & PermissionFlagsBits.Administrator) === PermissionFlagsBits.Administrator
  );
}
