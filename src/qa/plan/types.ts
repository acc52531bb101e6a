/** What answers about the action plan carry: areas, tiltak and progress as shown. */
import type { TiltakStatus } from "../../domain/tiltak.js";

/** An area (satsingsområde); `label` is in the answer's language. */
export interface AreaView {
  id: string;
  name: string;
  nameEn: string;
  label: string;
}

/** One tiltak as shown; `text` is the document's own wording (Norwegian). */
export interface TiltakView {
  id: string;
  order: number;
  areaId: string;
  text: string;
  examples?: string;
  status: TiltakStatus;
  /** "Planlagt" / "Planned" … */
  statusLabel: string;
  responsible: string;
  notes?: string;
  /** "YYYY-MM-DD", when set. */
  dueDate?: string;
  milestone?: string;
}

/** The tiltak of one area, in plan order. */
export interface AreaTiltakView {
  area: AreaView;
  tiltak: TiltakView[];
}

/** How many tiltak have one status. */
export interface StatusCount {
  status: TiltakStatus;
  label: string;
  count: number;
}

/** Progress of one area: counts and a whole percentage (see summarizePlan). */
export interface AreaProgressView {
  area: AreaView;
  total: number;
  counts: StatusCount[];
  percent: number;
}
