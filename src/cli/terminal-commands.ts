import type { Engine } from "../engine.ts";
import type { Reply } from "../reply/types.ts";

export const HELP_TEXT = [
  "/ask <question> — the sentences of the story that answer it, each cited (plain text works too).",
  "/who <name> — a person or organisation in the story and every sentence about them.",
  "/timeline — the story's events, dated ones in date order, each cited.",
  "/positions [topic] — what each actor holds, on a topic if given, each cited.",
  "/help — this list. /quit — leave (or Ctrl-D).",
].join("\n");

/** The commands of the terminal session, by name, each giving a reply. */
export function terminalCommands(engine: Engine): Record<string, (args: string) => Reply> {
  return {
    ask: (q) => engine.ask(q),
    who: (name) => engine.who(name),
    timeline: () => engine.timeline(),
    positions: (topic) => engine.positions(topic.trim() || undefined),
    help: () => ({ kind: "help", query: "", answered: true, message: HELP_TEXT, passages: [] }),
  };
}
