import type { Pill } from "../../lib/kql";
import { kqlValue } from "../../lib/kql";

/** The clicked filters, ANDed with the typed query: each can be negated, disabled or removed. */
export function FilterPills({ pills, onChange }: { pills: Pill[]; onChange: (pills: Pill[]) => void }) {
  if (pills.length === 0) return null;
  const update = (i: number, patch: Partial<Pill> | null) =>
    onChange(patch === null ? pills.filter((_, j) => j !== i) : pills.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <ul className="pills" aria-label="Filters">
      {pills.map((pill, i) => {
        const text = `${pill.negate ? "NOT " : ""}${pill.field}: ${kqlValue(pill.value)}`;
        return (
          <li key={`${pill.field}=${String(pill.value)}`} className={`pill${pill.negate ? " pill-negated" : ""}${pill.disabled ? " pill-disabled" : ""}`} aria-label={`Filter ${text}`}>
            <span className="pill-text" title={pill.disabled ? "disabled: not applied" : text}>
              {text}
            </span>
            <button type="button" className="pill-action" onClick={() => update(i, { negate: !pill.negate })} title={pill.negate ? "Include results" : "Exclude results"} aria-label={`${pill.negate ? "Include" : "Exclude"} ${pill.field}`}>
              {pill.negate ? "+" : "−"}
            </button>
            <button type="button" className="pill-action" onClick={() => update(i, { disabled: !pill.disabled })} title={pill.disabled ? "Enable" : "Temporarily disable"} aria-label={`${pill.disabled ? "Enable" : "Disable"} ${pill.field}`}>
              {pill.disabled ? "◉" : "◎"}
            </button>
            <button type="button" className="pill-action" onClick={() => update(i, null)} title="Remove" aria-label={`Remove filter ${pill.field}`}>
              ×
            </button>
          </li>
        );
      })}
      <li>
        <button type="button" className="link-button" onClick={() => onChange([])}>
          Clear all
        </button>
      </li>
    </ul>
  );
}
