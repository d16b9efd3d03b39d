import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
/** Discord's requests older (or newer) than this are refused, against replays. */
export const MAX_SIGNATURE_AGE_SECONDS = 300;

/** The application's public key (64 hex characters, from the developer portal) as a node:crypto key. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("public key must be 64 hex characters");
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing" | "malformed" | "stale" | "invalid" };

export type SignatureHeaders =
  | { ok: true; signature: string; timestamp: string }
  | { ok: false; reason: "missing" | "malformed" | "stale" };

/**
 * What can be checked from the headers alone, before a byte of the body is read: both headers
 * present, the signature 64 bytes of hex, the timestamp digits within five minutes of `nowSeconds`.
 */
export function checkSignatureHeaders(
  signatureHex: string | undefined,
  timestamp: string | undefined,
  nowSeconds: number = Date.now() / 1000,
): SignatureHeaders {
  if (!signatureHex || !timestamp) return { ok: false, reason: "missing" };
  if (!/^[0-9a-fA-F]{128}$/.test(signatureHex) || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: "malformed" };
  }
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS)
    return { ok: false, reason: "stale" };
  return { ok: true, signature: signatureHex, timestamp };
}

/**
 * Checks Discord's `X-Signature-Ed25519` over `timestamp + body` and that
 * `X-Signature-Timestamp` is within five minutes of `nowSeconds`.
 */
export function verifyInteractionSignature(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds: number = Date.now() / 1000,
): SignatureCheck {
  const headers = checkSignatureHeaders(signatureHex, timestamp, nowSeconds);
  if (!headers.ok) return headers;
  const signed = Buffer.concat([Buffer.from(headers.timestamp, "utf8"), body]);
  const good = verify(null, signed, key, Buffer.from(headers.signature, "hex"));
  return good ? { ok: true } : { ok: false, reason: "invalid" };
}
