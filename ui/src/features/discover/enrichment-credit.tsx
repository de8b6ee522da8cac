import type { FieldValue } from "../../api/types";

const enrichedField = /^(source|destination)\.(geo|as)\./;

/** Whether a flow carries a place or an autonomous system from the enrichment data. */
export function hasEnrichment(fields: Record<string, FieldValue>): boolean {
  return Object.keys(fields).some((name) => enrichedField.test(name));
}

/** The attribution the GeoIP and ASN data's licences ask for wherever their fields are shown (docs/enrichment.md). */
export function EnrichmentCredit() {
  return (
    <p className="muted enrichment-credit">
      Places and autonomous systems come from local data files, never a network lookup. The data set-up installs
      includes GeoLite2 data created by MaxMind (www.maxmind.com) and IP-to-ASN data by RouteViews, DB-IP (db-ip.com)
      and the NRO.
    </p>
  );
}
