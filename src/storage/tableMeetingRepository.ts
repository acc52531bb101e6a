/**
 * Meeting focus and decisions in table "meetings".
 * Focus: PartitionKey "focus", RowKey "current" (one row; the stage follows it).
 * Decisions: PartitionKey "<event id>|<occurrence key>" (escaped), RowKey = agenda item id: one
 * meeting's decisions are one partition query. `tiltakIds` is a JSON string. Both are read
 * through a schema (a bad row is reported and left out) and written conditionally on the ETag.
 */
import type { TableClient } from "@azure/data-tables";
import { z } from "zod";
import type { BadRowReporter } from "../domain/badRows.js";
import { ConflictError } from "../domain/errors.js";
import { AGENDA_FILTERS, meetingId, type Decision, type MeetingFocus, type MeetingRef } from "../domain/meeting.js";
import type { MeetingRepository } from "../domain/meetingRepository.js";
import type { Versioned } from "../domain/repositories.js";
import { keyFor } from "./entityCodec.js";
import type { RowSpec } from "./rowReader.js";
import type { FieldsOf } from "./rowSchemas.js";
import { VersionedTable, type RowMapping } from "./versionedTable.js";

export const MEETINGS_TABLE = "meetings";
const FOCUS_PARTITION = "focus";
const FOCUS_ROW_KEY = "current";
const LOCAL_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const text = z.string();
const focusFields = {
  eventId: text.min(1),
  occurrenceKey: text.regex(LOCAL_KEY),
  itemId: text.nullable().default(null),
  filter: z.enum(AGENDA_FILTERS as ["all", "attention"]).default("all"),
  ended: z.boolean().default(false),
  updatedAt: text,
  updatedBy: text.default(""),
} satisfies FieldsOf<MeetingFocus>;

const decisionFields = {
  eventId: text.min(1),
  occurrenceKey: text.regex(LOCAL_KEY),
  itemId: text.min(1),
  periodId: text.min(1),
  text: text.max(20_000),
  tiltakIds: z.array(text).max(500).default([]),
  updatedAt: text,
  updatedBy: text.default(""),
} satisfies FieldsOf<Decision>;

const FOCUS_ROW: RowSpec<MeetingFocus> = {
  table: MEETINGS_TABLE,
  jsonFields: [],
  shape: z.object(focusFields) satisfies z.ZodType<MeetingFocus, z.ZodTypeDef, unknown>,
  idOf: () => "focus",
};

const DECISION_ROW: RowSpec<Decision> = {
  table: MEETINGS_TABLE,
  jsonFields: ["tiltakIds"],
  shape: z.object(decisionFields) satisfies z.ZodType<Decision, z.ZodTypeDef, unknown>,
  idOf: (row) => `${String(row.partitionKey)}/${String(row.rowKey)}`,
};

const decisionPartition = (m: MeetingRef) => keyFor(meetingId(m), "meeting");

const focusMapping: RowMapping<MeetingFocus> = {
  kind: "meeting focus",
  partitionKey: () => FOCUS_PARTITION,
  rowKey: () => FOCUS_ROW_KEY,
  jsonFields: [],
};

const decisionMapping: RowMapping<Decision> = {
  kind: "decision",
  partitionKey: decisionPartition,
  rowKey: (d) => keyFor(d.itemId, "itemId"),
  jsonFields: ["tiltakIds"],
};

/** MeetingRepository on Azure Table Storage. */
export class TableMeetingRepository implements MeetingRepository {
  private readonly focus: VersionedTable<MeetingFocus>;
  private readonly decisions: VersionedTable<Decision>;

  constructor(table: TableClient, badRows?: BadRowReporter) {
    this.focus = new VersionedTable(table, focusMapping, { spec: FOCUS_ROW, badRows });
    this.decisions = new VersionedTable(table, decisionMapping, { spec: DECISION_ROW, badRows });
  }

  async getFocus(): Promise<Versioned<MeetingFocus> | undefined> {
    return (await this.focus.list(FOCUS_PARTITION))[0];
  }

  saveFocus(focus: MeetingFocus, etag?: string): Promise<Versioned<MeetingFocus>> {
    return save(this.focus, focus, etag, () => this.getFocus());
  }

  listDecisions(meeting: MeetingRef): Promise<Versioned<Decision>[]> {
    return this.decisions.list(decisionPartition(meeting));
  }

  getDecision(meeting: MeetingRef, itemId: string): Promise<Versioned<Decision> | undefined> {
    return this.decisions.get(decisionPartition(meeting), itemId);
  }

  saveDecision(decision: Decision, etag?: string): Promise<Versioned<Decision>> {
    return save(this.decisions, decision, etag, () => this.getDecision(decision, decision.itemId));
  }
}

/** Insert-if-absent without an etag, conditional replace with one; a lost race is a ConflictError with the current value. */
async function save<T extends object>(
  rows: VersionedTable<T>,
  value: T,
  etag: string | undefined,
  current: () => Promise<Versioned<T> | undefined>,
): Promise<Versioned<T>> {
  if (etag !== undefined) return rows.update(value, etag);
  const created = await rows.createIfAbsent(value);
  if (created) return created;
  const now = await current();
  throw new ConflictError("It was saved by someone else meanwhile", now?.value, now?.etag);
}
