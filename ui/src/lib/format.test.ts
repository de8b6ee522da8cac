import { describe, expect, it } from "vitest";
import { formatBytes, formatCount, formatDuration, formatField, formatSecond, formatTimestamp } from "./format";

describe("formatBytes", () => {
  it("is exact below a kilobyte", () => expect(formatBytes(517)).toBe("517 B"));
  it("keeps one decimal under ten units", () => expect(formatBytes(1536)).toBe("1.5 KB"));
  it("drops decimals from ten units up", () => expect(formatBytes(12 * 1024 * 1024 + 1)).toBe("12 MB"));
  it("reaches terabytes", () => expect(formatBytes(3 * 1024 ** 4)).toBe("3.0 TB"));
  it("handles zero", () => expect(formatBytes(0)).toBe("0 B"));
});

describe("formatDuration", () => {
  it("shows nanoseconds", () => expect(formatDuration(850)).toBe("850 ns"));
  it("shows microseconds", () => expect(formatDuration(12_500)).toBe("12.5 µs"));
  it("shows milliseconds", () => expect(formatDuration(75_341_000)).toBe("75.3 ms"));
  it("shows seconds", () => expect(formatDuration(3_400_000_000)).toBe("3.4 s"));
  it("shows minutes and seconds", () => expect(formatDuration(125e9)).toBe("2m 05s"));
  it("shows hours and minutes", () => expect(formatDuration(3720e9)).toBe("1h 02m"));
  it("shows days and hours", () => expect(formatDuration((3 * 86400 + 4 * 3600) * 1e9)).toBe("3d 04h"));
});

describe("formatTimestamp", () => {
  it("keeps the capture's precision", () => expect(formatTimestamp("2013-11-25T14:55:58.382163Z")).toBe("2013-11-25 14:55:58.382163"));
  it("shortens to the second for tables", () => expect(formatSecond("2013-11-25T14:55:58.382163Z")).toBe("2013-11-25 14:55:58"));
  it("leaves other text alone", () => expect(formatTimestamp("yesterday")).toBe("yesterday"));
});

describe("formatField", () => {
  it("formats by field name", () => {
    expect(formatField("network.bytes", 2048)).toBe("2.0 KB");
    expect(formatField("event.duration", 75_341_000)).toBe("75.3 ms");
    expect(formatField("destination.port", 4430)).toBe("4430");
    expect(formatField("network.packets", 12345)).toBe(formatCount(12345));
    expect(formatField("network.protocol", ["http", "tls"])).toBe("http, tls");
  });
});
