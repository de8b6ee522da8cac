import { getJson, type Params } from "../../api/client";
import { useApi } from "../../api/use-api";
import type { FlowHistogram } from "../../api/types";
import { formatCount, formatSecond } from "../../lib/format";
import { brushRange, intervalMs, type TimeRange } from "../../lib/time-range";
import { HistogramChart } from "./histogram-chart";

/** What cannot be drawn, as text (an empty answer, an interval we cannot read); null when it can. */
export function validateHistogram(histogram: FlowHistogram): string | null {
  if (histogram.buckets.length === 0) return "No flows in this time range to draw.";
  if (intervalMs(histogram.interval) === null) return `The API's bucket width "${histogram.interval}" cannot be drawn.`;
  if (histogram.buckets.every((b) => b.count === 0)) return "No flows in this time range to draw.";
  return null;
}

/** The date histogram of the current query; a brush (or a click on a bar) sets the time range, never the query. */
export function HistogramPane({ params, refresh, onRange }: { params: Params; refresh: number; onRange: (range: TimeRange) => void }) {
  const key = `${refresh}:${JSON.stringify(params)}`;
  const histogram = useApi(key, (signal) => getJson<FlowHistogram>("/histogram", params, signal));
  const data = histogram.data;
  const invalid = data ? validateHistogram(data) : null;
  const brush = (first: number, last: number) => {
    if (!data) return;
    const lo = data.buckets[Math.max(0, Math.min(first, last))];
    const hi = data.buckets[Math.min(data.buckets.length - 1, Math.max(first, last))];
    const range = brushRange(Date.parse(lo.start), Date.parse(hi.start), data.buckets, data.interval);
    if (range) onRange(range);
  };
  return (
    <section className="histogram-pane" aria-label="Histogram" aria-busy={histogram.loading}>
      {histogram.error ? (
        <p className="histogram-message">The histogram did not load: {histogram.error.detail ?? histogram.error.title}</p>
      ) : data && invalid ? (
        <p className="histogram-message">{invalid}</p>
      ) : data ? (
        <>
          <div className="histogram-caption muted small">
            {formatCount(data.buckets.reduce((n, b) => n + b.count, 0))} flows in {data.interval} buckets from {formatSecond(data.buckets[0].start)} UTC · drag across bars to zoom, click one to take it
          </div>
          <HistogramChart buckets={data.buckets} onBrush={brush} />
        </>
      ) : (
        <p className="histogram-message muted">Loading the histogram…</p>
      )}
    </section>
  );
}
