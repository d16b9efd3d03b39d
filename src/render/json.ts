import type { Reply } from "../reply/types.ts";

/** One line of `newsdesk batch` output: the contract the scorer reads. */
export interface BatchLine {
  id: unknown;
  answered: boolean;
  passages: Array<{ citation: string; text: string; score: number }>;
  actor?: { name: string; aliases: string[] };
}

export function toBatchLine(id: unknown, reply: Reply): BatchLine {
  const line: BatchLine = {
    id,
    answered: reply.answered,
    passages: reply.passages.map(({ citation, text, score }) => ({ citation, text, score })),
  };
  if (reply.actor) line.actor = { name: reply.actor.name, aliases: reply.actor.aliases };
  return line;
}

export function renderJson(reply: Reply): string {
  return toJson(reply, 2);
}

/**
 * JSON safe to print on a terminal, with the text unchanged: `JSON.stringify` escapes C0 controls
 * (ESC, BEL…) but leaves DEL and the C1 controls (`0x9b` starts an escape sequence) raw; they are
 * written as `\u00XX` too, which parses back to the same string.
 */
export function toJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
