/**
 * The feedback component: 👍 and 👎 under an answer, and the "What was wrong?" form 👎 opens.
 *
 * Its custom ids follow the buttons' (`custom-id.ts`): `nd1:<action>:<the answer's interaction id>`.
 * The answer's interaction id is the key the feedback store keeps the answer under, so a vote needs
 * nothing else and works after a restart and on any instance:
 *
 * - `nd1:u:<id>` — the 👍 button: records the vote at once.
 * - `nd1:d:<id>` — the 👎 button: opens the form (a modal; it must be the first response).
 * - `nd1:w:<id>` — the form: its submission records 👎 with the reason and the note.
 *
 * An id is expired when its answer is older than the feedback kept (FEEDBACK_RETENTION_DAYS: the
 * answer has been deleted, or is about to be), read from the id itself (a snowflake holds its time).
 */
import {
  LabelBuilder,
  ModalBuilder,
  SnowflakeUtil,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { NOTE_MAX, REASON_LABELS, WRONG_REASONS, type WrongReason } from "../../src/feedback/store.ts";
import { CUSTOM_ID_PREFIX } from "./custom-id.ts";
import type { BotMessage, BotModal, Button } from "./types.ts";

export type FeedbackAction =
  | { action: "up"; answerId: string }
  | { action: "down"; answerId: string }
  | { action: "why"; answerId: string };

const CODES = { up: "u", down: "d", why: "w" } as const;
const ACTIONS = { u: "up", d: "down", w: "why" } as const;
const FEEDBACK_ID = /^nd1:([udw]):(\d{17,20})$/;

/** A feedback custom id (button or form) for an answer. */
export function encodeFeedbackId(action: FeedbackAction): string {
  return `${CUSTOM_ID_PREFIX}:${CODES[action.action]}:${action.answerId}`;
}

/**
 * A custom id read as a feedback action: `undefined` when it is not one of the feedback ids at all
 * (another button, or someone else's), "malformed" when it has a feedback code but is broken.
 */
export function parseFeedbackId(customId: string): FeedbackAction | "malformed" | undefined {
  if (!/^nd1:[udw]:/.test(customId)) return undefined;
  const match = FEEDBACK_ID.exec(customId);
  if (!match) return "malformed";
  const [, code, answerId] = match as unknown as [string, keyof typeof ACTIONS, string];
  return { action: ACTIONS[code], answerId };
}

const DAY_MS = 86_400_000;

/**
 * True when the answer an id points to is older than the feedback kept (`retentionDays`), or its id
 * cannot be a time (from well in the future): the vote would find nothing to attach to.
 */
export function feedbackExpired(answerId: string, retentionDays: number, now = Date.now()): boolean {
  const at = SnowflakeUtil.timestampFrom(answerId);
  if (!Number.isFinite(at) || at - now > 60_000) return true;
  return now - at > retentionDays * DAY_MS;
}

/** 👍 and 👎 for an answer. */
export function feedbackButtons(answerId: string): Button[] {
  return [
    { kind: "action", label: "👍", customId: encodeFeedbackId({ action: "up", answerId }) },
    { kind: "action", label: "👎", customId: encodeFeedbackId({ action: "down", answerId }) },
  ];
}

/** The message with 👍 and 👎 after its other buttons (5 fit in one row: at most 3 come before). */
export function withFeedback(message: BotMessage, answerId: string): BotMessage {
  return { ...message, buttons: [...(message.buttons ?? []), ...feedbackButtons(answerId)] };
}

const REASON_HINTS: Readonly<Record<WrongReason, string>> = {
  "wrong-passage": "The quoted passages don't answer the question",
  "story-says-it": "The bot said the story doesn't say, but it does",
  "story-doesnt-say": "The story doesn't say this, whatever the bot quoted",
  other: "Tell us in the note",
};

/** The form fields' custom ids. */
export const FORM_FIELDS = { reason: "reason", note: "note" } as const;

/**
 * The form 👎 opens: "What was wrong?" as a required choice of the four reasons (a string select
 * in a label, which discord.js 14.28 builds and Discord shows in modals), and an optional note of
 * at most NOTE_MAX characters.
 */
export function feedbackModal(answerId: string): BotModal {
  return new ModalBuilder()
    .setCustomId(encodeFeedbackId({ action: "why", answerId }))
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

/** A form's fields as submitted: a text input gives its text, a select its values. */
export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

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

/** The ephemeral thanks for a vote; the note is never echoed. */
export function feedbackThanks(
  vote: "up" | "down",
  changed: boolean,
  details: { reason?: WrongReason; note?: string } = {},
): BotMessage {
  const emoji = vote === "up" ? "👍" : "👎";
  const what = changed ? `your vote is now ${emoji}` : `your ${emoji} is recorded`;
  const extra =
    vote === "down" && details.reason
      ? ` (“${REASON_LABELS[details.reason]}”${details.note ? ", with your note" : ""})`
      : vote === "down" && details.note
        ? " (with your note)"
        : "";
  const closing = vote === "down" ? " It helps whoever keeps the story up to date." : "";
  return { ephemeral: true, content: `Thanks — ${what}${extra}.${closing}`, embeds: [] };
}

/** When the store cannot take a vote (down, slow, full): the member may try again. */
export const COULD_NOT_RECORD = "Couldn't record that, please try again.";
