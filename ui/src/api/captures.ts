import { getJson } from "./client";
import type { CaptureRecord } from "./types";

export const loadCaptures = (signal?: AbortSignal) => getJson<CaptureRecord[]>("/captures", {}, signal);

export const captureName = (capture: CaptureRecord) => capture.names[0] ?? capture.id;
