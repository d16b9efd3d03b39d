import { messageCommand } from "../discord/kit/builders.ts";
import { presentReply } from "../discord/kit/present.ts";
import type { Command } from "../discord/kit/types.ts";
import { entry } from "../src/catalogue.ts";
import { DISCORD_LIMITS, escapeMarkdown, truncate } from "../src/render/limits.ts";
import { UserError } from "../src/reply/errors.ts";

/** Message context-menu command: the story's passages that bear on a message someone posted. */
export default {
  data: messageCommand(entry("Check against the story")).toJSON(),
  cooldown: true,
  execute(input, { engine, corpusVersion }) {
    const text = input.targetMessage?.content ?? "";
    if (!/[\p{L}\p{N}]/u.test(text))
      throw new UserError("That message has no text to check against the story.");
    const reply = engine.ask(text);
    reply.message = reply.answered
      ? "What the story says on this, word for word:"
      : "The story doesn't cover this." +
        (reply.passages.length > 0 ? " The closest passages are below; they are not a confirmation." : "");
    return presentReply(reply, {
      corpusVersion,
      title: truncate(`Checked: “${escapeMarkdown(text.replace(/\s+/g, " "))}”`, DISCORD_LIMITS.embedTitle),
      feedback: { command: "check", question: text },
    });
  },
} satisfies Command;
