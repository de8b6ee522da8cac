import { useState } from "react";
import { Popover } from "../../components/popover";
import { describeRange, parseTimeInput, quickRanges, showTimeInput, type TimeRange } from "../../lib/time-range";

/** Quick ranges ("all time" first, since captures are old) and an absolute from/to in UTC. */
export function TimePicker({ range, onChange }: { range: TimeRange; onChange: (range: TimeRange) => void }) {
  return (
    <Popover className="time-picker" title="Time range (UTC)" label={<>Time: {describeRange(range)}</>}>
      {(close) => <TimePanel range={range} onPick={(r) => (onChange(r), close())} />}
    </Popover>
  );
}

function TimePanel({ range, onPick }: { range: TimeRange; onPick: (range: TimeRange) => void }) {
  const [from, setFrom] = useState(showTimeInput(range.from));
  const [to, setTo] = useState(showTimeInput(range.to));
  const [invalid, setInvalid] = useState<string | null>(null);
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
          const [start, end] = [parseTimeInput(from), parseTimeInput(to)];
          if (start === undefined || end === undefined) {
            setInvalid(`“${start === undefined ? from : to}” is no date: write 2013-11-25 14:00:00 (UTC) or date math such as now-1h.`);
            return;
          }
          onPick({ from: start, to: end });
        }}
      >
        <h3>Absolute (UTC)</h3>
        <label>
          From
          <input type="text" className="mono" placeholder="2013-11-25 14:00:00 or now-1h" aria-label="From (UTC)" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To
          <input type="text" className="mono" placeholder="empty: now" aria-label="To (UTC)" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <p className="muted small">Leave a side empty for no bound; “to” is exclusive.</p>
        {invalid ? (
          <p className="form-error" role="alert">
            {invalid}
          </p>
        ) : null}
        <button type="submit" className="button primary">
          Apply
        </button>
      </form>
    </div>
  );
}
