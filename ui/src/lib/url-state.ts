import type { Pill } from "./kql";
import type { TimeRange } from "./time-range";

/** What every flow view reads: the typed KQL, the pills, the time range and the captures. */
export interface Scope {
  q: string;
  pills: Pill[];
  range: TimeRange;
  captures: string[];
}

export type Direction = "asc" | "desc";

/** Discover's whole state; it lives in the address bar so a view can be shared and reloaded. */
export interface DiscoverState extends Scope {
  /** null: the user's default columns. */
  columns: string[] | null;
  sort: string | null;
  direction: Direction | null;
  /** The flow whose flyout is open. */
  flow: string | null;
}

export const emptyScope: Scope = { q: "", pills: [], range: { from: null, to: null }, captures: [] };

/** A pill as one `f` parameter: `-` when negated, `~` when disabled, then field:JSON value (source.ip:"10.0.0.5"). */
export function encodePill(pill: Pill): string {
  return `${pill.negate ? "-" : ""}${pill.disabled ? "~" : ""}${pill.field}:${JSON.stringify(pill.value)}`;
}

export function decodePill(text: string): Pill | null {
  const m = /^(-?)(~?)([^:]+):(.*)$/s.exec(text);
  if (!m) return null;
  let value: unknown;
  try {
    value = JSON.parse(m[4]);
  } catch {
    value = m[4];
  }
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return null;
  return { field: m[3], value, negate: m[1] === "-", disabled: m[2] === "~" };
}

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? "").split(",").filter((s) => s !== "");
}

export function readScope(params: URLSearchParams): Scope {
  return {
    q: params.get("q") ?? "",
    pills: params.getAll("f").map(decodePill).filter((p): p is Pill => p !== null),
    range: { from: params.get("from") || null, to: params.get("to") || null },
    captures: list(params, "captures"),
  };
}

export function writeScope(params: URLSearchParams, scope: Scope): URLSearchParams {
  for (const name of ["q", "f", "from", "to", "captures"]) params.delete(name);
  if (scope.q !== "") params.set("q", scope.q);
  for (const pill of scope.pills) params.append("f", encodePill(pill));
  if (scope.range.from) params.set("from", scope.range.from);
  if (scope.range.to) params.set("to", scope.range.to);
  if (scope.captures.length > 0) params.set("captures", scope.captures.join(","));
  return params;
}

export function readDiscover(params: URLSearchParams): DiscoverState {
  const dir = params.get("dir");
  const columns = list(params, "cols");
  return {
    ...readScope(params),
    columns: columns.length > 0 ? columns : null,
    sort: params.get("sort") || null,
    direction: dir === "asc" || dir === "desc" ? dir : null,
    flow: params.get("flow") || null,
  };
}

export function writeDiscover(state: DiscoverState): URLSearchParams {
  const params = writeScope(new URLSearchParams(), state);
  if (state.columns) params.set("cols", state.columns.join(","));
  if (state.sort) params.set("sort", state.sort);
  if (state.direction) params.set("dir", state.direction);
  if (state.flow) params.set("flow", state.flow);
  return params;
}

/** A link to another view carrying the scope, after the view's own parameters (/host?ip=...&q=...). */
export function scopeHref(path: string, scope: Scope, own: Record<string, string> = {}): string {
  const text = writeScope(new URLSearchParams(own), scope).toString();
  return text === "" ? path : `${path}?${text}`;
}
