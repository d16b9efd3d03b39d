import { argumentLabel, type CommandName, commandsOn } from "../catalogue.ts";
import type { Engine } from "../engine.ts";
import type { Reply } from "../reply/types.ts";

/** The terminal session's commands from the catalogue, one line each, and what a line without one does. */
export const HELP_TEXT = [
  ...commandsOn("terminal").map((c) => {
    const label = argumentLabel(c);
    return `/${c.name}${label ? ` ${label}` : ""} — ${c.description}`;
  }),
  "A line without a command is asked as a question, as with /ask.",
].join("\n");

/** The commands of the terminal session that give a reply, by name (`/quit` is the session's own). */
export function terminalCommands(
  engine: Engine,
): Record<Exclude<CommandName<"terminal">, "quit">, (args: string) => Reply> {
  return {
    ask: (q) => engine.ask(q),
    who: (name) => engine.who(name),
    timeline: () => engine.timeline(),
    positions: (topic) => engine.positions(topic.trim() || undefined),
    help: () => ({ kind: "help", query: "", answered: true, message: HELP_TEXT, passages: [] }),
  };
}
