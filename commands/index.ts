import { ApplicationCommandType } from "discord.js";
import { z } from "zod";
import { commandKey } from "../discord/kit/builders.ts";
import type { Command } from "../discord/kit/types.ts";
import { commandsOn } from "../src/catalogue.ts";
import { DISCORD_LIMITS } from "../src/render/limits.ts";
import about from "./about.ts";
import ask from "./ask.ts";
import check from "./check.ts";
import help from "./help.ts";
import positions from "./positions.ts";
import report from "./report.ts";
import timeline from "./timeline.ts";
import who from "./who.ts";

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "must be a function");

/** What a command module must export, checked when the commands are loaded. */
export const commandSchema = z.object({
  data: z.looseObject({
    name: z.string().min(1).max(DISCORD_LIMITS.commandName),
    type: z.enum(ApplicationCommandType).optional(),
    description: z.string().max(DISCORD_LIMITS.commandDescription).optional(),
  }),
  cooldown: z.boolean().optional(),
  ephemeral: z.boolean().optional(),
  execute: fn,
  autocomplete: fn.optional(),
});

/** Checks modules against `commandSchema`; throws naming the module and what is wrong. */
export function checkCommands(modules: Record<string, unknown>): Command[] {
  const commands: Command[] = [];
  const names = new Set<string>();
  for (const [file, module] of Object.entries(modules)) {
    const result = commandSchema.safeParse(module);
    if (!result.success) {
      const why = result.error.issues
        .map((i) => `${i.path.join(".") || "(module)"}: ${i.message}`)
        .join("; ");
      throw new Error(`commands/${file}: not a command module (${why})`);
    }
    const command = module as Command;
    const key = commandKey(command.data.type, command.data.name);
    if (names.has(key)) throw new Error(`commands/${file}: a second command named "${command.data.name}"`);
    names.add(key);
    commands.push(command);
  }
  return commands;
}

/** Every command of the bot, in the catalogue's order (the order /help lists them). */
export function loadCommands(): Command[] {
  const commands = checkCommands({
    "ask.ts": ask,
    "who.ts": who,
    "timeline.ts": timeline,
    "positions.ts": positions,
    "about.ts": about,
    "help.ts": help,
    "check.ts": check,
    "report.ts": report,
  });
  // The catalogue says what Discord offers: one module per entry, no module without one.
  const listed = commandsOn("discord").map((c) => c.name);
  const registered = commands.map((c) => c.data.name);
  if (listed.join("\n") !== registered.join("\n"))
    throw new Error(
      `commands/: [${registered.join(", ")}] differ from the catalogue's [${listed.join(", ")}]`,
    );
  return commands;
}
