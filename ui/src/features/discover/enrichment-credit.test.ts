import { describe, expect, it } from "vitest";
import { hasEnrichment } from "./enrichment-credit";

describe("hasEnrichment", () => {
  it("sees a place or an AS on either side", () => {
    expect(hasEnrichment({ "destination.as.number": 15169 })).toBe(true);
    expect(hasEnrichment({ "source.geo.country_iso_code": "US" })).toBe(true);
  });

  it("ignores the MAC vendor and fields that merely mention geo", () => {
    expect(hasEnrichment({ "pcap.source.mac_vendor": "Apple, Inc.", "source.ip": "10.0.0.1" })).toBe(false);
    expect(hasEnrichment({ "pcap.geo.note": "x" })).toBe(false);
  });
});
