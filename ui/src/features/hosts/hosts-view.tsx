import { getJson, scopeParams } from "../../api/client";
import { useApi } from "../../api/use-api";
import type { HostList } from "../../api/types";
import { Link } from "../../app/link";
import { navigate, withSearch, type Location } from "../../app/router";
import { Notice, ProblemNotice, Warnings } from "../../components/notice";
import { formatBytes, formatCount, formatSecond, formatTimestamp } from "../../lib/format";
import { readScope, scopeHref, writeScope } from "../../lib/url-state";
import { QueryBar } from "../discover/query-bar";

/** Every host (IP address) of the matching flows, ordered by bytes, flows, peers or last seen. */
export function HostsView({ location }: { location: Location }) {
  const scope = readScope(location.params);
  const order = location.params.get("order") ?? "bytes";
  const { params } = scopeParams(scope);
  const request = { ...params, order, limit: 500 };
  const hosts = useApi(JSON.stringify(request), (signal) => getJson<HostList>("/hosts", request, signal));
  const go = (patch: { q?: string; order?: string }) => {
    const next = writeScope(new URLSearchParams(location.params), { ...scope, q: patch.q ?? scope.q });
    if (patch.order) next.set("order", patch.order);
    navigate(withSearch("/hosts", next));
  };
  const sortHeader = (key: string, label: string) => (
    <th className="num" aria-sort={order === key ? "descending" : "none"}>
      <button type="button" className="column-sort" onClick={() => go({ order: key })}>
        {label}
        {order === key ? " ▼" : ""}
      </button>
    </th>
  );
  return (
    <div className="page">
      <h1>Hosts</h1>
      <div className="toolbar">
        <QueryBar value={scope.q} onSubmit={(q) => go({ q })} placeholder="KQL over the flows, e.g. network.protocol:dns" />
      </div>
      {scope.pills.length > 0 || scope.range.from || scope.captures.length > 0 ? (
        <p className="muted small">Also narrowed by the filters, time range and captures chosen in Discover.</p>
      ) : null}
      {hosts.error ? <ProblemNotice what="The hosts did not load" problem={hosts.error} /> : null}
      <Warnings warnings={hosts.data?.warnings} />
      {hosts.data && hosts.data.hosts.length === 0 ? <Notice title="No hosts: no flow matches this search." /> : null}
      {hosts.data && hosts.data.hosts.length > 0 ? (
        <>
          <p className="muted small">
            {formatCount(hosts.data.total)} hosts{hosts.data.total > hosts.data.hosts.length ? `, the first ${formatCount(hosts.data.hosts.length)} shown` : ""}
          </p>
          <table className="grid" aria-label="Hosts">
            <thead>
              <tr>
                <th>Address</th>
                <th>Names</th>
                <th>MACs</th>
                {sortHeader("flows", "Flows")}
                {sortHeader("bytes", "Bytes out / in")}
                {sortHeader("peers", "Peers")}
                <th>First seen</th>
                <th aria-sort={order === "last-seen" ? "descending" : "none"}>
                  <button type="button" className="column-sort" onClick={() => go({ order: "last-seen" })}>
                    Last seen{order === "last-seen" ? " ▼" : ""}
                  </button>
                </th>
              </tr>
            </thead>
            <tbody>
              {hosts.data.hosts.map((h) => (
                <tr key={h.ip}>
                  <td className="mono">
                    <Link href={scopeHref("/host", scope, { ip: h.ip })}>{h.ip}</Link>
                  </td>
                  <td className="small">{h.names.slice(0, 3).join(", ")}{h.names.length > 3 ? ` +${h.names.length - 3}` : ""}</td>
                  <td className="mono small">{h.macs.join(", ")}</td>
                  <td className="num">{formatCount(h.flows)}</td>
                  <td className="num nowrap">
                    {formatBytes(h.bytesSent)} / {formatBytes(h.bytesReceived)}
                  </td>
                  <td className="num">{formatCount(h.peers)}</td>
                  <td className="small nowrap" title={formatTimestamp(h.firstSeen)}>{formatSecond(h.firstSeen)}</td>
                  <td className="small nowrap" title={formatTimestamp(h.lastSeen)}>{formatSecond(h.lastSeen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {!hosts.data && !hosts.error ? <p className="muted">Loading hosts…</p> : null}
    </div>
  );
}
