import { useOncePerPage } from "./use-api";
import type { EnrichmentFile } from "./types";

/** The data files the server's enrichment reads: loaded once per page. */
export const useEnrichmentFiles = () => useOncePerPage<EnrichmentFile[]>("/enrichment");
