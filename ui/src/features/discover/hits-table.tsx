import type { FlowHit } from "../../api/types";
import type { Direction } from "../../lib/url-state";
import { formatField } from "../../lib/format";

interface Props {
  hits: FlowHit[];
  columns: string[];
  sort: string;
  direction: Direction;
  selected: string | null;
  onSort: (field: string, direction: Direction) => void;
  onOpen: (id: string) => void;
  onRemoveColumn: (field: string) => void;
}

/** One row per flow with the chosen columns; a header click sorts by it (the API sorts, so paging stays right). */
export function HitsTable({ hits, columns, sort, direction, selected, onSort, onOpen, onRemoveColumn }: Props) {
  return (
    <div className="table-scroll">
      <table className="hits" aria-label="Flows">
        <thead>
          <tr>
            <th className="expand-cell" aria-label="Details" />
            {columns.map((column) => {
              const sorted = column === sort;
              return (
                <th key={column} aria-sort={sorted ? (direction === "asc" ? "ascending" : "descending") : "none"}>
                  <button
                    type="button"
                    className="column-sort"
                    aria-label={`Sort by ${column}`}
                    onClick={() => onSort(column, sorted && direction === "desc" ? "asc" : "desc")}
                  >
                    {breakable(column)}
                    <span className="sort-mark">{sorted ? (direction === "asc" ? " ▲" : " ▼") : ""}</span>
                  </button>
                  <button type="button" className="column-remove" aria-label={`Remove column ${column}`} title="Remove column" onClick={() => onRemoveColumn(column)}>
                    ×
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {hits.map((hit) => (
            <tr
              key={hit.id}
              className={hit.id === selected ? "selected" : undefined}
              tabIndex={0}
              onClick={() => onOpen(hit.id)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onOpen(hit.id);
                }
              }}
            >
              <td className="expand-cell">
                <button type="button" className="icon-button" aria-label={`Open flow ${hit.id}`} tabIndex={-1}>
                  ›
                </button>
              </td>
              {columns.map((column) => (
                <td key={column} className={cellClass(column)}>
                  {formatField(column, hit.fields[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A field name that may wrap after its dots, so long names do not widen short columns. */
function breakable(field: string) {
  return field.split(".").map((part, i, parts) => (
    <span key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          .<wbr />
        </>
      ) : null}
    </span>
  ));
}

function cellClass(column: string): string | undefined {
  return /(bytes|packets|\.port|duration)$/.test(column) ? "num" : undefined;
}
