import type { CaptureRecord } from "../../api/types";

export const finished = (record: CaptureRecord) => record.status === "done" || record.status === "done-with-warnings" || record.status === "failed";

/**
 * Follows one capture's progress stream (server-sent events: progress, then done, failed or deleted) and hands each
 * record on; returns the function that stops listening.
 */
export function followCapture(id: string, onRecord: (record: CaptureRecord) => void, onDeleted: () => void): () => void {
  const source = new EventSource(`/api/captures/${encodeURIComponent(id)}/progress`);
  const read = (e: MessageEvent<string>) => {
    const record = JSON.parse(e.data) as CaptureRecord;
    onRecord(record);
    if (finished(record)) source.close();
  };
  source.addEventListener("progress", read);
  source.addEventListener("done", read);
  source.addEventListener("failed", read);
  source.addEventListener("deleted", () => {
    source.close();
    onDeleted();
  });
  // The stream closes after its last event; EventSource would reconnect, so an error after the end just stops it.
  source.onerror = () => source.readyState === EventSource.CLOSED || source.close();
  return () => source.close();
}
