import { getJson } from "./client";
import { useApi } from "./use-api";
import type { FieldDescription } from "./types";

let cached: Promise<FieldDescription[]> | null = null;

/** The flow document's fields from the API's catalog (never a list of our own): loaded once per page. */
export function useFields() {
  return useApi("fields", () => {
    cached ??= getJson<FieldDescription[]>("/fields").catch((e: unknown) => {
      cached = null;
      throw e;
    });
    return cached;
  });
}
