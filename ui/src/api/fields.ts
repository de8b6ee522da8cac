import { useOncePerPage } from "./use-api";
import type { FieldDescription } from "./types";

/** The flow document's fields from the API's catalog (never a list of our own): loaded once per page. */
export const useFields = () => useOncePerPage<FieldDescription[]>("/fields");
