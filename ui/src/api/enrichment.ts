import { getJson } from "./client";
import { useApi } from "./use-api";
import type { EnrichmentFile } from "./types";

let cached: Promise<EnrichmentFile[]> | null = null;

/** The data files the server's enrichment reads: loaded once per page. */
export function useEnrichmentFiles() {
  return useApi("enrichment", () => {
    cached ??= getJson<EnrichmentFile[]>("/enrichment").catch((e: unknown) => {
      cached = null;
      throw e;
    });
    return cached;
  });
}
