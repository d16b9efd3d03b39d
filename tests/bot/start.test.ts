import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientOptions } from "../../bot/gateway.ts";
import { cacheFile } from "../../src/cache/store.ts";
import { corpusDir, GOOD_TXT } from "../helpers.ts";
import { applicationKey } from "../support/discord-standin/signing.ts";
import { startHttpBot } from "../support/http-bot.ts";
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
    const hex = applicationKey().publicKeyHex;
    const capture = capturingLogger();
    const before = process.listeners("unhandledRejection").length;
    const bot = await startHttpBot(hex, { logStream: capture.stream });
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

describe("startBot and the persisted index", () => {
  it("GIVEN a folder where the cache file should be THEN the bot starts, answers from memory and says why once", async () => {
    const hex = applicationKey().publicKeyHex;
    const corpus = corpusDir({ "good.txt": GOOD_TXT });
    const cacheDir = mkdtempSync(join(tmpdir(), "newsdesk-cache-"));
    mkdirSync(cacheFile(cacheDir, corpus), { recursive: true });
    const previous = process.env.NEWSDESK_CACHE_DIR;
    process.env.NEWSDESK_CACHE_DIR = cacheDir;
    const capture = capturingLogger();
    try {
      const bot = await startHttpBot(hex, { logStream: capture.stream }, { CORPUS_DIR: corpus });
      await bot.close();
    } finally {
      if (previous === undefined) delete process.env.NEWSDESK_CACHE_DIR;
      else process.env.NEWSDESK_CACHE_DIR = previous;
    }
    const warnings = capture.lines.filter((l) =>
      String(l.msg).startsWith("the persisted index cannot be used"),
    );
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]?.reason)).toMatch(/is a directory/);
  });
});
