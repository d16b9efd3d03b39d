import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clientOptions } from "../../bot/gateway.ts";
import { startBot } from "../../bot/start.ts";
import { loadConfig } from "../../src/config.ts";
import { capturingLogger } from "./fakes.ts";

describe("clientOptions", () => {
  it("GIVEN no DISCORD_API_URL THEN no rest key at all (never { api: undefined })", () => {
    const options = clientOptions({ DISCORD_API_URL: undefined });
    expect("rest" in options).toBe(false);
    expect(options.intents).toEqual([1]);
  });

  it("GIVEN DISCORD_API_URL THEN rest.api is it", () => {
    expect(clientOptions({ DISCORD_API_URL: "http://127.0.0.1:9/api" }).rest).toEqual({
      api: "http://127.0.0.1:9/api",
    });
  });
});

describe("startBot process handlers", () => {
  it("GIVEN a rejected promise nobody handles THEN it is logged and the handler is removed on close", async () => {
    const { publicKey } = generateKeyPairSync("ed25519");
    const hex = (publicKey.export({ format: "der", type: "spki" }) as Buffer).subarray(-32).toString("hex");
    const config = loadConfig({ INTERACTIONS_MODE: "http", DISCORD_PUBLIC_KEY: hex });
    const capture = capturingLogger();
    const before = process.listeners("unhandledRejection").length;
    const bot = await startBot(
      { ...config, PORT: 0 },
      { host: "127.0.0.1", handleSignals: false, logStream: capture.stream },
    );
    const listeners = process.listeners("unhandledRejection");
    expect(listeners.length).toBe(before + 1);
    (listeners.at(-1) as (reason: unknown) => void)(new Error("nobody caught me"));
    expect(capture.lines).toContainEqual(
      expect.objectContaining({
        msg: "unhandled promise rejection (process keeps running)",
        err: expect.objectContaining({ message: "nobody caught me" }),
      }),
    );
    await bot.close();
    expect(process.listeners("unhandledRejection").length).toBe(before);
  });
});
