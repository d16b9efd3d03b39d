import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_CORPUS_DIR, DEFAULT_DATA_DIR, loadConfig } from "../src/config.ts";

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

  it("GIVEN no feedback variables THEN SQLite in the project's data/ folder, a generated salt, 180 days", () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(DEFAULT_DATA_DIR);
    expect(DEFAULT_DATA_DIR).toBe(resolve(DEFAULT_CORPUS_DIR, "../data"));
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.FEEDBACK_SALT).toBeUndefined();
    expect(config.FEEDBACK_RETENTION_DAYS).toBe(180);
  });

  it("GIVEN the feedback variables THEN they are read, DATA_DIR from the working folder", () => {
    const config = loadConfig({
      DATA_DIR: "var/feedback",
      DATABASE_URL: "postgresql://bot:pw@127.0.0.1:5432/newsdesk",
      FEEDBACK_SALT: "0123456789abcdef0123",
      FEEDBACK_RETENTION_DAYS: "30",
    });
    expect(config.dataDir).toBe(resolve("var/feedback"));
    expect(config.DATABASE_URL).toBe("postgresql://bot:pw@127.0.0.1:5432/newsdesk");
    expect(config.FEEDBACK_SALT).toBe("0123456789abcdef0123");
    expect(config.FEEDBACK_RETENTION_DAYS).toBe(30);
    expect(loadConfig({ DATABASE_URL: "", FEEDBACK_RETENTION_DAYS: "" }).FEEDBACK_RETENTION_DAYS).toBe(180);
  });

  it.each([
    [{ DATABASE_URL: "mysql://bot:hunter2@db/newsdesk" }, "DATABASE_URL", "must be a PostgreSQL URL"],
    [{ DATABASE_URL: "bot:hunter2@db" }, "DATABASE_URL", "must be a PostgreSQL URL"],
    [{ FEEDBACK_RETENTION_DAYS: "0" }, "FEEDBACK_RETENTION_DAYS", "must be at least 1 day"],
    [{ FEEDBACK_RETENTION_DAYS: "a while" }, "FEEDBACK_RETENTION_DAYS", "must be a whole number of days"],
    [{ FEEDBACK_RETENTION_DAYS: "1.5" }, "FEEDBACK_RETENTION_DAYS", "must be a whole number of days"],
    [{ FEEDBACK_SALT: "short" }, "FEEDBACK_SALT", "must be at least 16 characters"],
  ])("GIVEN %j THEN the message names %s and says why, never the value", (env, name, why) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}: ${why}`));
    let message = "";
    try {
      loadConfig(env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain("hunter2");
  });
});
