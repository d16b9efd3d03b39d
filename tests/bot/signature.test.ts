import { describe, expect, it } from "vitest";
import { publicKeyFromHex, verifyInteractionSignature } from "../../bot/signature.ts";
import { applicationKey, discordSignature } from "../support/discord-standin/signing.ts";

const { publicKeyHex: rawPublicHex, privateKey } = applicationKey();
const key = publicKeyFromHex(rawPublicHex);
const now = 1_700_000_000;
const body = Buffer.from('{"type":1}');
const signed = (timestamp: string, payload = body) => discordSignature(privateKey, timestamp, payload);

describe("verifyInteractionSignature", () => {
  it("GIVEN a signature by the application's key THEN it is accepted", () => {
    expect(verifyInteractionSignature(key, signed(String(now)), String(now), body, now)).toEqual({
      ok: true,
    });
  });

  it.each([
    ["a changed body", signed(String(now)), String(now), Buffer.from('{"type":2}'), "invalid"],
    ["another key's signature", "ab".repeat(64), String(now), body, "invalid"],
    ["a timestamp 301 s old", signed(String(now - 301)), String(now - 301), body, "stale"],
    ["a timestamp 301 s ahead", signed(String(now + 301)), String(now + 301), body, "stale"],
    ["no signature", undefined, String(now), body, "missing"],
    ["a signature that is not hex", "zz".repeat(64), String(now), body, "malformed"],
  ])("GIVEN %s THEN it is refused (%s)", (_what, signature, timestamp, payload, reason) => {
    expect(verifyInteractionSignature(key, signature, timestamp, payload, now)).toEqual({
      ok: false,
      reason,
    });
  });

  it("GIVEN a timestamp 299 s old THEN it is still accepted", () => {
    expect(verifyInteractionSignature(key, signed(String(now - 299)), String(now - 299), body, now).ok).toBe(
      true,
    );
  });

  it("GIVEN a key that is not 64 hex characters THEN it is refused at start", () => {
    expect(() => publicKeyFromHex("abc")).toThrow("public key must be 64 hex characters");
  });
});
