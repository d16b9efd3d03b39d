import { applicationKey, discordSignature } from "../support/discord-standin/signing.ts";

/** A fresh Ed25519 key pair: the public key as the 64 hex characters Discord shows, and a request signer. */
export function interactionKeys() {
  const { publicKeyHex, privateKey } = applicationKey();
  return {
    publicKeyHex,
    /** POSTs `body` to `url` signed as Discord does; `timestamp` in seconds (default now). */
    async post(url: string, body: unknown, options: { timestamp?: number; badSignature?: boolean } = {}) {
      const text = typeof body === "string" ? body : JSON.stringify(body);
      const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
      let signature = discordSignature(privateKey, timestamp, text);
      if (options.badSignature)
        signature = `${signature.slice(0, -2)}${signature.endsWith("00") ? "11" : "00"}`;
      const response = await fetch(`${url}/interactions`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-signature-ed25519": signature,
          "x-signature-timestamp": timestamp,
        },
        body: text,
        signal: AbortSignal.timeout(5000),
      });
      // biome-ignore lint/suspicious/noExplicitAny: the tests read deep paths of Discord's JSON
      return { status: response.status, json: (await response.json()) as Record<string, any> };
    },
  };
}
