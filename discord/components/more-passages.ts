import type { Engine } from "../../src/engine.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { plainText, safeUrl } from "../../src/render/markdown.ts";
import { cite } from "../../src/reply/cite.ts";
import { UserError } from "../../src/reply/errors.ts";
import type { CitedPassage, Reply } from "../../src/reply/types.ts";
import { type ButtonComponent, button, STALE_BUTTON } from "../kit/component.ts";
import { type PassagesValue, passagesCodec } from "../kit/custom-id.ts";
import type { BotMessage, Button } from "../kit/types.ts";
import showParagraph from "./show-paragraph.ts";

/** Passages shown under an answer; "More passages" shows the next ones. */
export const PAGE_SIZE = 3;
/** Passages per message for lists (who, timeline, positions) and for "More passages" pages. */
export const LIST_PAGE_SIZE = 5;

const TITLE = "More passages";

/**
 * "More passages" under a reply: the passages beyond its first page, for the asker only, a page at
 * a time. The paging itself is here too (`firstPage`), since each page offers this button for the rest.
 */
const morePassages = {
  kind: "button",
  label: TITLE,
  ...passagesCodec("nd1:m:"),
  answer({ corpusVersion, passageIds }: PassagesValue, _input, context) {
    if (corpusVersion !== context.corpusVersion) throw new UserError(STALE_BUTTON);
    return presentMore(context.engine, passageIds, corpusVersion);
  },
} satisfies ButtonComponent<PassagesValue>;
export default morePassages;

/** The next page for "More passages"; a passage the corpus does not have is stale. */
export function presentMore(engine: Engine, passageIds: number[], corpusVersion: string): BotMessage {
  const passages = passageIds.map((id) => {
    if (!engine.corpus.passages[id]) throw new UserError(STALE_BUTTON);
    return cite(engine.corpus, id, 0);
  });
  const reply: Reply = { kind: "answer", query: TITLE, answered: true, passages };
  return { ...firstPage(reply, corpusVersion, LIST_PAGE_SIZE), ephemeral: true };
}

/**
 * A reply's first page: its passages up to `size` (an answer's first three, a list's five), the
 * count of the rest in the footer, and the buttons — "More passages" for the rest, "Show paragraph"
 * for the top passage, and a link button to each source the page quotes whose URL is known
 * (`sourceButtons`).
 */
export function firstPage(
  reply: Reply,
  corpusVersion: string,
  size = reply.kind === "answer" ? PAGE_SIZE : LIST_PAGE_SIZE,
): Pick<BotMessage, "embeds" | "buttons"> {
  const page = reply.passages.slice(0, size);
  const rest = reply.passages.slice(size);
  const payload = renderDiscord({ ...reply, passages: page });
  const embed = payload.embeds[0];
  if (embed && rest.length > 0) {
    embed.footer = { text: `${embed.footer?.text ?? ""} · ${rest.length} more: press "${TITLE}"` };
  }
  const buttons: Button[] = [];
  if (rest.length > 0) {
    buttons.push(button(morePassages, { corpusVersion, passageIds: rest.map((p) => p.passageId) }));
  }
  const top = page[0];
  if (top) {
    buttons.push(button(showParagraph, { corpusVersion, passageId: top.passageId }));
  }
  buttons.push(...sourceButtons(page));
  return { embeds: payload.embeds, buttons };
}

/**
 * The sources of some passages as link buttons, one per URL in the order first quoted: "Source"
 * when there is one, the article's title when there are several (the reply helper, `prepare`, cuts
 * labels and URLs to Discord's limits and leaves out any it refuses). Only URLs the corpus loader
 * took (absolute http(s)) that `safeUrl` passes.
 */
export function sourceButtons(passages: readonly CitedPassage[]): Button[] {
  const byUrl = new Map<string, string>();
  for (const p of passages) {
    const url = safeUrl(p.url);
    if (url && !byUrl.has(url)) byUrl.set(url, p.articleTitle);
  }
  return [...byUrl].map(([url, title]) => ({
    kind: "link",
    label: byUrl.size === 1 ? "Source" : plainText(title) || "Source",
    url,
  }));
}
