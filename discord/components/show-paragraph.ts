import type { Engine } from "../../src/engine.ts";
import { citationLine } from "../../src/render/discord.ts";
import { DISCORD_LIMITS, truncate } from "../../src/render/limits.ts";
import { escapeMarkdown, safeUrl } from "../../src/render/markdown.ts";
import { paragraphOf } from "../../src/reply/cite.ts";
import { UserError } from "../../src/reply/errors.ts";
import { type ButtonComponent, STALE_BUTTON } from "../kit/component.ts";
import { passagesCodec } from "../kit/custom-id.ts";
import type { BotMessage, Button } from "../kit/types.ts";

/** The passage whose paragraph is shown, in the corpus the button was made under. */
export interface ParagraphValue {
  corpusVersion: string;
  passageId: number;
}

const passages = passagesCodec("nd1:p:");

/** "Show paragraph" under an answer: the whole paragraph of its top passage, for the asker only. */
export default {
  kind: "button",
  label: "Show paragraph",
  prefix: passages.prefix,
  encode: ({ corpusVersion, passageId }: ParagraphValue) =>
    passages.encode({ corpusVersion, passageIds: [passageId] }),
  decode(customId: string): ParagraphValue | undefined {
    const value = passages.decode(customId);
    const [passageId, ...more] = value?.passageIds ?? [];
    if (!value || passageId === undefined || more.length > 0) return undefined;
    return { corpusVersion: value.corpusVersion, passageId };
  },
  answer({ corpusVersion, passageId }: ParagraphValue, _input, context) {
    if (corpusVersion !== context.corpusVersion) throw new UserError(STALE_BUTTON);
    return presentParagraph(context.engine, passageId);
  },
} satisfies ButtonComponent<ParagraphValue>;

/** The whole paragraph of a passage; a passage the corpus does not have is stale. */
export function presentParagraph(engine: Engine, passageId: number): BotMessage {
  const paragraph = paragraphOf(engine.corpus, passageId);
  if (!paragraph) throw new UserError(STALE_BUTTON);
  const passage = engine.corpus.passages[passageId];
  const article = engine.corpus.articles.find((a) => a.id === passage?.articleId);
  const url = safeUrl(article?.url);
  const buttons: Button[] = url ? [{ kind: "link", label: "Source", url }] : [];
  return {
    ephemeral: true,
    embeds: [
      {
        title: truncate(escapeMarkdown(article?.title ?? paragraph.citation), DISCORD_LIMITS.embedTitle),
        description: `> ${escapeMarkdown(paragraph.text)}\n— ${citationLine(article?.title, paragraph.citation)}`,
      },
    ],
    buttons,
  };
}
