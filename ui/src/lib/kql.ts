/** A filter pill: one field = value condition the user clicked, kept apart from the typed KQL. */
export interface Pill {
  field: string;
  value: string | number | boolean;
  negate: boolean;
  disabled: boolean;
}

/**
 * A value as a KQL phrase: quoted, with backslash and double quote escaped, so its `*` and `?` are literal characters
 * rather than wildcards; numbers and booleans stay bare.
 */
export function kqlValue(value: string | number | boolean): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return '"' + value.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
}

/** A field name is used as is unless it holds a character KQL reads as syntax (wildcards included); then each such one is escaped. */
export function kqlField(field: string): string {
  return field.replace(/[\\():<>"*?{}\s]/g, (c) => "\\" + c);
}

export function pillClause(pill: Pill): string {
  const clause = `${kqlField(pill.field)}:${kqlValue(pill.value)}`;
  return pill.negate ? `NOT ${clause}` : clause;
}

/** The query sent to the API and where the typed text starts in it, so an error column maps back onto the text. */
export interface SentQuery {
  text: string;
  /** Characters before the typed text in {@link text}. */
  offset: number;
}

/** The typed KQL (parenthesised when there are pills) and every enabled pill, combined with AND. */
export function buildQuery(typed: string, pills: readonly Pill[]): SentQuery {
  const clauses = pills.filter((p) => !p.disabled).map(pillClause);
  const text = typed.trim();
  if (clauses.length === 0) return { text, offset: 0 };
  if (text === "") return { text: clauses.join(" AND "), offset: 0 };
  return { text: [`(${text})`, ...clauses].join(" AND "), offset: 1 };
}

/**
 * The column (1-based) of the typed text that the API's column in the sent query points at; null when it points
 * into a pill (the pills are well-formed, so that means the typed text left something open).
 */
export function typedColumn(sent: SentQuery, typed: string, column: number): number | null {
  const leading = typed.length - typed.trimStart().length;
  const inTyped = column - sent.offset + leading;
  return inTyped >= 1 && inTyped <= typed.length + 1 ? inTyped : null;
}

export function samePill(a: Pill, b: Pill): boolean {
  return a.field === b.field && a.value === b.value;
}

/** Adds a pill, or flips an existing one on the same field and value to the asked polarity. */
export function addPill(pills: readonly Pill[], field: string, value: Pill["value"], negate: boolean): Pill[] {
  const pill: Pill = { field, value, negate, disabled: false };
  const at = pills.findIndex((p) => samePill(p, pill));
  if (at < 0) return [...pills, pill];
  return pills.map((p, i) => (i === at ? pill : p));
}
