import type { Directory } from "../domain/directory.js";
import type { DocumentPassage } from "../domain/documents.js";
import type { AlrekEvent } from "../domain/events.js";
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";

/**
 * Everything a question can be answered from (a KnowledgeSnapshot without the SDK side). Only
 * the directory is required: without events, plan or `now` those questions answer from nothing.
 */
export interface Knowledge {
  directory: Directory;
  events?: readonly AlrekEvent[];
  period?: PlanPeriod;
  tiltak?: readonly Tiltak[];
  /** The moment to answer at; calendar answers list dated events only when it is given. */
  now?: Date;
  /** The source documents' passages, quoted when no structured answer fits (seed/documents.ts). */
  documents?: readonly DocumentPassage[];
  /** The asker is an editor: plan answers then carry the editors' note about an ended period. */
  editor?: boolean;
}

/** Accepts a bare directory (the representation layer's original signature) or full knowledge. */
export function asKnowledge(source: Directory | Knowledge): Knowledge {
  return "directory" in source ? source : { directory: source };
}
