import { describe, expect, it } from "vitest";
import { decodePill, encodePill, readDiscover, readScope, scopeHref, writeDiscover, type DiscoverState } from "./url-state";

const state: DiscoverState = {
  q: 'dns.question.name:"evil example" or 10.0.0.5',
  pills: [
    { field: "source.ip", value: "fe80::211:25ff:fe82:95b5", negate: false, disabled: false },
    { field: "destination.port", value: 443, negate: true, disabled: false },
    { field: "url.original", value: 'a "quoted", comma:colon & ampersand', negate: false, disabled: true },
  ],
  range: { from: "2013-11-25T14:00:00.000Z", to: "now" },
  captures: ["abc", "def"],
  columns: ["@timestamp", "source.ip"],
  sort: "network.bytes",
  direction: "asc",
  flow: "rMzAjDlQ-rqpkB5TeyOg4M8K",
};

describe("discover state in the URL", () => {
  it("round-trips through the query string", () => {
    const text = writeDiscover(state).toString();
    expect(readDiscover(new URLSearchParams(text))).toEqual(state);
  });
  it("reads an empty address as the defaults", () => {
    expect(readDiscover(new URLSearchParams(""))).toEqual({
      q: "",
      pills: [],
      range: { from: null, to: null },
      captures: [],
      columns: null,
      sort: null,
      direction: null,
      flow: null,
    });
  });
  it("writes nothing for the defaults", () => {
    expect(writeDiscover(readDiscover(new URLSearchParams(""))).toString()).toBe("");
  });
  it("ignores a direction it does not know", () => {
    expect(readDiscover(new URLSearchParams("dir=sideways")).direction).toBeNull();
  });
});

describe("pills", () => {
  it("keep polarity, state and value type", () => {
    for (const pill of state.pills) expect(decodePill(encodePill(pill))).toEqual(pill);
  });
  it("read as readable text", () => {
    expect(encodePill(state.pills[1])).toBe("-destination.port:443");
  });
  it("drop what is not a pill", () => {
    expect(decodePill("nocolon")).toBeNull();
  });
});

describe("scopeHref", () => {
  it("carries the scope to another view", () => {
    const href = scopeHref("/graph", state);
    expect(href.startsWith("/graph?")).toBe(true);
    expect(readScope(new URL(href, "http://x").searchParams)).toEqual({ q: state.q, pills: state.pills, range: state.range, captures: state.captures });
    expect(href).not.toContain("cols=");
  });
  it("puts the view's own parameters first", () => {
    const href = scopeHref("/host", state, { ip: "fe80::1" });
    expect(new URL(href, "http://x").searchParams.get("ip")).toBe("fe80::1");
    expect(href.startsWith("/host?ip=fe80%3A%3A1&q=")).toBe(true);
  });
  it("is the bare path for the empty scope", () => expect(scopeHref("/hosts", { q: "", pills: [], range: { from: null, to: null }, captures: [] })).toBe("/hosts"));
});
