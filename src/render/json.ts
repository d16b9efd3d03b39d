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
  return JSON.stringify(reply, null, 2);
}
