import { z } from "zod";
import type { Command } from "../bot/types.ts";
import about from "./about.ts";
import ask from "./ask.ts";
import check from "./check.ts";
import help from "./help.ts";
import positions from "./positions.ts";
import timeline from "./timeline.ts";
import who from "./who.ts";

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", "must be a function");

/** What a command module must export, checked when the commands are loaded. */
export const commandSchema = z.object({
  data: z.looseObject({
    name: z.string().min(1).max(32),
    type: z.number().int().optional(),
    description: z.string().max(100).optional(),
  }),
  cooldown: z.boolean().optional(),
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
    const key = `${command.data.type ?? 1}:${command.data.name}`;
    if (names.has(key)) throw new Error(`commands/${file}: a second command named "${command.data.name}"`);
    names.add(key);
    commands.push(command);
  }
  return commands;
}

/** Every command of the bot, in the order /help lists them. */
export function loadCommands(): Command[] {
  return checkCommands({
    "ask.ts": ask,
    "who.ts": who,
    "timeline.ts": timeline,
    "positions.ts": positions,
    "about.ts": about,
    "help.ts": help,
    "check.ts": check,
  });
}
