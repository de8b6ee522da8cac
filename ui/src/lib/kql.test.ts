import { describe, expect, it } from "vitest";
import { addPill, buildQuery, kqlField, kqlValue, pillClause, typedColumn, type Pill } from "./kql";

const pill = (field: string, value: Pill["value"], negate = false, disabled = false): Pill => ({ field, value, negate, disabled });

describe("kqlValue", () => {
  it("quotes strings so spaces and colons are literal", () => {
    expect(kqlValue("two words")).toBe('"two words"');
    expect(kqlValue("a:b")).toBe('"a:b"');
  });
  it("escapes quotes and backslashes inside the phrase", () => {
    expect(kqlValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(kqlValue("C:\\temp")).toBe('"C:\\\\temp"');
  });
  it("keeps IPv6 addresses whole", () => {
    expect(kqlValue("fe80::211:25ff:fe82:95b5")).toBe('"fe80::211:25ff:fe82:95b5"');
  });
  it("leaves wildcards literal by quoting them", () => {
    expect(kqlValue("*.example")).toBe('"*.example"');
    expect(kqlValue("a?b")).toBe('"a?b"');
    expect(pillClause(pill("url.original", "/search?q=1"))).toBe('url.original:"/search?q=1"');
  });
  it("writes numbers and booleans bare", () => {
    expect(kqlValue(443)).toBe("443");
    expect(kqlValue(true)).toBe("true");
  });
});

describe("kqlField", () => {
  it("leaves dotted names and @ alone", () => {
    expect(kqlField("@timestamp")).toBe("@timestamp");
    expect(kqlField("source.geo.country_iso_code")).toBe("source.geo.country_iso_code");
  });
  it("escapes characters KQL reads as syntax", () => {
    expect(kqlField("a:b")).toBe("a\\:b");
  });
  it("escapes both wildcards so a field name stays one field", () => {
    expect(kqlField("a*b?c")).toBe("a\\*b\\?c");
  });
});

describe("pillClause", () => {
  it("negates with NOT", () => {
    expect(pillClause(pill("source.ip", "10.0.0.5", true))).toBe('NOT source.ip:"10.0.0.5"');
  });
});

describe("buildQuery", () => {
  it("sends the typed text alone when there are no pills", () => {
    expect(buildQuery("  dns  ", [])).toEqual({ text: "dns", offset: 0 });
  });
  it("sends the pills alone when nothing is typed", () => {
    expect(buildQuery("", [pill("a", "x"), pill("b", 2, true)]).text).toBe('a:"x" AND NOT b:2');
  });
  it("parenthesises the typed text so its OR does not swallow a pill", () => {
    expect(buildQuery("a:1 or b:2", [pill("c", "x")])).toEqual({ text: '(a:1 or b:2) AND c:"x"', offset: 1 });
  });
  it("leaves disabled pills out", () => {
    expect(buildQuery("", [pill("a", "x", false, true)]).text).toBe("");
  });
});

describe("typedColumn", () => {
  it("maps the API's column back onto the typed text", () => {
    const typed = "source.ip:(";
    const sent = buildQuery(typed, [pill("a", "x")]);
    // The API counts from the start of "(source.ip:( ) AND ..." : the typed "(" at 11 is 12 there.
    expect(typedColumn(sent, typed, 12)).toBe(11);
    expect(typedColumn(buildQuery(typed, []), typed, 12)).toBe(12);
  });
  it("accounts for leading spaces the query sent trims", () => {
    expect(typedColumn(buildQuery("  a:(", []), "  a:(", 4)).toBe(6);
  });
  it("is null for a column inside the pills", () => {
    const sent = buildQuery("a", [pill("b", "c")]);
    expect(typedColumn(sent, "a", 20)).toBeNull();
  });
});

describe("addPill", () => {
  it("adds a new pill", () => {
    expect(addPill([], "a", "x", false)).toEqual([pill("a", "x")]);
  });
  it("flips an existing pill instead of adding a contradicting one", () => {
    expect(addPill([pill("a", "x")], "a", "x", true)).toEqual([pill("a", "x", true)]);
  });
});
