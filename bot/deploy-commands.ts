import { pathToFileURL } from "node:url";
import { REST, Routes } from "discord.js";
import { config as loadDotenv } from "dotenv";
import { loadCommands } from "../commands/index.ts";
import type { Command } from "../discord/kit/types.ts";
import { type Config, ConfigError, loadConfig } from "../src/config.ts";
import { counted } from "../src/text/plural.ts";

/** The application id: DISCORD_APPLICATION_ID, else the first part of the bot token (base64 of the id). */
export function applicationIdOf(config: Pick<Config, "DISCORD_APPLICATION_ID" | "DISCORD_TOKEN">): string {
  if (config.DISCORD_APPLICATION_ID) return config.DISCORD_APPLICATION_ID;
  const head = config.DISCORD_TOKEN?.split(".")[0];
  const decoded = head ? Buffer.from(head, "base64url").toString("utf8") : "";
  if (/^\d{17,20}$/.test(decoded)) return decoded;
  throw new ConfigError("Bad configuration:\n  DISCORD_APPLICATION_ID: required to register commands");
}

/**
 * Registers every command: to DISCORD_GUILD_ID when set (instant, for testing), otherwise
 * globally; through DISCORD_API_URL when set. Replaces whatever was registered before.
 */
export async function deployCommands(
  config: Config,
  commands: readonly Command[] = loadCommands(),
): Promise<{ scope: "guild" | "global"; count: number }> {
  if (!config.DISCORD_TOKEN)
    throw new ConfigError("Bad configuration:\n  DISCORD_TOKEN: required to register commands");
  const applicationId = applicationIdOf(config);
  const rest = new REST({
    version: "10",
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
  }).setToken(config.DISCORD_TOKEN);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(applicationId, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body: commands.map((c) => c.data) })) as unknown[];
  return { scope: config.DISCORD_GUILD_ID ? "guild" : "global", count: saved.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  loadDotenv({ quiet: true });
  try {
    const config = loadConfig();
    const { scope, count } = await deployCommands(config);
    process.stdout.write(
      scope === "guild"
        ? `Registered ${counted(count, "command")} to server ${config.DISCORD_GUILD_ID} (available now).\n`
        : `Registered ${counted(count, "command")} globally (may take up to an hour to appear everywhere).\n`,
    );
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
