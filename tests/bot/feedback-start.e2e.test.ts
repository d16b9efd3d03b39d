import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applicationKey } from "../support/discord-standin/signing.ts";
import { type Exited, runToExit } from "../support/run-to-exit.ts";

/**
 * `npm start` (src/main.ts) when the feedback store cannot be opened: a clear line naming the
 * variable to fix, exit code 1, never a stack trace or the database password.
 */
const ROOT = new URL("../..", import.meta.url).pathname;
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A port nothing listens on (taken, then freed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function start(env: Record<string, string>): Promise<Exited> {
  // A bot that started regardless is stopped after 20 s, so that the test fails instead of hanging.
  return runToExit(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      INTERACTIONS_MODE: "http",
      DISCORD_PUBLIC_KEY: applicationKey().publicKeyHex,
      PORT: "1",
      LOG_LEVEL: "info",
      ...env,
    },
    killAfterMs: 20_000,
  });
}

describe("npm start when the feedback store cannot be opened", () => {
  it("GIVEN DATABASE_URL naming a server that is not there THEN one line naming DATABASE_URL, no password, exit 1", async () => {
    const port = await closedPort();
    const { code, out } = await start({
      DATABASE_URL: `postgres://newsdesk:hunter2-secret@127.0.0.1:${port}/newsdesk`,
      FEEDBACK_SALT: "a-salt-of-at-least-sixteen-characters",
    });
    expect(code, out).toBe(1);
    expect(out).toContain("DATABASE_URL");
    expect(out).toContain(`127.0.0.1:${port}`);
    expect(out).not.toContain("hunter2-secret");
    expect(out).not.toMatch(/\n\s+at /); // no stack trace
    expect(out).not.toContain('"msg":"http interactions listening"');
  }, 30_000);

  it("GIVEN a DATA_DIR that is a file THEN a line naming DATA_DIR, exit 1", async () => {
    const folder = mkdtempSync(join(tmpdir(), "newsdesk-data-"));
    folders.push(folder);
    const file = join(folder, "not-a-folder");
    writeFileSync(file, "x");
    const { code, out } = await start({ DATA_DIR: file });
    expect(code, out).toBe(1);
    expect(out).toContain("DATA_DIR");
    expect(out).not.toMatch(/\n\s+at /);
  }, 30_000);
});
