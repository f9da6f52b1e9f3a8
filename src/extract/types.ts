/**
 * The extraction contract (shared/spec/EXTRACTION.md): what the extractor produces for one
 * document. This is the only type the graph stage may import from src/extract/.
 */

/** UTF-16 offsets into the NFC-normalised document text: `text.slice(start, end)` is the quote. */
export interface Evidence {
  start: number;
  end: number;
}

export interface DocumentInfo {
  /** File name without extension. */
  id: string;
  /** First heading line, boilerplate removed. */
  title: string | null;
  /** Outlet or site, when the text names it ("baothanhhoa.vn"). */
  source: string | null;
  /** Province-level place the article is about, or null when nothing says where. */
  jurisdiction: string | null;
  /** Main event's date (ISO "YYYY-MM-DD", or "--MM-DD" when the year is unknown), or null. */
  eventDate: string | null;
  /** The article's byline (kept apart: an author is never an official). */
  author?: string | null;
}

export interface RoleFact {
  /** Position title ("Trưởng ban", "Bí thư"). */
  title: string;
  /** Canonical organisation name with its place ("Ban Dân vận Tỉnh ủy Thanh Hóa"), or null. */
  organization: string | null;
}

export interface OfficialFact {
  name: string;
  roles: RoleFact[];
  evidence: Evidence[];
}

/** Organisation kinds; extend in the lexicon, not here, when a new body type appears. */
export type OrganizationKind = string;

export interface OrganizationFact {
  /** Canonical name with its place. */
  name: string;
  kind: OrganizationKind;
  /** Canonical name of the body it is part of (Ban Dân vận Tỉnh ủy X → Tỉnh ủy X), or null. */
  parent: string | null;
  evidence?: Evidence[];
}

export interface DirectiveFact {
  /** Number and sign as written ("23-QĐ/TW"), or the bare number ("29"). */
  symbol: string;
  /** Document type ("Quyết định", "Chỉ thị", "Kế hoạch"...). */
  type: string | null;
  /** ISO date, or null. */
  date: string | null;
  /** Canonical issuing organisation, or null. */
  issuer: string | null;
  /** Subject ("về ..."), or null. */
  subject: string | null;
  /** Symbols of the directives this one carries out. */
  implements: string[];
  /** Which of `implements` were inferred rather than stated (subset of implements). */
  implementsInferred?: string[];
  evidence: Evidence[];
}

/** giám sát | kiểm tra | khảo sát | làm việc */
export type SupervisionKind = 'giám sát' | 'kiểm tra' | 'khảo sát' | 'làm việc';

export interface SupervisionFact {
  kind: SupervisionKind;
  /** ISO date; "--MM-DD" when the year is unknown; null when no date is given. */
  date: string | null;
  /** "Đoàn giám sát 3135", or null. */
  delegation: string | null;
  /** Canonical names of the conducting bodies. */
  conductedBy: string[];
  /** Head of the supervising side, or null. */
  leader: string | null;
  /** Other people of the supervising side. */
  participants: string[];
  /** People of the supervised side who received it. */
  hosts: string[];
  /** Canonical names of the supervised bodies. */
  targets: string[];
  /** Symbols of the directives whose execution was supervised. */
  directives: string[];
  topic: string | null;
  evidence: Evidence[];
}

/** One document's extraction: one line of `kg extract --jsonl`. */
export interface ExtractionResult {
  document: DocumentInfo;
  officials: OfficialFact[];
  organizations: OrganizationFact[];
  directives: DirectiveFact[];
  supervisions: SupervisionFact[];
  /** Present when the file could not be read or decoded; the lists are then empty. */
  error?: string;
}

/** Input of the extractor: raw bytes or text of one file, named by its id. */
export interface SourceInput {
  id: string;
  /** Raw file content. Bytes are decoded (UTF-8, legacy Vietnamese encodings) by intake. */
  content: Uint8Array | string;
  /** Original file name, used to recognise HTML by extension. */
  fileName?: string;
}

/** What the pipeline hands to the loader: the contract object plus the text its offsets index. */
export interface ExtractedDocument {
  result: ExtractionResult;
  /** NFC text after intake (HTML stripped): evidence offsets index this string. */
  text: string;
  /** sha256 of the raw input, hex: a reloaded, unchanged document is skipped. */
  sha256: string;
}
