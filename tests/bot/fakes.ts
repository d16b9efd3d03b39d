import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import type { PreparedMessage, Transport } from "../../bot/respond.ts";
import type { BotModal, Choice } from "../../discord/kit/types.ts";

export type Sent =
  | { via: "reply" | "editOriginal" | "followUp"; message: PreparedMessage }
  | { via: "defer"; ephemeral: boolean }
  | { via: "autocomplete"; choices: Choice[] }
  | { via: "modal"; modal: BotModal };

/** A transport that records what would have been sent. */
export function recordingTransport(): Transport & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    reply: async (message) => void sent.push({ via: "reply", message }),
    defer: async (ephemeral) => void sent.push({ via: "defer", ephemeral }),
    editOriginal: async (message) => void sent.push({ via: "editOriginal", message }),
    followUp: async (message) => void sent.push({ via: "followUp", message }),
    autocomplete: async (choices) => void sent.push({ via: "autocomplete", choices }),
    modal: async (modal) => void sent.push({ via: "modal", modal }),
  };
}

/** A logger whose JSON lines are kept in `lines`. */
export function capturingLogger(): {
  log: Logger;
  lines: Array<Record<string, unknown>>;
  raw: string[];
  stream: Writable;
} {
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      done();
    },
  });
  return { log: pino({ level: "info" }, stream), lines, raw, stream };
}
