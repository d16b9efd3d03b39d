import { describe, expect, it } from "vitest";
import { dateline } from "../../src/render/dateline.ts";

describe("dateline", () => {
  it("GIVEN one date or a span THEN it leads as written, capitalised", () => {
    expect(dateline(["2018"])).toBe("2018");
    expect(dateline(["from 2017 to 2021"])).toBe("2017 to 2021");
    expect(dateline(["last year"])).toBe("Last year");
  });

  it("GIVEN two dates of one sentence ('In August … since 2017') THEN they stand apart, not as one date", () => {
    expect(dateline(["August", "2017"])).toBe("August · 2017");
  });
});
