/** A time range as the API takes it: date math (now-15m) or ISO 8601; null on a side means unbounded. */
export interface TimeRange {
  from: string | null;
  to: string | null;
}

export const allTime: TimeRange = { from: null, to: null };

export interface QuickRange {
  label: string;
  range: TimeRange;
}

/** "All time" first: captures are usually older than any relative range. */
export const quickRanges: QuickRange[] = [
  { label: "All time", range: allTime },
  { label: "Last 15 minutes", range: { from: "now-15m", to: null } },
  { label: "Last 1 hour", range: { from: "now-1h", to: null } },
  { label: "Last 24 hours", range: { from: "now-24h", to: null } },
  { label: "Last 7 days", range: { from: "now-7d", to: null } },
  { label: "Last 30 days", range: { from: "now-30d", to: null } },
  { label: "Last 1 year", range: { from: "now-1y", to: null } },
  { label: "Today", range: { from: "now/d", to: null } },
];

/** How the range reads in the picker's button: the quick range's name, or the absolute ends. */
export function describeRange(range: TimeRange): string {
  const quick = quickRanges.find((q) => q.range.from === range.from && q.range.to === range.to);
  if (quick) return quick.label;
  const end = (value: string | null, open: string) => (value === null ? open : value.replace("T", " ").replace(/\.000Z$|Z$/, ""));
  return `${end(range.from, "the beginning")} → ${end(range.to, "now")}`;
}

const unitMs: Record<string, number> = { ms: 1, s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3, y: 365 * 86400e3 };

/** The API's bucket width (30s, 5m, 1h, 60d) in milliseconds; null when it is not one. */
export function intervalMs(interval: string): number | null {
  const m = /^(\d+)(ms|s|m|h|d|w|y)$/.exec(interval.trim());
  return m ? Number(m[1]) * unitMs[m[2]] : null;
}

export interface Bucket {
  start: string;
  count: number;
}

/**
 * The range a brush from x0 to x1 (epoch ms, in either order) covers, widened to whole buckets: from the start of
 * the bucket under the earlier end to the end of the bucket under the later one (the API's `to` is exclusive).
 */
export function brushRange(x0: number, x1: number, buckets: readonly Bucket[], interval: string): TimeRange | null {
  const width = intervalMs(interval);
  if (width === null || buckets.length === 0) return null;
  const lo = Math.min(x0, x1);
  const hi = Math.max(x0, x1);
  const starts = buckets.map((b) => Date.parse(b.start));
  const first = starts[0];
  const last = starts[starts.length - 1] + width;
  const from = Math.max(first, bucketStartAt(lo, starts));
  const to = Math.min(last, bucketStartAt(hi, starts) + width);
  if (!(to > from)) return null;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The start of the bucket that holds t (the last start at or before it; the first when t is before them all). */
function bucketStartAt(t: number, starts: readonly number[]): number {
  let found = starts[0];
  for (const start of starts) {
    if (start <= t) found = start;
    else break;
  }
  return found;
}

/** One bucket's own range, for a click on a bar. */
export function bucketRange(start: string, interval: string): TimeRange | null {
  const width = intervalMs(interval);
  if (width === null) return null;
  const t = Date.parse(start);
  return { from: new Date(t).toISOString(), to: new Date(t + width).toISOString() };
}

/**
 * A typed time bound: empty (no bound), date math the API reads (now-1h, now/d), or a UTC date and time
 * (2013-11-25, 2013-11-25 14:00, 2013-11-25T14:00:05.250Z). Undefined when it is none of these.
 */
export function parseTimeInput(text: string): string | null | undefined {
  const value = text.trim();
  if (value === "") return null;
  if (/^now([+-]\d+(ms|s|m|h|d|w|M|y))*(\/(s|m|h|d|w|M|y))?$/.test(value)) return value;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?)?Z?$/.exec(value);
  if (!m) return undefined;
  const t = Date.parse(`${m[1]}T${m[2] ?? "00:00"}${m[3] ?? ":00"}Z`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** A bound as the picker's text field shows it: date math as is, ISO as "2013-11-25 14:00:00" (UTC). */
export function showTimeInput(value: string | null): string {
  if (value === null) return "";
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  return value.replace("T", " ").replace(/\.000Z$|Z$/, "");
}
