import type { Problem } from "../../api/types";
import { typedColumn, type SentQuery } from "../../lib/kql";

/** A malformed query: the API's reason, and the typed text with a caret under the column it points at. */
export function KqlError({ problem, typed, sent }: { problem: Problem; typed: string; sent: SentQuery }) {
  const column = problem.column !== undefined ? typedColumn(sent, typed, problem.column) : null;
  const shown = column !== null ? typed : sent.text;
  const at = column ?? problem.column ?? 1;
  return (
    <div className="kql-error" role="alert" aria-label="Query error">
      <div>
        <strong>{problem.title}</strong> at column <span className="kql-error-column">{at}</span>: {problem.detail?.replace(/ at column \d+\.?$/, ".")}
      </div>
      <pre className="kql-error-text">
        {shown}
        {"\n"}
        {" ".repeat(Math.max(0, at - 1))}^
      </pre>
    </div>
  );
}
