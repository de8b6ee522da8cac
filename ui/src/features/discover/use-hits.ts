import { useCallback, useEffect, useRef, useState } from "react";
import { getJson, type Params } from "../../api/client";
import { toProblem } from "../../api/use-api";
import type { FlowHit, FlowHits, Problem } from "../../api/types";

export interface HitsState {
  hits: FlowHit[];
  total: number | null;
  nextCursor: string | null;
  warnings: string[];
  error: Problem | null;
  loading: boolean;
  loadingMore: boolean;
}

const initial: HitsState = { hits: [], total: null, nextCursor: null, warnings: [], error: null, loading: true, loadingMore: false };

/**
 * The hits of a search, page by page through the API's cursor. A new search (other parameters, or a higher
 * refresh count for the same ones) aborts the one in flight and any "load more" of the previous one.
 */
export function useHits(params: Params, refresh: number): HitsState & { loadMore: () => void } {
  const search = JSON.stringify(params);
  const key = `${refresh}:${search}`;
  const [state, setState] = useState<HitsState>(initial);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    setState((s) => ({ ...s, loading: true, loadingMore: false }));
    getJson<FlowHits>("/search", JSON.parse(search) as Params, abort.signal).then(
      (page) => !abort.signal.aborted && setState({ ...initial, loading: false, hits: page.hits, total: page.total, nextCursor: page.nextCursor, warnings: page.warnings }),
      (e: unknown) => !abort.signal.aborted && setState({ ...initial, loading: false, error: toProblem(e) }),
    );
    return () => abort.abort();
  }, [key, search]);

  const loadMore = useCallback(() => {
    const abort = controller.current;
    if (!abort || !state.nextCursor || state.loadingMore) return;
    setState((s) => ({ ...s, loadingMore: true }));
    getJson<FlowHits>("/search", { ...(JSON.parse(search) as Params), after: state.nextCursor }, abort.signal).then(
      (page) => !abort.signal.aborted && setState((s) => ({ ...s, loadingMore: false, hits: [...s.hits, ...page.hits], nextCursor: page.nextCursor })),
      (e: unknown) => !abort.signal.aborted && setState((s) => ({ ...s, loadingMore: false, error: toProblem(e) })),
    );
  }, [search, state.nextCursor, state.loadingMore]);

  return { ...state, loadMore };
}
