import type { Config } from "../src/config.ts";

/** Placeholder until the Discord client lands: says plainly that it is not there yet. */
export async function startBot(_config: Config): Promise<void> {
  throw new Error("The Discord bot is not built yet; unset DISCORD_TOKEN to use the terminal session.");
}
