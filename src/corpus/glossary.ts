import { z } from "zod";
import { yaml } from "./parsers.ts";
import type { CorpusProblem, GlossaryEntry } from "./types.ts";

const Entry = z
  .object({
    name: z.string().trim().min(1, "name must not be empty"),
    variants: z.array(z.string().trim().min(1, "a variant must not be empty")).default([]),
    role: z.string().trim().min(1).optional(),
    kind: z.enum(["person", "organization", "place", "term"]).optional(),
  })
  .strict();

/**
 * Reads a glossary file: a YAML list of `{ name, variants, role?, kind? }`.
 * A bad entry is reported with the file and its line and left out; the good ones are kept.
 *
 * @example
 * - name: IAEA
 *   kind: organization
 *   variants: [International Atomic Energy Agency, U.N. nuclear watchdog]
 */
export function parseGlossary(
  file: string,
  text: string,
): { entries: GlossaryEntry[]; problems: CorpusProblem[] } {
  const { isMap, isSeq, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: "core" });
  const problems: CorpusProblem[] = [];
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  // A warning is a tag the core schema does not know (`!!js/function`): refused like an error, as in
  // an article's front matter, rather than quietly read as text.
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    const error = doc.errors[0] ?? doc.warnings[0];
    return {
      entries: [],
      problems: [
        { file, reason: `line ${lineOf(error?.pos[0])}: not valid YAML (${error?.code ?? "error"})` },
      ],
    };
  }
  const root = doc.contents;
  if (root === null) return { entries: [], problems: [] };
  if (!isSeq(root)) {
    return { entries: [], problems: [{ file, reason: "line 1: the glossary must be a list of entries" }] };
  }
  const entries: GlossaryEntry[] = [];
  for (const item of root.items) {
    const line = lineOf(isMap(item) || isSeq(item) ? item.range?.[0] : undefined);
    const value = (item as { toJSON?: () => unknown }).toJSON?.() ?? item;
    const result = Entry.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
      problems.push({ file, reason: `line ${line}: bad entry: ${where}${issue?.message ?? "invalid"}` });
      continue;
    }
    const { name, variants, role, kind } = result.data;
    const entry: GlossaryEntry = { name, variants };
    if (role) entry.role = role;
    if (kind) entry.kind = kind;
    entries.push(entry);
  }
  return { entries, problems };
}
