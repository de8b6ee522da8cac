import { getJson, type Params } from "../../api/client";
import { useApi } from "../../api/use-api";
import type { FieldDescription, FlowFacets } from "../../api/types";
import { ShareBar } from "../../components/share-bar";
import { formatCount, formatField } from "../../lib/format";

interface Props {
  field: FieldDescription;
  params: Params;
  onFilter: (field: string, value: string | number | boolean, negate: boolean) => void;
}

/** The field's top values among the matching flows (the facets endpoint), each with filter for / filter out. */
export function FieldTopValues({ field, params, onFilter }: Props) {
  const request = { ...params, fields: field.name, topN: 5 };
  const facets = useApi(JSON.stringify(request), (signal) => getJson<FlowFacets>("/facets", request, signal));
  if (facets.error) return <p className="top-values muted small">Top values did not load: {facets.error.detail ?? facets.error.title}</p>;
  if (!facets.data) return <p className="top-values muted small">Counting…</p>;
  const facet = facets.data.fields.find((f) => f.field === field.name);
  const total = facets.data.total;
  if (!facet || facet.buckets.length === 0) {
    return <p className="top-values muted small">No matching flow has {field.name}.</p>;
  }
  const present = total - facet.missing;
  return (
    <div className="top-values">
      <p className="muted small">
        Top {facet.buckets.length} of {formatCount(present)} flows with a value
        {facet.missing > 0 ? ` (${formatCount(facet.missing)} without)` : ""}
      </p>
      <ul className="plain">
        {facet.buckets.map((bucket) => {
          const shown = formatField(field.name, bucket.value);
          const share = total > 0 ? bucket.count / total : 0;
          return (
            <li key={String(bucket.value)} className="top-value">
              <div className="top-value-line">
                <span className="top-value-text mono" title={String(bucket.value)}>
                  {shown === "" ? "(empty)" : shown}
                </span>
                <span className="top-value-count">{(share * 100).toFixed(share < 0.1 ? 1 : 0)}%</span>
                <button type="button" className="icon-button" aria-label={`Filter for ${field.name}: ${bucket.value}`} title="Filter for value" onClick={() => onFilter(field.name, bucket.value, false)}>
                  ⊕
                </button>
                <button type="button" className="icon-button" aria-label={`Filter out ${field.name}: ${bucket.value}`} title="Filter out value" onClick={() => onFilter(field.name, bucket.value, true)}>
                  ⊖
                </button>
              </div>
              <ShareBar share={share} label={`${formatCount(bucket.count)} flows`} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
