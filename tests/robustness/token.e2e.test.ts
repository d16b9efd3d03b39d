import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "../../bot/gateway.ts";
import { loadConfig } from "../../src/config.ts";
import { type Standin, startStandin } from "../support/discord-standin/index.ts";
import { spawnBot } from "../support/spawn-bot.ts";

/**
 * An invalid DISCORD_TOKEN (the stand-in answers 401 on REST and closes the gateway with 4004, as
 * Discord does). Before: the login error, then 30 s later a second, misleading rejection ("the
 * gateway did not become ready in time") that killed the process. Now: one clear line, at once.
 */
let standin: Standin;
const WRONG = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Wrong.this-token-was-never-issued";

beforeAll(async () => {
  standin = await startStandin();
});
afterAll(async () => {
  await standin?.close();
});

describe("start-up with an invalid token fails clearly", () => {
  it("GIVEN a token Discord refuses THEN startGateway rejects with a configuration error, and nothing rejects later", async () => {
    const late: unknown[] = [];
    const onRejection = (reason: unknown) => late.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      const config = loadConfig({
        DISCORD_TOKEN: WRONG,
        DISCORD_API_URL: standin.apiUrl,
        LOG_LEVEL: "silent",
      });
      const started = Date.now();
      const outcome = await startGateway(
        { ...config, DISCORD_TOKEN: WRONG },
        async () => {},
        pino({ level: "silent" }),
        300,
      ).catch((error: unknown) => error);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(outcome).toMatchObject({ name: "ConfigError" });
      expect(String((outcome as Error).message)).toMatch(/DISCORD_TOKEN was refused by Discord/);
      // Past the ready timeout: the old code's timer rejected here, with nobody listening.
      await new Promise((r) => setTimeout(r, 600));
      expect(late).toEqual([]);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
  });

  it("GIVEN the real process with a token Discord refuses THEN it exits non-zero within seconds, saying so in one line", {
    timeout: 30_000,
  }, async () => {
    const started = Date.now();
    const child = spawnBot(standin, { DISCORD_TOKEN: WRONG });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d) => {
      stdout += d;
    });
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve(null);
      }, 25_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    const elapsed = Date.now() - started;
    // Start-up itself (tsx, the corpus) takes 1–3 s on a loaded machine; the old code took 30 s more.
    expect(elapsed).toBeLessThan(15_000);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    const lines = stderr.split("\n").filter((l) => l.trim() !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DISCORD_TOKEN was refused by Discord/);
    expect(stderr).not.toMatch(/did not become ready|at .*\.ts:\d+/);
    // Nothing in the log claims the bot started, and no error lines beside the one above.
    expect(stdout).not.toMatch(/newsdesk bot started/);
    expect(stdout).not.toMatch(/"level":(50|60)/);
    // The stand-in saw the refused token, and no session was opened with it.
    expect(standin.requests.some((r) => r.path === "/gateway/bot" && r.status === 401)).toBe(true);
    expect(standin.gateway.identifies).toEqual([]);
  });
});
