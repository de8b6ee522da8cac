// The API's answers, as its OpenAPI document (/openapi/v1.json) describes them.

export type FieldType = "keyword" | "text" | "ip" | "long" | "date";

export interface FieldDescription {
  name: string;
  type: FieldType;
  multi: boolean;
}

export type FieldValue = string | number | boolean | null | FieldValue[] | { [key: string]: FieldValue };

export interface FlowHit {
  id: string;
  fields: Record<string, FieldValue>;
  cursor: string;
}

export interface FlowHits {
  hits: FlowHit[];
  total: number;
  nextCursor: string | null;
  warnings: string[];
}

export interface FacetBucket {
  value: string | number | boolean;
  count: number;
}

export interface FieldFacet {
  field: string;
  buckets: FacetBucket[];
  other: number;
  missing: number;
}

export interface FlowFacets {
  total: number;
  fields: FieldFacet[];
  warnings: string[];
}

export interface HistogramBucket {
  start: string;
  count: number;
  split: number[];
}

export interface FlowHistogram {
  interval: string;
  buckets: HistogramBucket[];
  series: string[];
  warnings: string[];
}

export interface GraphNode {
  id: string;
  flows: number;
  bytesSent: number;
  bytesReceived: number;
}

export interface GraphEdge {
  source: string;
  destination: string;
  flows: number;
  bytes: number;
  packets: number;
  transports: string[];
  protocols: string[];
}

export interface FlowGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  warnings: string[];
}

export type CaptureStatus = "queued" | "processing" | "done" | "done-with-warnings" | "failed";

export interface CaptureRecord {
  id: string;
  sha256: string;
  names: string[];
  size: number;
  source: string;
  status: CaptureStatus;
  bytesRead: number;
  packets: number;
  flows: number;
  warnings: string[];
  failureReason: string | null;
  received: string;
  started: string | null;
  finished: string | null;
}

export interface HostDocument {
  ip: string;
  macs: string[];
  names: string[];
  firstSeen: string;
  lastSeen: string;
  flows: number;
  bytesSent: number;
  bytesReceived: number;
  packetsSent: number;
  packetsReceived: number;
  peers: number;
  services: string[];
  captures: string[];
}

export interface HostList {
  hosts: HostDocument[];
  total: number;
  warnings: string[];
}

export interface SavedObject<T = unknown> {
  id: string;
  type: "search" | "dashboard";
  title: string;
  body: T;
  created: string;
  updated: string;
}

/** RFC 9457 problem details; a malformed query adds column, expected, found and caret. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  column?: number;
  expected?: string[];
  found?: string | null;
  query?: string;
  caret?: string;
}

/** A data file the enrichment reads (GET /api/enrichment): its kind, its name and the licence files beside it. */
export interface EnrichmentFile {
  kind: "geoip" | "asn" | "mac-vendors";
  file: string;
  licences: string[];
}
