import { describe, expect, it } from "vitest";
import { edgePills, mergeGraphs, splitService } from "./graph-links";

describe("splitService", () => {
  it("reads IPv4 with a port", () => expect(splitService("10.9.8.7:8080")).toEqual({ ip: "10.9.8.7", port: 8080 }));
  it("reads bracketed IPv6 with a port", () => expect(splitService("[2606:4700::6811:d209]:443")).toEqual({ ip: "2606:4700::6811:d209", port: 443 }));
  it("leaves a bare IPv6 address whole", () => expect(splitService("fe80::1")).toEqual({ ip: "fe80::1", port: null }));
});

describe("edgePills", () => {
  it("selects both addresses of an ip edge", () =>
    expect(edgePills("ip", { source: "10.0.0.1", destination: "10.0.0.2" }).map((p) => `${p.field}=${p.value}`)).toEqual([
      "source.ip=10.0.0.1",
      "destination.ip=10.0.0.2",
    ]));
  it("adds the service port of an ip+port edge", () =>
    expect(edgePills("ip-port", { source: "10.0.0.1", destination: "[::1]:53" }).map((p) => `${p.field}=${p.value}`)).toEqual([
      "source.ip=10.0.0.1",
      "destination.ip=::1",
      "destination.port=53",
    ]));
  it("uses the MAC fields for a mac edge", () => expect(edgePills("mac", { source: "a", destination: "b" })[1].field).toBe("destination.mac"));
});

describe("mergeGraphs", () => {
  it("keeps each node and edge once", () => {
    const edge = { source: "a", destination: "b", flows: 1, bytes: 2, packets: 3, transports: [], protocols: [] };
    const node = (id: string) => ({ id, flows: 1, bytesSent: 0, bytesReceived: 0 });
    const merged = mergeGraphs([
      { nodes: [node("a"), node("b")], edges: [edge] },
      { nodes: [node("b"), node("c")], edges: [edge, { ...edge, destination: "c" }] },
    ]);
    expect(merged.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(merged.edges).toHaveLength(2);
  });
});
