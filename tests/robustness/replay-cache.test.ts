import { describe, expect, it } from "vitest";
import { ReplayGuard } from "../../bot/replay.ts";

/** The replay cache behind HTTP mode's 409: bounded in size, entries gone with their 300 s window. */
const sig = (n: number) => n.toString(16).padStart(128, "0");

describe("ReplayGuard", () => {
  it("GIVEN a signature accepted once THEN the second time is a replay, in any letter case", () => {
    const guard = new ReplayGuard(10, 300, () => 1000);
    expect(guard.alreadySeen(sig(0xab), "1000")).toBe(false);
    expect(guard.remember(sig(0xab), "1000")).toBe(true);
    expect(guard.remember(sig(0xab), "1000")).toBe(false);
    expect(guard.alreadySeen(sig(0xab).toUpperCase(), "1000")).toBe(true);
    expect(guard.remember(sig(0xab).toUpperCase(), "1000")).toBe(false);
  });

  it("GIVEN entries older than the window THEN they are dropped as new ones arrive", () => {
    let now = 1000;
    const guard = new ReplayGuard(1000, 300, () => now);
    for (let i = 0; i < 100; i++) guard.remember(sig(i), "1000");
    expect(guard.size).toBe(100);
    now = 1000 + 302;
    guard.remember(sig(1000), "1302");
    expect(guard.size).toBe(1);
  });

  it("GIVEN more signatures than it holds THEN its size stays capped and no dropped signature is accepted again", () => {
    const guard = new ReplayGuard(50, 300, () => 2000);
    for (let i = 0; i < 500; i++)
      expect(guard.remember(sig(i), String(1800 + Math.floor(i / 10)))).toBe(true);
    expect(guard.size).toBe(50);
    // Every dropped signature is refused: its timestamp is at or below the floor.
    for (let i = 0; i < 450; i++)
      expect(guard.remember(sig(i), String(1800 + Math.floor(i / 10)))).toBe(false);
    // A new request with a newer timestamp is still accepted.
    expect(guard.remember(sig(10_000), "1900")).toBe(true);
  });
});
