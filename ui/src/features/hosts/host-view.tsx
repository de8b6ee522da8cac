import { getJson, scopeParams } from "../../api/client";
import { useApi } from "../../api/use-api";
import type { FlowGraph, HostDocument } from "../../api/types";
import { Link } from "../../app/link";
import type { Location } from "../../app/router";
import { Notice, ProblemNotice } from "../../components/notice";
import { formatBytes, formatCount, formatTimestamp } from "../../lib/format";
import { readScope, scopeHref } from "../../lib/url-state";
import { hostFlowsHref } from "./host-flows";

/** One host's document, its busiest peers (the graph's neighbourhood of the address) and a way to its flows. */
export function HostView({ location }: { location: Location }) {
  const ip = location.params.get("ip") ?? "";
  const scope = readScope(location.params);
  const { params } = scopeParams(scope);
  const host = useApi(ip ? JSON.stringify({ ip, params }) : null, (signal) => getJson<HostDocument>(`/hosts/${encodeURIComponent(ip)}`, params, signal));
  const peers = useApi(ip ? JSON.stringify({ peers: ip, params }) : null, (signal) =>
    getJson<FlowGraph>("/graph", { ...params, node: "ip", weight: "bytes", expand: [ip], top: 50 }, signal),
  );
  if (!ip) return <div className="page"><Notice title="No address given.">Open a host from the Hosts page.</Notice></div>;
  const h = host.data;
  const peerRows = (peers.data?.edges ?? [])
    .map((e) => ({ peer: e.source === ip ? e.destination : e.source, outbound: e.source === ip, edge: e }))
    .filter((p) => p.peer !== ip);
  return (
    <div className="page">
      <p>
        <Link href={scopeHref("/hosts", scope)}>← Hosts</Link>
      </p>
      <h1 className="mono">{ip}</h1>
      {host.error ? <ProblemNotice what="The host did not load" problem={host.error} /> : null}
      {!h && !host.error ? <p className="muted">Loading the host…</p> : null}
      {h ? (
        <>
          <p>
            <Link className="button primary" href={hostFlowsHref(ip, scope)}>
              Show its {formatCount(h.flows)} flows in Discover
            </Link>{" "}
            <Link className="button" href={scopeHref("/graph", scope, { expand: ip })}>
              Show in the graph
            </Link>
          </p>
          <dl className="facts" aria-label="Host document">
            <dt>MAC addresses</dt>
            <dd className="mono">{h.macs.length > 0 ? h.macs.join(", ") : <span className="muted">none seen</span>}</dd>
            <dt>Names</dt>
            <dd>{h.names.length > 0 ? h.names.join(", ") : <span className="muted">none seen</span>}</dd>
            <dt>First seen</dt>
            <dd>{formatTimestamp(h.firstSeen)} UTC</dd>
            <dt>Last seen</dt>
            <dd>{formatTimestamp(h.lastSeen)} UTC</dd>
            <dt>Sent</dt>
            <dd>
              {formatBytes(h.bytesSent)} in {formatCount(h.packetsSent)} packets
            </dd>
            <dt>Received</dt>
            <dd>
              {formatBytes(h.bytesReceived)} in {formatCount(h.packetsReceived)} packets
            </dd>
            <dt>Flows</dt>
            <dd>{formatCount(h.flows)}</dd>
            <dt>Peers</dt>
            <dd>{formatCount(h.peers)}</dd>
            <dt>Services offered</dt>
            <dd className="mono">{h.services.length > 0 ? h.services.join(", ") : <span className="muted">none answered</span>}</dd>
            <dt>Captures</dt>
            <dd>{formatCount(h.captures.length)}</dd>
          </dl>
          <h2>Peers by bytes</h2>
          {peers.error ? <ProblemNotice what="The peers did not load" problem={peers.error} /> : null}
          {peers.data && peerRows.length === 0 ? <p className="muted">No peer in the matching flows.</p> : null}
          {peerRows.length > 0 ? (
            <table className="grid" aria-label="Peers">
              <thead>
                <tr>
                  <th>Peer</th>
                  <th>Direction</th>
                  <th className="num">Flows</th>
                  <th className="num">Bytes</th>
                  <th>Protocols</th>
                </tr>
              </thead>
              <tbody>
                {peerRows.map(({ peer, outbound, edge }) => (
                  <tr key={`${edge.source}>${edge.destination}`}>
                    <td className="mono">
                      <Link href={scopeHref("/host", scope, { ip: peer })}>{peer}</Link>
                    </td>
                    <td>{outbound ? "→ to peer" : "← from peer"}</td>
                    <td className="num">{formatCount(edge.flows)}</td>
                    <td className="num">{formatBytes(edge.bytes)}</td>
                    <td>{[...edge.transports, ...edge.protocols].join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
