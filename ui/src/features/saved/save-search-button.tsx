import { useState } from "react";
import { toProblem } from "../../api/use-api";
import type { Problem } from "../../api/types";
import { Dialog } from "../../components/dialog";
import { ProblemNotice } from "../../components/notice";
import { saveSearch, type SavedSearchBody } from "./saved-search";

/** Saves the current search under a name (the saved objects API). */
export function SaveSearchButton({ body }: { body: SavedSearchBody }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setProblem(null);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => (setOpen(true), setSaved(null))} title="Save this search">
        Save
      </button>
      {saved ? (
        <span className="muted small" role="status">
          Saved as “{saved}”
        </span>
      ) : null}
      {open ? (
        <Dialog title="Save search" onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              saveSearch(title.trim(), body).then(
                (s) => (setSaved(s?.title ?? title), setTitle(""), close()),
                (err: unknown) => setProblem(toProblem(err)),
              );
            }}
          >
            <label className="stacked">
              Name
              <input autoFocus required value={title} onChange={(e) => setTitle(e.target.value)} aria-label="Saved search name" />
            </label>
            <p className="muted small">Keeps the query, filters, time range, captures, columns and sort.</p>
            {problem ? <ProblemNotice what="Not saved" problem={problem} /> : null}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={close}>
                Cancel
              </button>
              <button type="submit" className="button primary" disabled={title.trim() === ""}>
                Save
              </button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
