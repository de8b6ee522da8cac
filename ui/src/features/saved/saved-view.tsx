import { useState } from "react";
import { toProblem, useApi } from "../../api/use-api";
import type { Problem } from "../../api/types";
import { Link } from "../../app/link";
import { Dialog } from "../../components/dialog";
import { Notice, ProblemNotice } from "../../components/notice";
import { describeRange } from "../../lib/time-range";
import { buildQuery } from "../../lib/kql";
import { formatSecond } from "../../lib/format";
import { deleteSearch, discoverHref, listSearches } from "./saved-search";

/** The saved searches: open one in Discover, or delete it. */
export function SavedView() {
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; title: string } | null>(null);
  const searches = useApi(`saved-${version}`, listSearches);
  const remove = (id: string) =>
    deleteSearch(id).then(
      () => (setDeleting(null), setVersion((v) => v + 1)),
      (e: unknown) => setProblem(toProblem(e)),
    );
  return (
    <div className="page">
      <h1>Saved searches</h1>
      {searches.error ? <ProblemNotice what="The saved searches did not load" problem={searches.error} /> : null}
      {searches.data?.length === 0 ? <Notice title="No saved searches yet.">Run a search in Discover and press Save.</Notice> : null}
      {searches.data && searches.data.length > 0 ? (
        <table className="grid" aria-label="Saved searches">
          <thead>
            <tr>
              <th>Name</th>
              <th>Query sent</th>
              <th>Time range</th>
              <th>Updated (UTC)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {searches.data.map((s) => {
              const body = s.body ?? {};
              return (
                <tr key={s.id}>
                  <td>
                    <Link href={discoverHref(body)}>{s.title}</Link>
                  </td>
                  <td className="mono small">{buildQuery(body.query ?? "", body.filters ?? []).text || <span className="muted">everything</span>}</td>
                  <td className="small">{describeRange({ from: body.from ?? null, to: body.to ?? null })}</td>
                  <td className="small">{formatSecond(s.updated)}</td>
                  <td>
                    <button type="button" className="button danger small-button" aria-label={`Delete saved search ${s.title}`} onClick={() => (setProblem(null), setDeleting({ id: s.id, title: s.title }))}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {deleting ? (
        <Dialog title={`Delete “${deleting.title}”?`} onClose={() => setDeleting(null)}>
          <p>The saved search is removed for everyone using this PcapSearch; the flows stay.</p>
          {problem ? <ProblemNotice what="Not deleted" problem={problem} /> : null}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setDeleting(null)} autoFocus>
              Cancel
            </button>
            <button type="button" className="button danger" onClick={() => void remove(deleting.id)}>
              Delete saved search
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
