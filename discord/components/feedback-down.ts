import { UserError } from "../../src/reply/errors.ts";
import { type ButtonComponent, STALE_BUTTON } from "../kit/component.ts";
import { answerCodec } from "../kit/custom-id.ts";
import { feedbackModal } from "./feedback-form.ts";

/**
 * 👎 under an answer (its id names the answer): opens "What was wrong?" (feedback-form.ts), whose
 * submission is the vote. An answer too old for its vote to count gets no form.
 */
export default {
  kind: "button",
  label: "👎",
  ...answerCodec("nd1:d:"),
  openForm(answerId: string, _input, { votes }) {
    if (!votes || votes.expired(answerId)) throw new UserError(STALE_BUTTON);
    return feedbackModal(answerId);
  },
} satisfies ButtonComponent<string>;
