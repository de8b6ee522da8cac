import { useEffect, useState } from "react";
import { ApiError, getJson } from "./client";
import type { Problem } from "./types";

export interface ApiState<T> {
  data: T | null;
  error: Problem | null;
  loading: boolean;
}

/**
 * Runs load whenever key changes; the previous request is aborted, so a superseded answer never lands.
 * The last data stays shown while the next request runs. A null key runs nothing.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ data: null, error: null, loading: key !== null });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, loading: false });
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setState({ data: null, error: toProblem(e), loading: false });
      },
    );
    return () => controller.abort();
    // load is a fresh closure each render; key alone says when it asks for something new.
  }, [key]);
  return state;
}

export function toProblem(e: unknown): Problem {
  if (e instanceof ApiError) return e.problem;
  return { status: 0, title: "The API did not answer", detail: e instanceof Error ? e.message : String(e) };
}

const askedOnce = new Map<string, Promise<unknown>>();

/** GET path once per page, for answers that stay the same while it is open; a failed answer is asked again next time. */
export function useOncePerPage<T>(path: string): ApiState<T> {
  return useApi(path, () => {
    let answer = askedOnce.get(path) as Promise<T> | undefined;
    if (answer === undefined) {
      answer = getJson<T>(path).catch((e: unknown) => {
        askedOnce.delete(path);
        throw e;
      });
      askedOnce.set(path, answer);
    }
    return answer;
  });
}
