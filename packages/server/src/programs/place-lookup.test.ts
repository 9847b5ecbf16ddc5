import { describe, expect, it } from "vitest";
import { lookUpPlace, PlaceNotFound } from "./place-lookup.js";

describe("reading where a person is", () => {
  it("finds a ZIP code's centre", () => {
    const place = lookUpPlace("22902");
    expect(place).toMatchObject({ resolvedBy: "zip", label: "Charlottesville, VA" });
    expect(place.latitude).toBeCloseTo(38.03, 1);
    expect(place.longitude).toBeCloseTo(-78.48, 1);
    expect(lookUpPlace("22902-1234").resolvedBy).toBe("zip");
  });

  it("falls back to the 3-digit area for a ZIP code the list lacks", () => {
    const place = lookUpPlace("22999");
    expect(place.resolvedBy).toBe("zip-area");
    expect(place.latitude).toBeGreaterThan(36);
    expect(place.latitude).toBeLessThan(40);
  });

  it("asks for something else when not even the area is known", () => {
    expect(() => lookUpPlace("00000")).toThrow(PlaceNotFound);
    expect(() => lookUpPlace("00000")).toThrow(/city and state/);
  });

  it("reads coordinates and a city with its state", () => {
    expect(lookUpPlace("38.03, -78.48")).toMatchObject({
      resolvedBy: "coordinates",
      latitude: 38.03,
      longitude: -78.48,
    });
    expect(lookUpPlace("charlottesville, va")).toMatchObject({
      resolvedBy: "city",
      label: "Charlottesville, VA",
    });
    expect(() => lookUpPlace("95, 10")).toThrow(PlaceNotFound);
    expect(() => lookUpPlace("Nowhere Town, VA")).toThrow(PlaceNotFound);
    expect(() => lookUpPlace("somewhere")).toThrow(PlaceNotFound);
  });
});
