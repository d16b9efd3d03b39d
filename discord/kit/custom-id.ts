/**
 * Button custom ids carry everything their click needs, so they work after a restart:
 * `nd1:<action>:<corpus version>:<passage ids in base 36, dot-separated>`.
 * A click whose id does not parse, or whose corpus version is not the loaded one, is stale.
 */
export const CUSTOM_ID_PREFIX = "nd1";
/** Discord's limit on a custom id. */
export const CUSTOM_ID_MAX = 100;

export type ButtonAction =
  | { action: "more"; corpusVersion: string; passageIds: number[] }
  | { action: "paragraph"; corpusVersion: string; passageId: number };

const CODES = { more: "m", paragraph: "p" } as const;

/** Encodes an action; "more" keeps as many ids as fit in 100 characters, in order. */
export function encodeCustomId(action: ButtonAction): string {
  const head = `${CUSTOM_ID_PREFIX}:${CODES[action.action]}:${action.corpusVersion}:`;
  if (action.action === "paragraph") return head + action.passageId.toString(36);
  let id = head;
  for (const [i, passageId] of action.passageIds.entries()) {
    const part = (i === 0 ? "" : ".") + passageId.toString(36);
    if (id.length + part.length > CUSTOM_ID_MAX) break;
    id += part;
  }
  return id;
}

export type ParsedCustomId = { ok: true; value: ButtonAction } | { ok: false; reason: "malformed" | "stale" };

/** Parses a custom id against the loaded corpus version. */
export function parseCustomId(customId: string, corpusVersion: string): ParsedCustomId {
  const match = /^nd1:([mp]):([0-9a-f]{1,16}):([0-9a-z]+(?:\.[0-9a-z]+)*)$/.exec(customId);
  if (!match) return { ok: false, reason: "malformed" };
  const [, code, version, list] = match as unknown as [string, string, string, string];
  if (version !== corpusVersion) return { ok: false, reason: "stale" };
  const ids = list.split(".").map((part) => Number.parseInt(part, 36));
  if (ids.some((n) => !Number.isSafeInteger(n))) return { ok: false, reason: "malformed" };
  if (code === "p") {
    if (ids.length !== 1) return { ok: false, reason: "malformed" };
    return { ok: true, value: { action: "paragraph", corpusVersion: version, passageId: ids[0] as number } };
  }
  return { ok: true, value: { action: "more", corpusVersion: version, passageIds: ids } };
}
