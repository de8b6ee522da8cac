import { useCallback, useEffect, useRef, useState } from "react";
import { loadCaptures } from "../../api/captures";
import { toProblem } from "../../api/use-api";
import type { CaptureRecord, Problem } from "../../api/types";
import { finished, followCapture } from "./capture-progress";

/** The catalog, kept live: every capture not finished is followed through its progress stream. */
export function useCaptures() {
  const [captures, setCaptures] = useState<CaptureRecord[] | null>(null);
  const [error, setError] = useState<Problem | null>(null);
  const followed = useRef(new Map<string, () => void>());

  const merge = useCallback((record: CaptureRecord) => {
    setCaptures((list) => {
      const rest = (list ?? []).filter((c) => c.id !== record.id);
      const at = (list ?? []).findIndex((c) => c.id === record.id);
      if (at < 0) return [record, ...rest];
      const next = [...(list ?? [])];
      next[at] = record;
      return next;
    });
  }, []);

  const remove = useCallback((id: string) => {
    followed.current.get(id)?.();
    followed.current.delete(id);
    setCaptures((list) => (list ?? []).filter((c) => c.id !== id));
  }, []);

  const follow = useCallback(
    (record: CaptureRecord) => {
      merge(record);
      if (finished(record) || followed.current.has(record.id)) return;
      followed.current.set(record.id, followCapture(record.id, merge, () => remove(record.id)));
    },
    [merge, remove],
  );

  useEffect(() => {
    const abort = new AbortController();
    loadCaptures(abort.signal).then(
      (list) => {
        setCaptures(list);
        list.filter((c) => !finished(c)).forEach(follow);
      },
      (e: unknown) => !abort.signal.aborted && setError(toProblem(e)),
    );
    const streams = followed.current;
    return () => {
      abort.abort();
      streams.forEach((stop) => stop());
      streams.clear();
    };
  }, [follow]);

  return { captures, error, follow, remove };
}
