import type { APIInteraction } from "discord.js";
import { opt, type Standin } from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";

/**
 * Interaction `i` from a user never seen before: an /ask, a message command on a new author's
 * message, or a button, in turn. What a gateway's caches would keep if allowed to (users,
 * members, messages): the memory test and the 20,000-user measurement send these.
 */
export function fromNewUser(standin: Standin, i: number): APIInteraction {
  const user = human(snowflake(), `reader${i}`, `Reader ${i}`);
  if (i % 3 === 0)
    return standin.build.chatInput({
      name: "ask",
      user,
      options: [opt.string("question", "What did Grossi say?")],
    });
  if (i % 3 === 1)
    return standin.build.messageCommand({
      name: "Check against the story",
      user,
      target: {
        content: "Grossi said the inspectors had access.",
        author: human(snowflake(), `poster${i}`, "Poster"),
      },
    });
  return standin.build.button({ customId: "nd1:m:0:x", user });
}
