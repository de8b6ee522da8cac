import { useEffect } from "react";
import { getJson } from "../../api/client";
import { useApi } from "../../api/use-api";
import type { FieldValue, FlowHit } from "../../api/types";
import { ProblemNotice } from "../../components/notice";
import { formatBytes, formatDuration, formatField } from "../../lib/format";
import { EnrichmentCredit, hasEnrichment } from "./enrichment-credit";

interface Props {
  id: string;
  columns: string[];
  onClose: () => void;
  onFilter: (field: string, value: string | number | boolean, negate: boolean) => void;
  onToggleColumn: (field: string) => void;
}

/** Every field of one flow document, each value with filter for / filter out; Escape closes it. */
export function FlowFlyout({ id, columns, onClose, onFilter, onToggleColumn }: Props) {
  const flow = useApi(id, (signal) => getJson<FlowHit>(`/flows/${encodeURIComponent(id)}`, {}, signal));
  useEffect(() => {
    const escape = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    document.addEventListener("keydown", escape);
    return () => document.removeEventListener("keydown", escape);
  }, [onClose]);
  const fields = flow.data?.fields;
  return (
    <aside className="flyout" role="dialog" aria-label="Flow details">
      <header className="flyout-header">
        <h2>Flow</h2>
        <button type="button" className="icon-button" aria-label="Close flow details" onClick={onClose} autoFocus>
          ×
        </button>
      </header>
      {flow.error ? <ProblemNotice what="The flow did not load" problem={flow.error} /> : null}
      {!fields && !flow.error ? <p className="muted">Loading the flow…</p> : null}
      {fields ? (
        <>
          <FlowSummary fields={fields} />
          <table className="flow-fields" aria-label="Flow fields">
            <tbody>
              {Object.keys(fields)
                .sort()
                .map((name) => (
                  <tr key={name} className={name === "network.community_id" ? "highlight" : undefined}>
                    <th scope="row">
                      <button type="button" className="link-button" title={columns.includes(name) ? "Remove column" : "Add as column"} onClick={() => onToggleColumn(name)}>
                        {name}
                      </button>
                    </th>
                    <td>
                      <FieldValues name={name} value={fields[name]} onFilter={onFilter} />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
          {hasEnrichment(fields) ? <EnrichmentCredit /> : null}
        </>
      ) : null}
    </aside>
  );
}

function FlowSummary({ fields }: { fields: Record<string, FieldValue> }) {
  const end = (side: "source" | "destination") => `${fields[`${side}.ip`] ?? "?"}${fields[`${side}.port`] !== undefined ? `:${fields[`${side}.port`]}` : ""}`;
  const protocols = [fields["network.transport"], ...((fields["network.protocol"] as string[] | undefined) ?? [])].filter(Boolean).join(" / ");
  return (
    <div className="flow-summary">
      <div className="mono flow-ends">
        {end("source")} → {end("destination")}
      </div>
      <div className="muted">
        {protocols}
        {typeof fields["network.bytes"] === "number" ? ` · ${formatBytes(fields["network.bytes"])}` : ""}
        {typeof fields["network.packets"] === "number" ? ` · ${fields["network.packets"]} packets` : ""}
        {typeof fields["event.duration"] === "number" ? ` · ${formatDuration(fields["event.duration"])}` : ""}
      </div>
      {typeof fields["network.community_id"] === "string" ? (
        <div className="community-id">
          Community ID <code>{fields["network.community_id"]}</code>
        </div>
      ) : null}
    </div>
  );
}

/** A value (or each of a list's values) with its filter buttons. */
function FieldValues({ name, value, onFilter }: { name: string; value: FieldValue; onFilter: Props["onFilter"] }) {
  const values = Array.isArray(value) ? value : [value];
  return (
    <ul className="plain field-values">
      {values.map((v, i) => (
        <li key={i}>
          <span className="mono" title={typeof v === "object" ? undefined : String(v)}>
            {formatField(name, v)}
          </span>
          {typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? (
            <span className="value-actions">
              <button type="button" className="icon-button" aria-label={`Filter for ${name}: ${v}`} title="Filter for value" onClick={() => onFilter(name, v, false)}>
                ⊕
              </button>
              <button type="button" className="icon-button" aria-label={`Filter out ${name}: ${v}`} title="Filter out value" onClick={() => onFilter(name, v, true)}>
                ⊖
              </button>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
