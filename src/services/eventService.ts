import { randomBytes } from "node:crypto";
import type { Clock } from "../domain/clock.js";
import { slugOf } from "../domain/slug.js";
import { NotFoundError } from "../domain/errors.js";
import type { AlrekEvent } from "../domain/events.js";
import {
  applyEventPatch,
  cancelOccurrence,
  diffFields,
  validateEventInput,
  type EventInput,
  type EventPatch,
  type FieldChange,
} from "../domain/eventRules.js";
import { expandAll } from "../domain/occurrences.js";
import { EVENT_ROWS, IGNORE_BAD_ROWS } from "../domain/badRows.js";
import type {
  Actor,
  BadEvent,
  ChangeRecord,
  EventRepository,
  HistoryRepository,
  Versioned,
} from "../domain/repositories.js";
import type { BadRowLog } from "./badRowLog.js";
import { remindersOf, toOccurrenceDto, type OccurrenceDto } from "./occurrenceDto.js";
import type { KnowledgeSource } from "./knowledgeSource.js";
import { actorOf, enrichConflict, newestFirst, staleError } from "./tiltakService.js";

/** Events: reading occurrences and writing with optimistic concurrency and history. */
export interface EventService {
  /** Occurrences starting in [from, to) plus the events that have no date yet. */
  occurrences(from: Date, to: Date): Promise<{ occurrences: OccurrenceDto[]; undated: AlrekEvent[] }>;
  /** Every stored event, by start; and the bad ones (left out of every view), for editors to fix. */
  listAll(): Promise<{ events: Versioned<AlrekEvent>[]; bad: BadEvent[] }>;
  /** `input` is a body in shape (src/contract); the event rules are applied here. */
  create(input: EventInput, actor: Actor): Promise<Versioned<AlrekEvent>>;
  update(id: string, patch: EventPatch, etag: string, actor: Actor): Promise<Versioned<AlrekEvent>>;
  /** Cancels one occurrence (key "YYYY-MM-DDTHH:mm") or, without a key, the whole event. */
  cancel(id: string, occurrenceKey: string | undefined, etag: string, actor: Actor): Promise<Versioned<AlrekEvent>>;
  /** Newest first. */
  history(id: string): Promise<ChangeRecord[]>;
}

/**
 * A URL- and table-key-safe id from a title (folded like every name, so "Bærum" gives "barum")
 * plus a short random suffix, e.g. "fredagspresentasjon-3f9a1c".
 */
export function eventIdFromTitle(title: string, suffix = randomBytes(3).toString("hex")): string {
  return `${slugOf(title, "hendelse")}-${suffix}`;
}

/** Builds the service over the event and history repositories. */
export function createEventService(deps: {
  events: EventRepository;
  history: HistoryRepository;
  knowledge: KnowledgeSource;
  clock: Clock;
  /** Told after every saved change (posted reminder cards follow it); must not throw. */
  onChanged?: (eventId: string) => Promise<void>;
  /** Where an event that cannot be expanded is reported; a saved event is forgotten there until met again. */
  badRows?: Pick<BadRowLog, "bad" | "fine" | "forget">;
}): EventService {
  const { events, history, knowledge, clock } = deps;
  const badRows = deps.badRows ?? { ...IGNORE_BAD_ROWS, forget() {} };

  async function record(id: string, changes: FieldChange[], actor: Actor, at: Date): Promise<void> {
    await history.append(
      changes.map((c) => ({ entityType: "event", entityId: id, at: at.toISOString(), by: actorOf(actor), ...c })),
    );
    await knowledge.invalidate();
    badRows.forget(EVENT_ROWS, id);
    await deps.onChanged?.(id);
  }

  async function currentOrConflict(id: string, etag: string): Promise<Versioned<AlrekEvent>> {
    const existing = await events.get(id);
    if (!existing) throw new NotFoundError(`No event ${id}`);
    if (existing.etag !== etag) throw staleError(existing);
    return existing;
  }

  async function save(next: AlrekEvent, etag: string): Promise<Versioned<AlrekEvent>> {
    return events.update(next, etag).catch(async (error: unknown) => {
      throw await enrichConflict(error, () => events.get(next.id));
    });
  }

  return {
    async occurrences(from, to) {
      const { events: all } = await knowledge.snapshot();
      return {
        occurrences: expandAll(all, from, to, badRows).map((o) => toOccurrenceDto(o, remindersOf)),
        undated: all.filter((e) => !e.start && !e.cancelled).sort((a, b) => a.title.localeCompare(b.title, "nb")),
      };
    },
    async listAll() {
      const { events: usable, bad } = await events.scan();
      return {
        events: usable.sort((a, b) => (a.value.start ?? "9999").localeCompare(b.value.start ?? "9999")),
        bad,
      };
    },
    async create(input, actor) {
      const now = clock();
      const draft = validateEventInput(input, { id: "pending", updatedAt: now.toISOString(), updatedBy: actor.name });
      const event: AlrekEvent = { ...draft, id: eventIdFromTitle(draft.title) };
      const created = await events.create(event);
      await record(event.id, [{ field: "created", oldValue: null, newValue: event.title }], actor, now);
      return created;
    },
    async update(id, patch, etag, actor) {
      const existing = await currentOrConflict(id, etag);
      const now = clock();
      const { event, changes } = applyEventPatch(existing.value, patch, {
        updatedAt: now.toISOString(),
        updatedBy: actor.name,
      });
      if (changes.length === 0) return existing;
      const saved = await save(event, etag);
      await record(id, changes, actor, now);
      return saved;
    },
    async cancel(id, occurrenceKey, etag, actor) {
      const existing = await currentOrConflict(id, etag);
      const now = clock();
      const cancelled =
        occurrenceKey === undefined
          ? { ...existing.value, cancelled: true }
          : cancelOccurrence(existing.value, occurrenceKey);
      const changes = diffFields(existing.value, cancelled);
      if (changes.length === 0) return existing;
      const saved = await save({ ...cancelled, updatedAt: now.toISOString(), updatedBy: actor.name }, etag);
      await record(id, changes, actor, now);
      return saved;
    },
    async history(id) {
      if (!(await events.get(id))) throw new NotFoundError(`No event ${id}`);
      return newestFirst(await history.list("event", id));
    },
  };
}
