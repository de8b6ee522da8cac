import { useMemo } from "react";
import { getJson, scopeParams } from "../../api/client";
import { useApi } from "../../api/use-api";
import type { FlowGraph, GraphEdge } from "../../api/types";
import { navigate, withSearch, type Location } from "../../app/router";
import { Notice, ProblemNotice, Warnings } from "../../components/notice";
import { formatBytes, formatCount } from "../../lib/format";
import { readScope, scopeHref, writeScope } from "../../lib/url-state";
import { QueryBar } from "../discover/query-bar";
import { GraphCanvas } from "./graph-canvas";
import { edgePills, edgeWeight, mergeGraphs, type NodeKind, type Weight } from "./graph-links";

const kinds: { key: NodeKind; label: string }[] = [
  { key: "ip", label: "IP address" },
  { key: "mac", label: "MAC address" },
  { key: "ip-port", label: "IP + port (service)" },
];
const weights: Weight[] = ["bytes", "flows", "packets"];

/** Who talked to whom for the current query and time range; tap a node to expand it, an edge to see its flows. */
export function GraphView({ location }: { location: Location }) {
  const scope = readScope(location.params);
  const p = location.params;
  const kind = (kinds.find((k) => k.key === p.get("node"))?.key ?? "ip") as NodeKind;
  const weight = (weights.find((w) => w === p.get("weight")) ?? "bytes") as Weight;
  const top = Math.max(1, Math.min(10000, Number(p.get("top")) || 50));
  const expanded = (p.get("expand") ?? "").split(",").filter((s) => s !== "");
  const { params } = scopeParams(scope);
  const base = { ...params, node: kind, weight, top };
  const topGraph = useApi(JSON.stringify(base), (signal) => getJson<FlowGraph>("/graph", base, signal));
  const around = { ...base, expand: expanded };
  const neighbours = useApi(expanded.length > 0 ? JSON.stringify(around) : null, (signal) => getJson<FlowGraph>("/graph", around, signal));
  const graph = useMemo(
    () => mergeGraphs([topGraph.data, expanded.length > 0 ? neighbours.data : null].filter((g): g is FlowGraph => g !== null)),
    [topGraph.data, neighbours.data, expanded.length],
  );

  const set = (patch: Record<string, string | null>, replace = false) => {
    const next = new URLSearchParams(p);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === "") next.delete(k);
      else next.set(k, v);
    }
    navigate(withSearch("/graph", next), replace);
  };
  const expand = (id: string) => set({ expand: expanded.includes(id) ? expanded.filter((e) => e !== id).join(",") : [...expanded, id].join(",") });
  const openEdge = (edge: GraphEdge) => navigate(scopeHref("/", { ...scope, pills: [...scope.pills, ...edgePills(kind, edge)] }));
  const strongest = [...graph.edges].sort((a, b) => edgeWeight(b, weight) - edgeWeight(a, weight)).slice(0, 15);
  const error = topGraph.error ?? neighbours.error;

  return (
    <div className="page graph-page">
      <div className="toolbar">
        <QueryBar value={scope.q} onSubmit={(q) => navigate(withSearch("/graph", writeScope(new URLSearchParams(p), { ...scope, q })))} />
        <label className="inline">
          Nodes{" "}
          <select aria-label="Node field" value={kind} onChange={(e) => set({ node: e.target.value, expand: null })}>
            {kinds.map((k) => (
              <option key={k.key} value={k.key}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          Weight{" "}
          <select aria-label="Edge weight" value={weight} onChange={(e) => set({ weight: e.target.value })}>
            {weights.map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </label>
        <label className="inline">
          Top{" "}
          <select aria-label="Top edges" value={top} onChange={(e) => set({ top: e.target.value })}>
            {[10, 25, 50, 100, 250, 500].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        {expanded.length > 0 ? (
          <button type="button" className="button" onClick={() => set({ expand: null })}>
            Collapse {expanded.length} expanded
          </button>
        ) : null}
      </div>
      {error ? <ProblemNotice what="The graph did not load" problem={error} /> : null}
      <Warnings warnings={topGraph.data?.warnings} />
      {topGraph.data && graph.nodes.length === 0 ? <Notice title="No edges: no flow matches this search." /> : null}
      {!topGraph.data && !error ? <p className="muted">Loading the graph…</p> : null}
      {graph.nodes.length > 0 ? (
        <div className="graph-body">
          <GraphCanvas graph={graph} weight={weight} expanded={expanded} onNode={expand} onEdge={openEdge} />
          <aside className="graph-side">
            <p className="muted small" data-testid="graph-summary">
              {graph.nodes.length} nodes · {graph.edges.length} edges{topGraph.data?.truncated ? ` (top ${top} by ${weight})` : ""}
            </p>
            <p className="muted small">Click a node to expand its neighbours, an edge to open its flows.</p>
            <h3>Nodes</h3>
            <ul className="plain node-list">
              {[...graph.nodes]
                .sort((a, b) => b.bytesSent + b.bytesReceived - (a.bytesSent + a.bytesReceived))
                .map((n) => (
                  <li key={n.id}>
                    <button type="button" className={`link-button mono${expanded.includes(n.id) ? " expanded" : ""}`} aria-label={`Expand ${n.id}`} aria-pressed={expanded.includes(n.id)} onClick={() => expand(n.id)}>
                      {n.id}
                    </button>{" "}
                    <span className="muted small">{formatBytes(n.bytesSent + n.bytesReceived)}</span>
                  </li>
                ))}
            </ul>
            <h3>Strongest edges</h3>
            <ul className="plain edge-list">
              {strongest.map((e) => (
                <li key={`${e.source}>${e.destination}`}>
                  <button type="button" className="link-button mono small" aria-label={`Flows from ${e.source} to ${e.destination}`} onClick={() => openEdge(e)}>
                    {e.source} → {e.destination}
                  </button>{" "}
                  <span className="muted small">{weight === "bytes" ? formatBytes(e.bytes) : formatCount(edgeWeight(e, weight))}</span>
                </li>
              ))}
            </ul>
          </aside>
        </div>
      ) : null}
    </div>
  );
}
