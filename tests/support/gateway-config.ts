import { type Config, loadConfig } from "../../src/config.ts";
import type { Standin } from "./discord-standin/index.ts";

/** The bot's configuration for gateway mode against the stand-in, logging nothing: what `startGateway` takes. */
export function gatewayConfig(standin: Standin): Config & { DISCORD_TOKEN: string } {
  const config = loadConfig({
    DISCORD_TOKEN: standin.token,
    DISCORD_API_URL: standin.apiUrl,
    LOG_LEVEL: "silent",
  });
  return { ...config, DISCORD_TOKEN: standin.token };
}
