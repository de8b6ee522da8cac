import { sendJson, getJson } from "../../api/client";
import type { SavedObject } from "../../api/types";
import type { Pill } from "../../lib/kql";
import type { DiscoverState } from "../../lib/url-state";
import { writeDiscover } from "../../lib/url-state";

/** What a saved search keeps: the query, its pills, time range, captures, columns and order. */
export interface SavedSearchBody {
  query: string;
  filters: Pill[];
  from: string | null;
  to: string | null;
  captures: string[];
  columns: string[];
  sort: string | null;
  direction: "asc" | "desc" | null;
}

export function toBody(state: DiscoverState, columns: string[]): SavedSearchBody {
  return {
    query: state.q,
    filters: state.pills,
    from: state.range.from,
    to: state.range.to,
    captures: state.captures,
    columns,
    sort: state.sort,
    direction: state.direction,
  };
}

/** The Discover address that reopens a saved search. */
export function discoverHref(body: Partial<SavedSearchBody>): string {
  const params = writeDiscover({
    q: body.query ?? "",
    pills: body.filters ?? [],
    range: { from: body.from ?? null, to: body.to ?? null },
    captures: body.captures ?? [],
    columns: body.columns && body.columns.length > 0 ? body.columns : null,
    sort: body.sort ?? null,
    direction: body.direction ?? null,
    flow: null,
  });
  const text = params.toString();
  return text ? `/?${text}` : "/";
}

export const saveSearch = (title: string, body: SavedSearchBody) =>
  sendJson<SavedObject<SavedSearchBody>>("POST", "/saved-objects", { type: "search", title, body });

export const listSearches = (signal?: AbortSignal) => getJson<SavedObject<SavedSearchBody>[]>("/saved-objects", { type: "search" }, signal);

export const deleteSearch = (id: string) => sendJson<null>("DELETE", `/saved-objects/${encodeURIComponent(id)}`);
