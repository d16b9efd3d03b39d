import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";

/** The application's Ed25519 key pair: the public key as the 64 hex characters the Developer Portal shows. */
export function applicationKey(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const der = publicKey.export({ format: "der", type: "spki" }) as Buffer;
  return { publicKeyHex: der.subarray(-32).toString("hex"), privateKey };
}

/** What Discord puts in `x-signature-ed25519`: Ed25519 over the timestamp and the body, in hex. */
export function discordSignature(privateKey: KeyObject, timestamp: string, body: string | Buffer): string {
  return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString("hex");
}
