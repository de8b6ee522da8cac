import { useState } from "react";
import type { Params } from "../../api/client";
import type { FieldDescription } from "../../api/types";
import { FieldTopValues } from "./field-top-values";

const typeBadge: Record<string, string> = { keyword: "k", text: "t", ip: "ip", long: "#", date: "◷" };

interface Props {
  fields: FieldDescription[];
  columns: string[];
  params: Params;
  onToggleColumn: (field: string) => void;
  onFilter: (field: string, value: string | number | boolean, negate: boolean) => void;
}

/** Every field of the document (from the API), the chosen columns first; a field opens to its top values. */
export function FieldSidebar({ fields, columns, params, onToggleColumn, onFilter }: Props) {
  const [search, setSearch] = useState("");
  const [open, setOpen] = useState<string | null>(null);
  const matching = fields.filter((f) => f.name.toLowerCase().includes(search.trim().toLowerCase()));
  const selected = columns.map((c) => matching.find((f) => f.name === c)).filter((f): f is FieldDescription => f !== undefined);
  const available = matching.filter((f) => !columns.includes(f.name));
  const row = (field: FieldDescription) => (
    <li key={field.name} className={`field${open === field.name ? " field-open" : ""}`}>
      <div className="field-row">
        <button
          type="button"
          className="field-name"
          aria-expanded={open === field.name}
          aria-label={`Top values of ${field.name}`}
          title={`${field.name} (${field.type}${field.multi ? ", several values" : ""}): show top values`}
          onClick={() => setOpen(open === field.name ? null : field.name)}
        >
          <span className={`type-badge type-${field.type}`}>{typeBadge[field.type] ?? "?"}</span>
          {field.name}
        </button>
        <button
          type="button"
          className="field-toggle"
          aria-label={`${columns.includes(field.name) ? "Remove" : "Add"} column ${field.name}`}
          title={columns.includes(field.name) ? "Remove column" : "Add column"}
          onClick={() => onToggleColumn(field.name)}
        >
          {columns.includes(field.name) ? "−" : "+"}
        </button>
      </div>
      {open === field.name ? <FieldTopValues field={field} params={params} onFilter={onFilter} /> : null}
    </li>
  );
  return (
    <aside className="field-sidebar" aria-label="Fields">
      <input className="field-search" type="search" placeholder="Search field names" aria-label="Search field names" value={search} onChange={(e) => setSearch(e.target.value)} />
      <h3>Selected fields</h3>
      {selected.length === 0 ? <p className="muted small">No selected field matches.</p> : <ul className="plain fields">{selected.map(row)}</ul>}
      <h3>Available fields</h3>
      {available.length === 0 ? <p className="muted small">No other field matches "{search}".</p> : <ul className="plain fields">{available.map(row)}</ul>}
    </aside>
  );
}
