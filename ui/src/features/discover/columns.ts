/** The columns a first visit shows; a field the API does not list is left out. */
export const defaultColumns = [
  "@timestamp",
  "source.ip",
  "source.port",
  "destination.ip",
  "destination.port",
  "network.transport",
  "network.protocol",
  "network.bytes",
];

const storageKey = "pcapsearch.discover.columns";

/** The columns the user last chose, kept in this browser (the URL carries them too, for sharing). */
export function storedColumns(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? "null");
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((c) => typeof c === "string")) return parsed as string[];
  } catch {
    // storage unavailable or damaged: the defaults
  }
  return defaultColumns;
}

export function storeColumns(columns: readonly string[]): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(columns));
  } catch {
    // private mode: the URL still carries them
  }
}

export function toggleColumn(columns: readonly string[], field: string): string[] {
  return columns.includes(field) ? columns.filter((c) => c !== field) : [...columns, field];
}
