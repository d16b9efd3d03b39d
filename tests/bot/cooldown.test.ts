import { describe, expect, it } from "vitest";
import { Cooldown } from "../../bot/cooldown.ts";

describe("Cooldown", () => {
  it("GIVEN 2 uses per 60 s THEN the third waits until the first leaves the window", () => {
    let now = 1_000_000;
    const cooldown = new Cooldown(2, 60_000, () => now);
    expect(cooldown.take("a")).toEqual({ ok: true });
    now += 10_000;
    expect(cooldown.take("a")).toEqual({ ok: true });
    now += 5_000;
    expect(cooldown.take("a")).toEqual({ ok: false, retryAfterMs: 45_000 });
    expect(cooldown.take("b")).toEqual({ ok: true });
    now += 45_000;
    expect(cooldown.take("a")).toEqual({ ok: true });
  });

  it("GIVEN users gone quiet for a window THEN they are forgotten", () => {
    let now = 0;
    const cooldown = new Cooldown(1, 1000, () => now);
    for (let i = 0; i < 100; i++) cooldown.take(`user${i}`);
    now += 5000;
    cooldown.take("late");
    expect(cooldown.size).toBe(1);
  });
});
