import { createInterface } from "node:readline";
import type { Engine } from "../engine.ts";
import { renderTerminal, terminalSafe } from "../render/terminal.ts";
import { UserError } from "../reply/errors.ts";
import { counted } from "../text/plural.ts";
import { terminalCommands } from "./terminal-commands.ts";

export const BANNER = [
  "newsdesk — terminal session (this is not Discord).",
  "Ask about the story: /ask <question>, /who <name>, /help, /quit. Ctrl-D ends the session.",
  "To run the Discord bot instead, set DISCORD_TOKEN (see .env.example) and run npm start.",
].join("\n");

/**
 * The interactive session: a person types commands and sees the replies the bot would post.
 * readline gives line editing and history when the input is a terminal. Aborting `signal` (SIGINT,
 * SIGTERM) ends the session as Ctrl-D does, after the line being answered.
 */
export async function runRepl(
  engine: Engine,
  input = process.stdin,
  output = process.stdout,
  signal?: AbortSignal,
): Promise<void> {
  const rl = createInterface({
    input,
    output,
    prompt: "newsdesk> ",
    historySize: 200,
    terminal: input.isTTY ?? false,
    ...(signal ? { signal } : {}),
  });
  const articles = engine.corpus.articles.map((a) => terminalSafe(a.title)).join("; ");
  output.write(`${BANNER}\nLoaded ${counted(engine.corpus.articles.length, "article")}: ${articles}\n\n`);
  const commands = terminalCommands(engine);
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text) {
      const [, name = "ask", rest = ""] = /^\/(\w+)\s*(.*)$/s.exec(text) ?? [null, "ask", text];
      if (name === "quit" || name === "exit") break;
      const command = Object.hasOwn(commands, name) ? commands[name as keyof typeof commands] : undefined;
      try {
        output.write(
          `${command ? renderTerminal(command(rest)) : `Unknown command /${name}. Type /help.`}\n\n`,
        );
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        output.write(`${terminalSafe(error.message, { lines: true })}\n\n`);
      }
    }
    rl.prompt();
  }
  rl.close();
}
