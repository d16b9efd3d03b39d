import type { CorpusProblem } from "../corpus/types.ts";
import type { Reply } from "../reply/types.ts";
import { dateline } from "./dateline.ts";
import { readableQuote } from "./markdown.ts";

/**
 * Escape sequences as terminals read them, whole: CSI (`ESC [` or C1 `0x9b` … final byte), OSC
 * and the other string commands (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or their C1 forms, up to
 * BEL or ST), then any other `ESC` sequence. An unterminated string command loses only its introducer.
 */
const ESCAPE_SEQUENCE = new RegExp(
  [
    "(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]",
    "(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)",
    "\\u001b[ -/]*[0-~]?",
  ].join("|"),
  "g",
);
/** C0 controls but tab and newline, DEL and C1 controls. */
const CONTROL = /[^\P{Cc}\t\n]/gu;

/**
 * Text from an article or a user made safe to print on a terminal: escape sequences and control
 * characters removed, so nothing can clear the screen, retitle the window, ring the bell or move
 * the cursor. `lines`: keep tabs and line breaks (for whole outputs whose layout the program made);
 * otherwise (one field) they become spaces. The one place terminal output is cleaned.
 */
export function terminalSafe(text: string, options: { lines?: boolean } = {}): string {
  const stripped = text.replace(ESCAPE_SEQUENCE, "");
  const spaced = options.lines ? stripped.replace(/\r\n?/g, "\n") : stripped.replace(/[\t\n\r\v\f]/g, " ");
  return spaced.replace(CONTROL, "");
}

/** Renders a reply for a terminal: the quotations, each with its citation, wrapped for reading. */
export function renderTerminal(reply: Reply, width = 88): string {
  const t = (text: string) => terminalSafe(text);
  const lines: string[] = [];
  if (reply.kind === "actor" && reply.actor) {
    lines.push(t(reply.actor.name) + (reply.actor.role ? `, ${t(reply.actor.role)}` : ""));
    if (reply.actor.aliases.length) lines.push(`  also: ${reply.actor.aliases.map(t).join(", ")}`);
  }
  if (reply.message) lines.push(...wrap(t(reply.message), width, ""));
  reply.passages.forEach((p, i) => {
    // Led by its dates and whose it is ("2018 — Donald Trump:"), as on Discord; the kind of sentence
    // only on an actor card, where it sets positions apart from events (Discord's card has sections).
    const when = p.dates?.length ? t(dateline(p.dates)) : "";
    const who = p.actor ? t(p.actor) : "";
    const lead = when && who ? `${when} — ${who}: ` : who ? `${who}: ` : when ? `${when} — ` : "";
    const tag = reply.kind === "actor" && p.kind ? ` [${p.kind}]` : "";
    lines.push("");
    lines.push(
      ...wrap(`${lead}“${t(readableQuote(p.text))}”`, width, `${String(i + 1).padStart(2)}. `, "    "),
    );
    // The citation id (the article's slug) as tools and `newsdesk` commands take it.
    lines.push(`    — ${t(p.citation)}${tag}${p.url ? ` ${t(p.url)}` : ""}`);
  });
  if (reply.suggestions?.length) lines.push("", `Did you mean: ${reply.suggestions.map(t).join(", ")}?`);
  return lines.join("\n");
}

function wrap(text: string, width: number, first: string, rest = first): string[] {
  const out: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/)) {
    if (line.trim() && line.length + word.length + 1 > width) {
      out.push(line.trimEnd());
      line = rest;
    }
    line += `${word} `;
  }
  out.push(line.trimEnd());
  return out;
}

/** A corpus problem as one line for a terminal (file names and reasons come from the corpus: cleaned). */
export function formatProblem(problem: CorpusProblem): string {
  return terminalSafe(`${problem.file}: ${problem.reason}`);
}
