import { UserError } from "../../src/reply/errors.ts";
import { type ButtonComponent, STALE_BUTTON } from "../kit/component.ts";
import { answerCodec } from "../kit/custom-id.ts";

/** 👍 under an answer (its id names the answer): records the vote at once. */
export default {
  kind: "button",
  label: "👍",
  ...answerCodec("nd1:u:"),
  answer(answerId: string, input, { votes }) {
    if (!votes) throw new UserError(STALE_BUTTON);
    return votes.vote(input, answerId, "up");
  },
} satisfies ButtonComponent<string>;
