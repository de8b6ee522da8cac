import { useEnrichmentFiles } from "../../api/enrichment";
import type { EnrichmentFile, FieldValue } from "../../api/types";

const enrichedField = /^(source|destination)\.(geo|as)\./;

/** Whether a flow carries a place or an autonomous system from the enrichment data. */
export function hasEnrichment(fields: Record<string, FieldValue>): boolean {
  return Object.keys(fields).some((name) => enrichedField.test(name));
}

/** The sources the licences that came with the data ask to be named (docs/enrichment.md), by the licence files' names. */
const sourcesByLicence: [licence: string, source: string][] = [
  ["ROUTEVIEWS-LICENSE", "RouteViews"],
  ["DBIP-LICENSE", "DB-IP (db-ip.com)"],
  ["NRO_LICENSE", "the NRO"],
];

const listed = (items: string[]) => (items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

/** The place and AS files, and the line their licences ask for (empty when none names a known source). */
export function enrichmentCredit(files: EnrichmentFile[]): { files: string[]; credit: string } {
  const places = files.filter((f) => f.kind !== "mac-vendors");
  const licences = new Set(places.flatMap((f) => f.licences));
  const parts: string[] = [];
  if (licences.has("GEOLITE2_LICENSE")) parts.push("GeoLite2 data created by MaxMind (www.maxmind.com)");
  const sources = sourcesByLicence.filter(([licence]) => licences.has(licence)).map(([, source]) => source);
  if (sources.length > 0) parts.push(`data from ${listed(sources)}`);
  return { files: places.map((f) => f.file), credit: parts.length === 0 ? "" : `This product includes ${parts.join(" and ")}.` };
}

/** Where the places and autonomous systems shown come from, and the attribution their licences ask for. */
export function EnrichmentCredit() {
  const { data } = useEnrichmentFiles();
  const { files, credit } = enrichmentCredit(data ?? []);
  return (
    <p className="muted enrichment-credit">
      Places and autonomous systems come from local data files, never a network lookup
      {files.length > 0 ? `: ${files.join(", ")}` : ""}. {credit}
    </p>
  );
}
