import { kqlValue } from "../../lib/kql";
import type { Scope } from "../../lib/url-state";
import { scopeHref } from "../../lib/url-state";

/** Discover on every flow an address took part in, either side, within the same scope. */
export function hostFlowsHref(ip: string, scope: Scope): string {
  const either = `source.ip:${kqlValue(ip)} or destination.ip:${kqlValue(ip)}`;
  const q = scope.q.trim() === "" ? either : `(${scope.q}) and (${either})`;
  return scopeHref("/", { ...scope, q });
}
