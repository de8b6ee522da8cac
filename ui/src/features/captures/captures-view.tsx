import { useState } from "react";
import { captureName } from "../../api/captures";
import { sendJson } from "../../api/client";
import { toProblem } from "../../api/use-api";
import type { CaptureRecord, Problem } from "../../api/types";
import { Dialog } from "../../components/dialog";
import { Notice, ProblemNotice } from "../../components/notice";
import { formatCount } from "../../lib/format";
import { CaptureRow } from "./capture-row";
import { UploadZone } from "./upload-zone";
import { useCaptures } from "./use-captures";

/** The capture catalog, live; upload, delete, and a way into each capture's flows. */
export function CapturesView() {
  const { captures, error, follow, remove } = useCaptures();
  const [deleting, setDeleting] = useState<CaptureRecord | null>(null);
  const [deleteProblem, setDeleteProblem] = useState<Problem | null>(null);

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await sendJson("DELETE", `/captures/${encodeURIComponent(deleting.id)}`);
      remove(deleting.id);
      setDeleting(null);
    } catch (e) {
      setDeleteProblem(toProblem(e));
    }
  };

  return (
    <div className="page">
      <h1>Captures</h1>
      <UploadZone onUploaded={(records) => records.forEach(follow)} />
      {error ? <ProblemNotice what="The capture list did not load" problem={error} /> : null}
      {captures === null && !error ? <p className="muted">Loading captures…</p> : null}
      {captures?.length === 0 ? (
        <Notice title="No captures yet.">Upload one above, drop files into the watched folder, or start with `./pcapsearch serve --demo`.</Notice>
      ) : null}
      {captures && captures.length > 0 ? (
        <>
          <p className="muted small">
            {formatCount(captures.length)} captures · {formatCount(captures.reduce((n, c) => n + c.flows, 0))} flows
          </p>
          <table className="grid" aria-label="Captures">
            <thead>
              <tr>
                <th>Capture</th>
                <th>Status</th>
                <th className="num">Size</th>
                <th className="num">Packets</th>
                <th className="num">Flows</th>
                <th>Warnings</th>
                <th>Received (UTC)</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {captures.map((c) => (
                <CaptureRow key={c.id} capture={c} onDelete={(capture) => (setDeleteProblem(null), setDeleting(capture))} />
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {deleting ? (
        <Dialog title={`Delete ${captureName(deleting)}?`} onClose={() => setDeleting(null)}>
          <p>
            Its {formatCount(deleting.flows)} flows, its part of the host documents and its catalog record are removed.
          </p>
          {deleteProblem ? <ProblemNotice what="Not deleted" problem={deleteProblem} /> : null}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setDeleting(null)} autoFocus>
              Cancel
            </button>
            <button type="button" className="button danger" onClick={() => void confirmDelete()}>
              Delete capture
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
