import { useState } from "react";
import { Popover } from "../../components/popover";
import { describeRange, fromLocalInput, quickRanges, toLocalInput, type TimeRange } from "../../lib/time-range";

/** Quick ranges ("all time" first, since captures are old) and an absolute from/to in UTC. */
export function TimePicker({ range, onChange }: { range: TimeRange; onChange: (range: TimeRange) => void }) {
  return (
    <Popover className="time-picker" title="Time range (UTC)" label={<>Time: {describeRange(range)}</>}>
      {(close) => <TimePanel range={range} onPick={(r) => (onChange(r), close())} />}
    </Popover>
  );
}

function TimePanel({ range, onPick }: { range: TimeRange; onPick: (range: TimeRange) => void }) {
  const [from, setFrom] = useState(toLocalInput(range.from));
  const [to, setTo] = useState(toLocalInput(range.to));
  return (
    <div className="time-panel">
      <div>
        <h3>Quick ranges</h3>
        <ul className="plain quick-ranges">
          {quickRanges.map((q) => (
            <li key={q.label}>
              <button type="button" className="link-button" onClick={() => onPick(q.range)}>
                {q.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <form
        className="absolute-range"
        onSubmit={(e) => {
          e.preventDefault();
          onPick({ from: fromLocalInput(from), to: fromLocalInput(to) });
        }}
      >
        <h3>Absolute (UTC)</h3>
        <label>
          From
          <input type="datetime-local" step="1" aria-label="From (UTC)" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To
          <input type="datetime-local" step="1" aria-label="To (UTC)" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <p className="muted small">Leave a side empty for no bound; "to" is exclusive.</p>
        <button type="submit" className="button primary">
          Apply
        </button>
      </form>
    </div>
  );
}
