import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { spawnBot } from "../support/spawn-bot.ts";

/** `npm start` as an operator runs it (src/main.ts with env), against the stand-in; then SIGTERM. */
let standin: Standin;
let child: ChildProcess;
let output = "";

function waitForLine(pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      if (!pattern.test(output)) return;
      clearTimeout(timer);
      child.stdout?.off("data", check);
      resolve();
    };
    child.stdout?.on("data", check);
    check();
  });
}

beforeAll(async () => {
  standin = await startStandin();
  child = spawnBot(standin);
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  await waitForLine(/"msg":"gateway ready"/, 15_000);
  await standin.waitForGatewayReady();
}, 20_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await standin?.close();
});

describe("npm start with DISCORD_TOKEN, as a child process", () => {
  it("GIVEN /ask THEN answered within 3 s", async () => {
    const handle = standin.sendInteraction(
      standin.build.chatInput({ name: "ask", options: [opt.string("question", "What did Grossi say?")] }),
    );
    const event = await handle.callback(3000);
    expect(event.elapsedMs).toBeLessThan(3000);
    expect(JSON.stringify(event.data)).toContain("4.1");
  });

  it("GIVEN SIGTERM THEN the client closes cleanly and the process exits 0", async () => {
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    const code = await Promise.race([
      exited,
      new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 8000)),
    ]);
    expect(code).toBe(0);
    expect(output).toContain('"msg":"stopped"');
    expect(output).not.toContain(standin.token);
  }, 10_000);
});
