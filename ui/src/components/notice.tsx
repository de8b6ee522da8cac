import type { ReactNode } from "react";
import type { Problem } from "../api/types";

/** A written-out state: why a pane is empty, or what went wrong. */
export function Notice({ kind = "empty", title, children }: { kind?: "empty" | "error" | "warning"; title: string; children?: ReactNode }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === "error" ? "alert" : "status"}>
      <strong>{title}</strong>
      {children ? <div className="notice-body">{children}</div> : null}
    </div>
  );
}

export function ProblemNotice({ problem, what }: { problem: Problem; what: string }) {
  return (
    <Notice kind="error" title={`${what}: ${problem.title}`}>
      {problem.detail}
      {problem.status ? <span className="muted"> (HTTP {problem.status})</span> : null}
    </Notice>
  );
}

export function Warnings({ warnings }: { warnings: readonly string[] | undefined }) {
  if (!warnings || warnings.length === 0) return null;
  return (
    <Notice kind="warning" title={warnings.length === 1 ? "Warning" : `${warnings.length} warnings`}>
      <ul className="plain">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </Notice>
  );
}
