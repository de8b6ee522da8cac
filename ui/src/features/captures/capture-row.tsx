import type { CaptureRecord } from "../../api/types";
import { captureName } from "../../api/captures";
import { Link } from "../../app/link";
import { ShareBar } from "../../components/share-bar";
import { formatBytes, formatCount, formatSecond } from "../../lib/format";

const statusText: Record<CaptureRecord["status"], string> = {
  queued: "queued",
  processing: "processing",
  done: "done",
  "done-with-warnings": "done with warnings",
  failed: "failed",
};

/** One capture: name (opens Discover on its flows), status with progress, counts, warnings and failure reason. */
export function CaptureRow({ capture, onDelete }: { capture: CaptureRecord; onDelete: (capture: CaptureRecord) => void }) {
  const share = capture.size > 0 ? capture.bytesRead / capture.size : 0;
  const running = capture.status === "queued" || capture.status === "processing";
  return (
    <tr aria-label={`Capture ${captureName(capture)}`}>
      <td>
        <Link href={`/?captures=${encodeURIComponent(capture.id)}`} title="Open its flows in Discover">
          {captureName(capture)}
        </Link>
        <div className="muted small mono" title={`sha256 ${capture.sha256}`}>
          {capture.id.slice(0, 12)} · {capture.source}
        </div>
      </td>
      <td>
        <span className={`status status-${capture.status}`} data-testid="capture-status">
          {statusText[capture.status]}
        </span>
        {running ? <ShareBar share={share} label={`${captureName(capture)} ingest progress`} /> : null}
        {capture.failureReason ? <div className="failure">{capture.failureReason}</div> : null}
      </td>
      <td className="num">{formatBytes(capture.size)}</td>
      <td className="num">{formatCount(capture.packets)}</td>
      <td className="num" data-testid="capture-flows">
        {formatCount(capture.flows)}
      </td>
      <td>
        {capture.warnings.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          <details>
            <summary>{capture.warnings.length === 1 ? "1 warning" : `${capture.warnings.length} warnings`}</summary>
            <ul className="plain warnings-list">
              {capture.warnings.map((w, i) => (
                <li key={i} className="mono small">
                  {w}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td className="small nowrap">{formatSecond(capture.received)}</td>
      <td>
        <button type="button" className="button danger small-button" onClick={() => onDelete(capture)} aria-label={`Delete ${captureName(capture)}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}
