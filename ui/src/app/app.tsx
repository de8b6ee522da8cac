import { lazy, Suspense } from "react";
import { CapturesView } from "../features/captures/captures-view";
import { DiscoverView } from "../features/discover/discover-view";
import { HostView } from "../features/hosts/host-view";
import { HostsView } from "../features/hosts/hosts-view";
import { SavedView } from "../features/saved/saved-view";
import { readScope, scopeHref } from "../lib/url-state";
import { Notice } from "../components/notice";
import { Link } from "./link";
import { useLocation } from "./router";

// cytoscape is loaded only when the graph is opened.
const GraphView = lazy(() => import("../features/graph/graph-view").then((m) => ({ default: m.GraphView })));

const views = [
  { path: "/", label: "Discover", scoped: true },
  { path: "/graph", label: "Graph", scoped: true },
  { path: "/hosts", label: "Hosts", scoped: true },
  { path: "/captures", label: "Captures", scoped: false },
  { path: "/saved", label: "Saved searches", scoped: false },
];

/** The shell: a header with the views (the query, filters and time range travel between the flow views) and the view of the path. */
export function App() {
  const location = useLocation();
  const scope = readScope(location.params);
  const active = location.path === "/host" ? "/hosts" : location.path;
  return (
    <div className="app">
      <header className="app-header">
        <Link href="/" className="brand">
          PcapSearch
        </Link>
        <nav aria-label="Views">
          {views.map((v) => (
            <Link key={v.path} href={v.scoped ? scopeHref(v.path, scope) : v.path} className={active === v.path ? "active" : undefined} aria-current={active === v.path ? "page" : undefined}>
              {v.label}
            </Link>
          ))}
        </nav>
        <a className="api-link" href="/openapi/v1.json" title="The API's OpenAPI document">
          API
        </a>
      </header>
      <View location={location} />
    </div>
  );
}

function View({ location }: { location: ReturnType<typeof useLocation> }) {
  switch (location.path) {
    case "/":
    case "/discover":
      return <DiscoverView location={location} />;
    case "/captures":
      return <CapturesView />;
    case "/hosts":
      return <HostsView location={location} />;
    case "/host":
      return <HostView location={location} />;
    case "/graph":
      return (
        <Suspense fallback={<p className="page muted">Loading the graph…</p>}>
          <GraphView location={location} />
        </Suspense>
      );
    case "/saved":
      return <SavedView />;
    default:
      return (
        <div className="page">
          <Notice title={`There is no page at ${location.path}.`}>
            <Link href="/">Go to Discover</Link>
          </Notice>
        </div>
      );
  }
}
