import { loadCaptures, captureName } from "../../api/captures";
import { useApi } from "../../api/use-api";
import { Popover } from "../../components/popover";

/** Which captures the flows come from: all, or the ones ticked. */
export function CaptureFilter({ selected, onChange }: { selected: string[]; onChange: (captures: string[]) => void }) {
  const captures = useApi("captures", loadCaptures);
  const names = new Map((captures.data ?? []).map((c) => [c.id, captureName(c)]));
  const label =
    selected.length === 0 ? "All captures" : selected.length === 1 ? names.get(selected[0]) ?? selected[0].slice(0, 12) : `${selected.length} captures`;
  return (
    <Popover className="capture-filter" title="Captures" label={<>Captures: {label}</>}>
      {() => (
        <div className="capture-panel">
          {captures.error ? <p className="muted">The capture list did not load: {captures.error.detail ?? captures.error.title}</p> : null}
          {captures.data?.length === 0 ? <p className="muted">No captures yet: upload one on the Captures page.</p> : null}
          <button type="button" className="link-button" onClick={() => onChange([])} disabled={selected.length === 0}>
            All captures
          </button>
          <ul className="plain">
            {(captures.data ?? []).map((c) => (
              <li key={c.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(c.id)}
                    onChange={(e) => onChange(e.target.checked ? [...selected, c.id] : selected.filter((id) => id !== c.id))}
                  />{" "}
                  {captureName(c)} <span className="muted small">({c.flows} flows)</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Popover>
  );
}
