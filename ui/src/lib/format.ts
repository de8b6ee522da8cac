const byteUnits = ["B", "KB", "MB", "GB", "TB", "PB"];

/** Bytes in powers of 1024 with one decimal under 10 units (1.5 KB, 12 MB); exact below 1 KB. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "";
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${bytes < 0 ? "-" : ""}${value.toFixed(digits)} ${byteUnits[unit]}`;
}

/** A duration in nanoseconds (event.duration) as the two largest units: 850 ns, 1.2 ms, 3.4 s, 2m 05s, 1h 02m, 3d 04h. */
export function formatDuration(nanoseconds: number): string {
  if (!Number.isFinite(nanoseconds)) return "";
  const ns = Math.max(0, nanoseconds);
  if (ns < 1e3) return `${Math.round(ns)} ns`;
  if (ns < 1e6) return `${trim(ns / 1e3)} µs`;
  if (ns < 1e9) return `${trim(ns / 1e6)} ms`;
  const seconds = ns / 1e9;
  if (seconds < 60) return `${trim(seconds)} s`;
  const s = Math.floor(seconds);
  const pad = (n: number) => String(n).padStart(2, "0");
  if (s < 3600) return `${Math.floor(s / 60)}m ${pad(s % 60)}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${pad(Math.floor((s % 3600) / 60))}m`;
  return `${Math.floor(s / 86400)}d ${pad(Math.floor((s % 86400) / 3600))}h`;
}

function trim(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1).replace(/\.0$/, "") : value.toFixed(2).replace(/\.?0+$/, "");
}

const integer = new Intl.NumberFormat("en-US");

/** A count with thousands separators (12,345). */
export function formatCount(count: number): string {
  return integer.format(count);
}

/** An ISO timestamp as UTC, to the precision it carries: 2013-11-25 14:55:58.382163. */
export function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return iso;
  if (m[4] && m[4] !== "Z") return iso;
  return `${m[1]} ${m[2]}${m[3] ?? ""}`;
}

/** An ISO timestamp as UTC to the second (2013-11-25 14:55:58), for tables where the full precision is in the title. */
export function formatSecond(iso: string): string {
  return formatTimestamp(iso).replace(/\.\d+$/, "");
}

/** Whether a field holds bytes, a duration or a count by its name, so cells are shown in its unit. */
export function formatField(field: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((v) => formatField(field, v)).join(", ");
  if (typeof value === "number") {
    if (field === "event.duration") return formatDuration(value);
    if (/(^|\.)bytes$/.test(field)) return formatBytes(value);
    if (/port$|\.id$|code$/.test(field)) return String(value);
    return formatCount(value);
  }
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatTimestamp(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
