import { describe, expect, it } from "vitest";
import { askedDimension, statesDimension } from "../../src/language/units.ts";

describe("units: the measure a question asks for and the sentences that state it", () => {
  it("GIVEN 'how fast', 'how hot', 'how close' THEN speed, temperature, length; 'how long' is a duration, not a length", () => {
    expect(askedDimension("how fast is it moving")).toBe("speed");
    expect(askedDimension("how hot did it get")).toBe("temperature");
    expect(askedDimension("how close will it get to us")).toBe("length");
    expect(askedDimension("how heavy is the statue")).toBe("weight");
    expect(askedDimension("how long was the strike")).toBeUndefined();
    expect(askedDimension("how many riders crashed")).toBeUndefined();
  });

  it("GIVEN a figure with its unit THEN the sentence states that measure; money and bare numbers state none", () => {
    expect(statesDimension("travelling at roughly 7.4 kilometres per second.", "speed")).toBe(true);
    expect(statesDimension("at more than 70 kilometers an hour down a descent", "speed")).toBe(true);
    expect(statesDimension("A thermometer registered 38.9C at 3.40pm", "temperature")).toBe(true);
    expect(statesDimension("the 187-kilometer stage from Montecrino", "length")).toBe(true);
    expect(statesDimension("it will pass 31,000 kilometres above the Earth", "length")).toBe(true);
    expect(statesDimension("The firm was fined £4.2m on Thursday.", "length")).toBe(false);
    expect(statesDimension("Nine riders abandoned the race.", "speed")).toBe(false);
  });
});
