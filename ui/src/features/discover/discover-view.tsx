import { useCallback, useMemo, useState } from "react";
import { apiUrl, scopeParams } from "../../api/client";
import { useFields } from "../../api/fields";
import { Notice, ProblemNotice, Warnings } from "../../components/notice";
import { navigate, withSearch, type Location } from "../../app/router";
import { addPill } from "../../lib/kql";
import { formatCount } from "../../lib/format";
import { readDiscover, writeDiscover, type DiscoverState } from "../../lib/url-state";
import { SaveSearchButton } from "../saved/save-search-button";
import { toBody } from "../saved/saved-search";
import { CaptureFilter } from "./capture-filter";
import { storeColumns, storedColumns, toggleColumn } from "./columns";
import { FieldSidebar } from "./field-sidebar";
import { FilterPills } from "./filter-pills";
import { FlowFlyout } from "./flow-flyout";
import { HistogramPane } from "./histogram-pane";
import { HitsTable } from "./hits-table";
import { KqlError } from "./kql-error";
import { QueryBar } from "./query-bar";
import { TimePicker } from "./time-picker";
import { useHits } from "./use-hits";

const pageSize = 100;

/** Kibana's Discover for flows: query, time, captures, histogram, fields with top values, hits, one flow's details. */
export function DiscoverView({ location }: { location: Location }) {
  const state = readDiscover(location.params);
  const search = location.params.toString();
  const update = useCallback(
    (patch: Partial<DiscoverState>, replace = false) => navigate(withSearch("/", writeDiscover({ ...readDiscover(new URLSearchParams(search)), ...patch })), replace),
    [search],
  );
  const fields = useFields();
  const known = useMemo(() => new Set((fields.data ?? []).map((f) => f.name)), [fields.data]);
  const columns = (state.columns ?? storedColumns()).filter((c) => known.size === 0 || known.has(c));
  const setColumns = (next: string[]) => {
    storeColumns(next);
    update({ columns: next }, true);
  };
  const sort = state.sort ?? "@timestamp";
  const direction = state.direction ?? "desc";
  const { params, sent } = scopeParams(state);
  // Searching again for the same query re-runs it (new flows may have been ingested since).
  const [refresh, setRefresh] = useState(0);
  const hits = useHits({ ...params, sort, direction, limit: pageSize, fields: columns.join(",") }, refresh);
  const filter = (field: string, value: string | number | boolean, negate: boolean) => update({ pills: addPill(state.pills, field, value, negate) });
  const closeFlyout = useCallback(() => update({ flow: null }, true), [update]);
  const malformed = hits.error?.column !== undefined ? hits.error : null;

  return (
    <div className="discover">
      <div className="toolbar">
        <QueryBar value={state.q} onSubmit={(q) => (q === state.q ? setRefresh((r) => r + 1) : update({ q }))} />
        <TimePicker range={state.range} onChange={(range) => update({ range })} />
        <CaptureFilter selected={state.captures} onChange={(captures) => update({ captures })} />
        <SaveSearchButton body={toBody(state, columns)} />
      </div>
      {malformed ? <KqlError problem={malformed} typed={state.q} sent={sent} /> : null}
      <FilterPills pills={state.pills} onChange={(pills) => update({ pills })} />
      <div className="discover-body">
        {fields.data ? (
          <FieldSidebar fields={fields.data} columns={columns} params={params} onToggleColumn={(f) => setColumns(toggleColumn(columns, f))} onFilter={filter} />
        ) : (
          <aside className="field-sidebar">
            {fields.error ? <ProblemNotice what="The field list did not load" problem={fields.error} /> : <p className="muted">Loading fields…</p>}
          </aside>
        )}
        <main className="discover-main">
          {malformed ? (
            <Notice title="Fix the query to see flows.">The query above could not be read; the caret marks where. KQL is described in docs/kql.md.</Notice>
          ) : (
            <HistogramPane params={params} refresh={refresh} onRange={(range) => update({ range })} />
          )}
          <div className="hits-header">
            <span className="hit-count" aria-live="polite" aria-busy={hits.loading}>
              {hits.total === null ? (hits.loading ? "Searching…" : "") : <><strong data-testid="hit-total">{formatCount(hits.total)}</strong> {hits.total === 1 ? "flow" : "flows"}</>}
            </span>
            {hits.total !== null && hits.total > 0 ? (
              <span className="muted small">
                showing {formatCount(hits.hits.length)} · sorted by {sort} {direction === "asc" ? "ascending" : "descending"}
              </span>
            ) : null}
            {malformed ? null : <a className="link-button export-link" href={apiUrl("/export", { ...params, sort, direction })} download="flows.ndjson">
              Export NDJSON
            </a>}
          </div>
          <Warnings warnings={hits.warnings} />
          {hits.error && !malformed ? <ProblemNotice what="The search failed" problem={hits.error} /> : null}
          {!hits.error && hits.total === 0 ? (
            <Notice title="No flows match this search.">
              Widen the time range (it is “{state.range.from || state.range.to ? "a narrowed range" : "all time"}”), remove a filter, or check the query. Captures still being ingested appear on the Captures page.
            </Notice>
          ) : null}
          {hits.hits.length > 0 ? (
            <HitsTable
              hits={hits.hits}
              columns={columns}
              sort={sort}
              direction={direction}
              selected={state.flow}
              onSort={(s, d) => update({ sort: s, direction: d })}
              onOpen={(id) => update({ flow: id }, true)}
              onRemoveColumn={(c) => setColumns(columns.filter((x) => x !== c))}
            />
          ) : null}
          {hits.nextCursor && !hits.error ? (
            <div className="load-more">
              <button type="button" className="button" onClick={hits.loadMore} disabled={hits.loadingMore}>
                {hits.loadingMore ? "Loading…" : `Load ${pageSize} more`}
              </button>
            </div>
          ) : hits.hits.length > 0 && hits.total !== null ? (
            <p className="muted small end-of-hits">All {formatCount(hits.hits.length)} matching flows are shown.</p>
          ) : null}
        </main>
        {state.flow ? (
          <FlowFlyout id={state.flow} columns={columns} onClose={closeFlyout} onFilter={filter} onToggleColumn={(f) => setColumns(toggleColumn(columns, f))} />
        ) : null}
      </div>
    </div>
  );
}
