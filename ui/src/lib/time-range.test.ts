import { describe, expect, it } from "vitest";
import { brushRange, bucketRange, describeRange, intervalMs, parseTimeInput, showTimeInput } from "./time-range";

describe("intervalMs", () => {
  it("reads the API's widths", () => {
    expect(intervalMs("30s")).toBe(30_000);
    expect(intervalMs("5m")).toBe(300_000);
    expect(intervalMs("1h")).toBe(3_600_000);
    expect(intervalMs("60d")).toBe(60 * 86_400_000);
  });
  it("is null for anything else", () => expect(intervalMs("soon")).toBeNull());
});

describe("brushRange", () => {
  const buckets = ["2013-11-25T14:00:00.000Z", "2013-11-25T14:30:00.000Z", "2013-11-25T15:00:00.000Z", "2013-11-25T15:30:00.000Z"].map(
    (start) => ({ start, count: 1 }),
  );
  const at = (iso: string) => Date.parse(iso);

  it("widens the brush to whole buckets", () => {
    expect(brushRange(at("2013-11-25T14:40:00Z"), at("2013-11-25T15:10:00Z"), buckets, "30m")).toEqual({
      from: "2013-11-25T14:30:00.000Z",
      to: "2013-11-25T15:30:00.000Z",
    });
  });
  it("takes the ends in either order", () => {
    expect(brushRange(at("2013-11-25T15:10:00Z"), at("2013-11-25T14:40:00Z"), buckets, "30m")?.from).toBe("2013-11-25T14:30:00.000Z");
  });
  it("clamps to the histogram's extent", () => {
    expect(brushRange(at("2013-11-25T10:00:00Z"), at("2013-11-26T10:00:00Z"), buckets, "30m")).toEqual({
      from: "2013-11-25T14:00:00.000Z",
      to: "2013-11-25T16:00:00.000Z",
    });
  });
  it("is null without buckets or with an unknown interval", () => {
    expect(brushRange(0, 1, [], "30m")).toBeNull();
    expect(brushRange(0, 1, buckets, "?")).toBeNull();
  });
});

describe("bucketRange", () => {
  it("covers one bucket", () =>
    expect(bucketRange("2013-11-25T14:00:00.000Z", "1h")).toEqual({ from: "2013-11-25T14:00:00.000Z", to: "2013-11-25T15:00:00.000Z" }));
});

describe("describeRange", () => {
  it("names quick ranges", () => {
    expect(describeRange({ from: null, to: null })).toBe("All time");
    expect(describeRange({ from: "now-15m", to: null })).toBe("Last 15 minutes");
  });
  it("shows absolute ends", () =>
    expect(describeRange({ from: "2013-11-25T14:00:00.000Z", to: null })).toBe("2013-11-25 14:00:00 → now"));
});

describe("typed time bounds", () => {
  it("read UTC dates and times", () => {
    expect(parseTimeInput("2013-11-25")).toBe("2013-11-25T00:00:00.000Z");
    expect(parseTimeInput("2013-11-25 14:00")).toBe("2013-11-25T14:00:00.000Z");
    expect(parseTimeInput("2013-11-25T14:00:05.250Z")).toBe("2013-11-25T14:00:05.250Z");
  });
  it("pass date math through", () => {
    expect(parseTimeInput("now-1h")).toBe("now-1h");
    expect(parseTimeInput("now/d")).toBe("now/d");
  });
  it("read empty as no bound and refuse anything else", () => {
    expect(parseTimeInput(" ")).toBeNull();
    expect(parseTimeInput("yesterday")).toBeUndefined();
    expect(parseTimeInput("2013-13-45")).toBeUndefined();
  });
  it("show what they read", () => {
    expect(showTimeInput("2013-11-25T14:00:00.000Z")).toBe("2013-11-25 14:00:00");
    expect(showTimeInput(parseTimeInput(showTimeInput("2013-11-25T14:00:05.250Z"))!)).toBe("2013-11-25 14:00:05.250");
    expect(showTimeInput("now-1h")).toBe("now-1h");
    expect(showTimeInput(null)).toBe("");
  });
});
