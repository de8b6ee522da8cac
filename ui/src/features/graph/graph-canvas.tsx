import { useEffect, useRef } from "react";
import cytoscape from "cytoscape";
import type { GraphEdge } from "../../api/types";
import { formatBytes, formatCount } from "../../lib/format";
import { edgeWeight, type GraphData, type Weight } from "./graph-links";

interface Props {
  graph: GraphData;
  weight: Weight;
  expanded: string[];
  onNode: (id: string) => void;
  onEdge: (edge: GraphEdge) => void;
}

const label = (value: number, weight: Weight) => (weight === "bytes" ? formatBytes(value) : formatCount(value));

/** The communication graph: node size by bytes, edge width by the chosen weight; tap a node or an edge. */
export function GraphCanvas({ graph, weight, expanded, onNode, onEdge }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onNode, onEdge });
  handlers.current = { onNode, onEdge };

  useEffect(() => {
    const maxWeight = Math.max(1, ...graph.edges.map((e) => edgeWeight(e, weight)));
    const maxBytes = Math.max(1, ...graph.nodes.map((n) => n.bytesSent + n.bytesReceived));
    const cy = cytoscape({
      container: element.current,
      wheelSensitivity: 0.3,
      elements: [
        ...graph.nodes.map((n) => ({
          data: { id: n.id, label: n.id, size: 18 + 30 * Math.sqrt((n.bytesSent + n.bytesReceived) / maxBytes) },
          classes: expanded.includes(n.id) ? "expanded" : "",
        })),
        ...graph.edges.map((e) => ({
          data: {
            id: `${e.source}\u0000${e.destination}`,
            source: e.source,
            target: e.destination,
            width: 1 + 7 * Math.sqrt(edgeWeight(e, weight) / maxWeight),
            label: label(edgeWeight(e, weight), weight),
            edge: e,
          },
        })),
      ],
      style: [
        {
          selector: "node",
          style: {
            "background-color": "#3a7ebf",
            label: "data(label)",
            width: "data(size)",
            height: "data(size)",
            "font-size": 11,
            "font-family": "ui-monospace, monospace",
            color: "#1d1d1f",
            "text-valign": "bottom",
            "text-margin-y": 3,
            "text-background-color": "#fff",
            "text-background-opacity": 0.8,
            "text-background-padding": "1px",
          },
        },
        { selector: "node.expanded", style: { "background-color": "#d9822b", "border-width": 2, "border-color": "#8a4b0f" } },
        {
          selector: "edge",
          style: {
            width: "data(width)",
            "line-color": "#9aa7b4",
            "target-arrow-color": "#9aa7b4",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            label: "data(label)",
            "font-size": 9,
            color: "#555",
            "text-rotation": "autorotate",
          },
        },
        { selector: "node:selected, edge:selected", style: { "background-color": "#c23b22", "line-color": "#c23b22", "target-arrow-color": "#c23b22" } },
      ],
      layout: {
        name: graph.nodes.length > 1 ? "cose" : "grid",
        animate: false,
        padding: 24,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 12000,
        idealEdgeLength: () => 100,
        componentSpacing: 80,
      } as cytoscape.LayoutOptions,
    });
    cy.on("tap", "node", (e) => handlers.current.onNode(e.target.id()));
    cy.on("tap", "edge", (e) => handlers.current.onEdge(e.target.data("edge") as GraphEdge));
    // Tests and keyboard users reach the same actions through the lists beside the canvas; this marks it drawn.
    element.current?.setAttribute("data-nodes", String(cy.nodes().length));
    return () => cy.destroy();
  }, [graph, weight, expanded]);

  return <div ref={element} className="graph-canvas" role="img" aria-label={`Communication graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges`} />;
}
