import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_CORPUS_DIR, loadConfig } from "../src/config.ts";

describe("loadConfig", () => {
  it("GIVEN an empty environment THEN the terminal defaults apply", () => {
    const config = loadConfig({});
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.corpusDir).toBe(DEFAULT_CORPUS_DIR);
    expect(config.LOG_LEVEL).toBe("info");
    expect("DISCORD_API_URL" in config && config.DISCORD_API_URL !== undefined).toBe(false);
  });

  it.each([
    [{ DISCORD_API_URL: "not a url" }, "DISCORD_API_URL"],
    [{ DISCORD_APPLICATION_ID: "abc" }, "DISCORD_APPLICATION_ID"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ PORT: "99999" }, "PORT"],
    [{ INTERACTIONS_MODE: "http" }, "DISCORD_PUBLIC_KEY"],
  ])("GIVEN %j THEN the start stops with a message naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it("GIVEN CORPUS_DIR THEN it is the corpus folder", () => {
    expect(loadConfig({ CORPUS_DIR: "/tmp/articles" }).corpusDir).toBe("/tmp/articles");
  });
});
