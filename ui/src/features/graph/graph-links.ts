import type { GraphEdge, GraphNode } from "../../api/types";
import type { Pill } from "../../lib/kql";

export type NodeKind = "ip" | "mac" | "ip-port";
export type Weight = "flows" | "bytes" | "packets";

const pill = (field: string, value: string | number): Pill => ({ field, value, negate: false, disabled: false });

/** A destination node of the ip+port graph (10.0.0.1:443, [2001:db8::1]:443, or a bare address) as address and port. */
export function splitService(node: string): { ip: string; port: number | null } {
  const bracketed = /^\[(.+)\]:(\d+)$/.exec(node);
  if (bracketed) return { ip: bracketed[1], port: Number(bracketed[2]) };
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d+)$/.exec(node);
  if (v4) return { ip: v4[1], port: Number(v4[2]) };
  return { ip: node, port: null };
}

/** The pills that select an edge's flows in Discover. */
export function edgePills(kind: NodeKind, edge: Pick<GraphEdge, "source" | "destination">): Pill[] {
  if (kind === "mac") return [pill("source.mac", edge.source), pill("destination.mac", edge.destination)];
  if (kind === "ip") return [pill("source.ip", edge.source), pill("destination.ip", edge.destination)];
  const service = splitService(edge.destination);
  return [pill("source.ip", edge.source), pill("destination.ip", service.ip), ...(service.port === null ? [] : [pill("destination.port", service.port)])];
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The union of graphs (the top edges and each expanded neighbourhood), each node and edge once. */
export function mergeGraphs(graphs: readonly GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) edges.set(`${edge.source}\u0000${edge.destination}`, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function edgeWeight(edge: GraphEdge, weight: Weight): number {
  return weight === "flows" ? edge.flows : weight === "packets" ? edge.packets : edge.bytes;
}
