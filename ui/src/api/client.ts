import type { Problem } from "./types";
import { buildQuery, type SentQuery } from "../lib/kql";
import type { Scope } from "../lib/url-state";

/** A refusal from the API, with its problem details. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** The body of a failed response as problem details, or one made from its status when it is not one. */
export async function readProblem(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text) as Partial<Problem>;
    if (parsed && typeof parsed === "object" && typeof parsed.title === "string") return { ...parsed, status: parsed.status ?? response.status } as Problem;
  } catch {
    // not JSON: fall through
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}`, detail: text.slice(0, 300) || undefined };
}

export type Params = Record<string, string | number | readonly string[] | null | undefined>;

export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(name, value.join(","));
    } else search.set(name, String(value));
  }
  const text = search.toString();
  return `/api${path}${text ? "?" + text : ""}`;
}

export async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch(apiUrl(path, params), { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new ApiError(await readProblem(response));
  return (await response.json()) as T;
}

export async function sendJson<T>(method: "POST" | "PUT" | "DELETE", path: string, body?: unknown): Promise<T | null> {
  const response = await fetch(apiUrl(path), {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new ApiError(await readProblem(response));
  return response.status === 204 ? null : ((await response.json()) as T);
}

/** The filter parameters every flow read takes (q, from, to, captures), and the query as sent. */
export function scopeParams(scope: Scope): { params: Params; sent: SentQuery } {
  const sent = buildQuery(scope.q, scope.pills);
  return { params: { q: sent.text, from: scope.range.from, to: scope.range.to, captures: scope.captures }, sent };
}
