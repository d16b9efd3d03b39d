import { spawn } from "node:child_process";

/** How a process ended: its exit code, its stdout and stderr together, and how long it ran. */
export interface Exited {
  code: number | null;
  out: string;
  ms: number;
}

/**
 * Runs a command to its end, without blocking this process (an in-process bot or stand-in keeps
 * answering meanwhile). One that has not ended after `killAfterMs` is killed, so that the test
 * fails on its exit code instead of hanging.
 */
export async function runToExit(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; killAfterMs?: number },
): Promise<Exited> {
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (c) => {
    out += String(c);
  });
  child.stderr.on("data", (c) => {
    out += String(c);
  });
  const kill = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 60_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(kill);
  return { code, out, ms: Date.now() - started };
}
