/**
 * Feedback on answers: 👍 and 👎 under an answer (`discord/components/feedback-up.ts` and
 * `feedback-down.ts`; 👎 opens the form of `feedback-form.ts`), and what a vote is answered with.
 *
 * Their custom ids carry the answer's interaction id, the key the feedback store keeps the answer
 * under, so a vote needs nothing else and works after a restart and on any instance. An id is
 * expired when its answer is older than the feedback kept (FEEDBACK_RETENTION_DAYS: the answer has
 * been deleted, or is about to be), read from the id itself (a snowflake holds its time).
 */
import { SnowflakeUtil } from "discord.js";
import { REASON_LABELS, type WrongReason } from "../../src/feedback/store.ts";
import feedbackDown from "../components/feedback-down.ts";
import feedbackUp from "../components/feedback-up.ts";
import { button } from "./component.ts";
import type { BotMessage } from "./types.ts";

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

/** The message with 👍 and 👎 for an answer after its other buttons (5 fit in one row: at most 3 come before). */
export function withFeedback(message: BotMessage, answerId: string): BotMessage {
  const votes = [button(feedbackUp, answerId), button(feedbackDown, answerId)];
  return { ...message, buttons: [...(message.buttons ?? []), ...votes] };
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
