import { ArticleError } from "./errors.ts";
import { yaml } from "./parsers.ts";

/** The delimiter line that opens front matter, with the language named after it (`---yaml`, `---js`). */
const OPENING = /^---[ \t]*([^\r\n]*?)[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;
const YAML_NAMES = new Set(["", "yaml", "yml"]);

/**
 * Splits a Markdown article into its front matter (parsed as YAML) and the text after it.
 *
 * Written here rather than taken from gray-matter on purpose: gray-matter lets the opening line
 * choose the language (`---js` evaluates JavaScript with `require` in scope), so an article file
 * could run code in the bot. Only YAML is read, with `yaml`'s core schema, which builds plain data
 * and never calls code; any other language is a file problem.
 */
export function splitFrontMatter(text: string): { data: unknown; content: string } {
  const opening = OPENING.exec(text);
  if (!opening) {
    // `---` alone on the last line, or `---js` with nothing after it, is still an attempt at front matter.
    if (/^---[^\r\n]*$/.test(text)) throw new ArticleError("bad front matter: not closed by a line '---'");
    return { data: {}, content: text };
  }
  const language = (opening[1] ?? "").toLowerCase();
  if (!YAML_NAMES.has(language)) {
    throw new ArticleError("bad front matter: only YAML front matter is read");
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new ArticleError("bad front matter: not closed by a line '---'");
  const source = rest.slice(0, closing.index);
  const content = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, "");
  // Dates stay text (core schema, no timestamp type) so zod can check them as written. A tag the
  // schema does not know (`!!js/function`) is a warning to yaml; here it is a problem like an error.
  const doc = yaml().parseDocument(source, { schema: "core", prettyErrors: false });
  const trouble = doc.errors[0] ?? doc.warnings[0];
  if (trouble) throw new ArticleError(`bad front matter: ${trouble.message.split("\n")[0]}`);
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) ?? {}, content };
  } catch (error) {
    // Aliases that expand without end ("a billion laughs") stop here.
    throw new ArticleError(`bad front matter: ${(error as Error).message.split("\n")[0]}`);
  }
}
