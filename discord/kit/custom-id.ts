import { DISCORD_LIMITS } from "../../src/render/limits.ts";
import type { Codec } from "./component.ts";

/**
 * The two ways the bot's custom ids carry what a click needs (every component's prefix is
 * `nd1:<one letter>:`, see `discord/components/`):
 *
 * - passages of one corpus: `<prefix><corpus version>:<passage ids in base 36, dot-separated>`;
 *   under another corpus the button is stale.
 * - an answer: `<prefix><the answer's interaction id>`, the key the feedback store keeps it under.
 */

/** Passages of one corpus, as a button's id carries them. */
export interface PassagesValue {
  corpusVersion: string;
  passageIds: number[];
}

/** The codec of ids carrying passages; encoding keeps as many ids as fit in 100 characters, in order. */
export function passagesCodec(prefix: string): Codec<PassagesValue> {
  return {
    prefix,
    encode({ corpusVersion, passageIds }) {
      let id = `${prefix}${corpusVersion}:`;
      for (const [i, passageId] of passageIds.entries()) {
        const part = (i === 0 ? "" : ".") + passageId.toString(36);
        if (id.length + part.length > DISCORD_LIMITS.customId) break;
        id += part;
      }
      return id;
    },
    decode(customId) {
      if (!customId.startsWith(prefix)) return undefined;
      const match = /^([0-9a-f]{1,16}):([0-9a-z]+(?:\.[0-9a-z]+)*)$/.exec(customId.slice(prefix.length));
      if (!match) return undefined;
      const [, corpusVersion, list] = match as unknown as [string, string, string];
      const passageIds = list.split(".").map((part) => Number.parseInt(part, 36));
      if (passageIds.some((n) => !Number.isSafeInteger(n))) return undefined;
      return { corpusVersion, passageIds };
    },
  };
}

/** The codec of ids carrying an answer's interaction id (a snowflake). */
export function answerCodec(prefix: string): Codec<string> {
  return {
    prefix,
    encode: (answerId) => prefix + answerId,
    decode(customId) {
      const answerId = customId.slice(prefix.length);
      return customId.startsWith(prefix) && /^\d{17,20}$/.test(answerId) ? answerId : undefined;
    },
  };
}
