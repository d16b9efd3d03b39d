import {
  LabelBuilder,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { NOTE_MAX, REASON_LABELS, WRONG_REASONS, type WrongReason } from "../../src/feedback/store.ts";
import { UserError } from "../../src/reply/errors.ts";
import { type FormComponent, type FormValues, STALE_BUTTON } from "../kit/component.ts";
import { answerCodec } from "../kit/custom-id.ts";
import type { BotModal } from "../kit/types.ts";

/**
 * "What was wrong?", the form 👎 opens (feedback-down.ts): its submission records 👎 on the answer
 * its id names, with the reason and the note.
 */
const feedbackForm = {
  kind: "modal",
  ...answerCodec("nd1:w:"),
  answer(answerId: string, input, { votes }) {
    if (!votes) throw new UserError(STALE_BUTTON);
    return votes.vote(input, answerId, "down", readFeedbackForm(input.values));
  },
} satisfies FormComponent<string>;
export default feedbackForm;

const REASON_HINTS: Readonly<Record<WrongReason, string>> = {
  "wrong-passage": "The quoted passages don't answer the question",
  "story-says-it": "The bot said the story doesn't say, but it does",
  "story-doesnt-say": "The story doesn't say this, whatever the bot quoted",
  other: "Tell us in the note",
};

/** The form fields' custom ids. */
export const FORM_FIELDS = { reason: "reason", note: "note" } as const;

/**
 * The form for an answer: "What was wrong?" as a required choice of the four reasons (a string
 * select in a label, which discord.js 14.28 builds and Discord shows in modals), and an optional
 * note of at most NOTE_MAX characters.
 */
export function feedbackModal(answerId: string): BotModal {
  return new ModalBuilder()
    .setCustomId(feedbackForm.encode(answerId))
    .setTitle("What was wrong?")
    .addLabelComponents(
      new LabelBuilder().setLabel("What was wrong with the answer?").setStringSelectMenuComponent(
        new StringSelectMenuBuilder()
          .setCustomId(FORM_FIELDS.reason)
          .setPlaceholder("Pick one")
          .setRequired(true)
          .setMinValues(1)
          .setMaxValues(1)
          .addOptions(
            WRONG_REASONS.map((reason) => ({
              label: REASON_LABELS[reason],
              value: reason,
              description: REASON_HINTS[reason],
            })),
          ),
      ),
      new LabelBuilder()
        .setLabel("Anything to add? (optional)")
        .setDescription(`At most ${NOTE_MAX} characters; admins read it in the feedback report.`)
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(FORM_FIELDS.note)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(false)
            .setMaxLength(NOTE_MAX),
        ),
    )
    .toJSON();
}

/**
 * The reason and note of a submitted form. A reason that is not one of ours is left out (Discord
 * only sends the values offered; anything else is forged). The note is kept as written — mentions,
 * markdown and control characters included, escaped only where it is shown — cut to NOTE_MAX
 * characters (never inside a surrogate pair) should more arrive than the form allows; blank is none.
 */
export function readFeedbackForm(values: FormValues): { reason?: WrongReason; note?: string } {
  const raw = values[FORM_FIELDS.reason];
  const picked = typeof raw === "string" ? raw : raw?.[0];
  const reason = WRONG_REASONS.find((r) => r === picked);
  const text = values[FORM_FIELDS.note];
  const note = typeof text === "string" ? cut(text, NOTE_MAX) : undefined;
  return { ...(reason ? { reason } : {}), ...(note?.trim() ? { note } : {}) };
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
