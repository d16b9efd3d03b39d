import type { Reply } from "../reply/types.ts";

/** Renders a reply for a terminal: the quotations, each with its citation, wrapped for reading. */
export function renderTerminal(reply: Reply, width = 88): string {
  const lines: string[] = [];
  if (reply.kind === "actor" && reply.actor) {
    lines.push(reply.actor.name + (reply.actor.role ? `, ${reply.actor.role}` : ""));
    if (reply.actor.aliases.length) lines.push(`  also: ${reply.actor.aliases.join(", ")}`);
  }
  if (reply.message) lines.push(...wrap(reply.message, width, ""));
  reply.passages.forEach((p, i) => {
    const tag = [p.actor, p.kind, ...(p.dates ?? [])].filter(Boolean).join(", ");
    lines.push("");
    lines.push(...wrap(`“${p.text}”`, width, `${String(i + 1).padStart(2)}. `, "    "));
    lines.push(`    — ${p.citation}${tag ? ` [${tag}]` : ""}${p.url ? ` ${p.url}` : ""}`);
  });
  if (reply.suggestions?.length) lines.push("", `Did you mean: ${reply.suggestions.join(", ")}?`);
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
