import type { Directory, Group, Person } from "./directory.js";
import type { AlrekEvent } from "./events.js";
import type { PlanPeriod, Tiltak } from "./tiltak.js";

/** A stored value with the version token (ETag) that a conditional update must carry. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** Who made a change, identified by Entra object id + tenant id, never by name or e-mail. */
export interface Actor {
  oid: string;
  tid: string;
  name: string;
}

/** The kinds of entity that keep a history. */
export const HISTORY_ENTITY_TYPES = ["tiltak", "event", "group", "person"] as const;

/** One field changed on one entity: the audit trail editors can read back. */
export interface ChangeRecord {
  entityType: (typeof HISTORY_ENTITY_TYPES)[number];
  entityId: string;
  at: string;
  by: Actor;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  /** For a decision (field "decision"): the meeting it was made in. */
  meeting?: { eventId: string; occurrenceKey: string; title: string; start: string };
}

/**
 * Groups, people and cluster facts. `load` and the lists hold the usable rows (a bad row is
 * reported and left out), retired groups included; `get` returns a row in shape even when a value
 * is bad, so that it can be fixed. `create` inserts only if the id is free (AlreadyExistsError);
 * `update` throws ConflictError when `etag` is stale, NotFoundError when absent.
 */
export interface DirectoryRepository {
  load(): Promise<Directory>;
  listGroups(): Promise<Versioned<Group>[]>;
  listPeople(): Promise<Versioned<Person>[]>;
  getGroup(id: string): Promise<Versioned<Group> | undefined>;
  getPerson(id: string): Promise<Versioned<Person> | undefined>;
  createGroup(group: Group): Promise<Versioned<Group>>;
  createPerson(person: Person): Promise<Versioned<Person>>;
  updateGroup(group: Group, etag: string): Promise<Versioned<Group>>;
  updatePerson(person: Person, etag: string): Promise<Versioned<Person>>;
}

/**
 * A stored token that moves on with every write to the data the read model caches, so each
 * instance can tell with one small read whether its cached copy is still current.
 */
export interface ChangeMarker {
  /** The current token; undefined before the first write. */
  read(): Promise<string | undefined>;
  /** Moves the token on (after a write). */
  bump(): Promise<void>;
}

/** A stored event that views leave out, and why; with the event when only its values are wrong, so an editor can open and fix it. */
export interface BadEvent {
  id: string;
  reason: string;
  event?: Versioned<AlrekEvent>;
}

/**
 * Events. `list` holds the usable ones (a bad row is reported and left out); `get` returns a row
 * in shape even when a value is bad, so that it can be fixed. `update` throws ConflictError when
 * `etag` is stale, NotFoundError when absent.
 */
export interface EventRepository {
  list(): Promise<Versioned<AlrekEvent>[]>;
  /** Every stored event: the usable ones (as `list`) and the bad ones. */
  scan(): Promise<{ events: Versioned<AlrekEvent>[]; bad: BadEvent[] }>;
  get(id: string): Promise<Versioned<AlrekEvent> | undefined>;
  create(event: AlrekEvent): Promise<Versioned<AlrekEvent>>;
  update(event: AlrekEvent, etag: string): Promise<Versioned<AlrekEvent>>;
}

/**
 * Plan periods and their tiltak. `createPeriod` inserts only if the id is free (else a 409
 * DomainError, nothing written); `updateTiltak` throws ConflictError on a stale etag.
 */
export interface PlanRepository {
  listPeriods(): Promise<PlanPeriod[]>;
  createPeriod(period: PlanPeriod): Promise<void>;
  listTiltak(periodId: string): Promise<Versioned<Tiltak>[]>;
  getTiltak(periodId: string, id: string): Promise<Versioned<Tiltak> | undefined>;
  createTiltak(tiltak: Tiltak): Promise<Versioned<Tiltak>>;
  updateTiltak(tiltak: Tiltak, etag: string): Promise<Versioned<Tiltak>>;
}

/** Append-only change history. */
export interface HistoryRepository {
  append(records: ChangeRecord[]): Promise<void>;
  list(entityType: ChangeRecord["entityType"], entityId: string): Promise<ChangeRecord[]>;
}
