import { createInterface } from "node:readline";
import { z } from "zod";
import { type CommandName, commandsOn } from "../catalogue.ts";
import type { Engine } from "../engine.ts";
import { toBatchLine, toJson } from "../render/json.ts";
import { UserError } from "../reply/errors.ts";
import type { Reply } from "../reply/types.ts";

/** What each command a batch line may name (the catalogue's batch commands) answers. */
const ANSWER: Record<CommandName<"batch">, (engine: Engine, query: string) => Reply> = {
  ask: (engine, query) => engine.ask(query),
  who: (engine, query) => engine.who(query),
};

const BatchInput = z.object({
  id: z.union([z.string(), z.number()]),
  command: z.enum(commandsOn("batch").map((c) => c.name)),
  query: z.string(),
});

/**
 * Answers one JSON line per input line, in order. A bad line gets an `error` line
 * with its id (or line number) and the batch goes on.
 */
export async function runBatch(engine: Engine, input: NodeJS.ReadableStream, write: (line: string) => void) {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    write(toJson(answerLine(engine, line, lineNumber)));
  }
}

export function answerLine(engine: Engine, line: string, lineNumber: number): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, line: lineNumber, error: "not valid JSON" };
  }
  const parsed = BatchInput.safeParse(raw);
  const id = (raw as { id?: unknown } | null)?.id ?? null;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      id,
      line: lineNumber,
      error: `${issue?.path.join(".") || "line"}: ${issue?.message ?? "invalid"}`,
    };
  }
  const { command, query } = parsed.data;
  try {
    return toBatchLine(parsed.data.id, ANSWER[command](engine, query));
  } catch (error) {
    if (error instanceof UserError) return { id, answered: false, passages: [], error: error.message };
    throw error;
  }
}
