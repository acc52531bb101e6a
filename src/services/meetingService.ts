/**
 * Meeting mode: which Alrekforum meetings there are, the chair's focus (what the stage follows),
 * the decisions per agenda item (kept per meeting, written into the history of the tiltak they
 * name) and the summary after the meeting. Reads for everyone, writes for editors (the API checks).
 */
import type { Clock } from "../domain/clock.js";
import { ConflictError, NotFoundError, PreconditionRequiredError, ValidationError } from "../domain/errors.js";
import type { AlrekEvent, Occurrence } from "../domain/events.js";
import {
  agendaOf,
  decisionsInAgendaOrder,
  isForumEvent,
  type AgendaFilter,
  type AgendaItem,
  type Decision,
  type MeetingFocus,
  type MeetingRef,
} from "../domain/meeting.js";
import type { MeetingRepository } from "../domain/meetingRepository.js";
import { expandAll, expandOccurrences, isOccurrenceKey } from "../domain/occurrences.js";
import type { Actor, EventRepository, HistoryRepository, PlanRepository, Versioned } from "../domain/repositories.js";
import type { PlanPeriod } from "../domain/tiltak.js";
import { addDaysToLocal, zonedToInstant } from "../domain/time.js";
import { currentPeriod } from "./knowledgeSource.js";
import { actorOf, tiltakHistoryId } from "./tiltakService.js";

/** A meeting as lists and views name it. */
export interface MeetingInfo extends MeetingRef {
  title: string;
  titleEn?: string;
  start: string;
  timeSet: boolean;
}

/** One meeting with its agenda, decisions and (when it is this meeting's) the chair's focus. */
export interface MeetingDetails {
  meeting: MeetingInfo;
  periodId: string;
  agenda: AgendaItem[];
  decisions: Versioned<Decision>[];
  focus?: Versioned<MeetingFocus>;
  /** The etag of the stored focus row, whichever meeting it is of (a focus write must send it). */
  focusEtag?: string;
}

/** The decisions of a meeting in agenda order, with the tiltak each names. */
export interface MeetingSummaryData {
  meeting: MeetingInfo;
  items: {
    itemId: string;
    name: string;
    nameEn: string;
    text: string;
    tiltak: { id: string; text: string }[];
    updatedAt: string;
    updatedBy: string;
  }[];
}

/** What the stage shows while a meeting runs (see DashboardMeeting in src/contract/meeting.ts). */
export interface StageMeeting {
  eventId: string;
  occurrenceKey: string;
  title: string;
  itemId: string | null;
  filter: AgendaFilter;
  position: number;
  of: number;
}

export interface MeetingService {
  list(): Promise<{ meetings: MeetingInfo[]; current?: MeetingRef }>;
  get(ref: MeetingRef): Promise<MeetingDetails>;
  setFocus(
    ref: MeetingRef,
    input: { itemId: string | null; filter: AgendaFilter; ended: boolean },
    etag: string | undefined,
    actor: Actor,
  ): Promise<Versioned<MeetingFocus>>;
  saveDecision(
    ref: MeetingRef,
    itemId: string,
    input: { text: string; tiltakIds: string[] },
    etag: string | undefined,
    actor: Actor,
  ): Promise<Versioned<Decision>>;
  summary(ref: MeetingRef): Promise<MeetingSummaryData>;
}

const DAY_MS = 86_400_000;
/** Meetings listed: from this far back (for summaries) … */
const LIST_BACK_DAYS = 180;
/** … to this far ahead. */
const LIST_AHEAD_DAYS = 366;
const LIST_MAX_PAST = 6;
const LIST_MAX_NEXT = 6;
/** A meeting is "current" from its start until this long after (the chair runs it that day). */
const RUNNING_MS = 12 * 3_600_000;
/** A focus left behind (nobody pressed "Avslutt møtet") stops steering the stage after this long. */
export const FOCUS_LIFETIME_MS = 12 * 3_600_000;

function infoOf(o: Occurrence): MeetingInfo {
  return {
    eventId: o.eventId,
    occurrenceKey: o.key,
    title: o.event.title,
    ...(o.event.titleEn ? { titleEn: o.event.titleEn } : {}),
    start: o.start.toISOString(),
    timeSet: o.timeSet,
  };
}

/** The occurrence `key` of `event`, where it now takes place (moved or not), unless cancelled. */
export function occurrenceOf(event: AlrekEvent, key: string): Occurrence | undefined {
  if (event.cancelled || !isOccurrenceKey(event, key)) return undefined;
  const exception = event.exceptions.find((e) => e.originalStart === key);
  if (exception?.cancelled) return undefined;
  const local = exception?.newStart ?? key;
  const at = zonedToInstant(local, event.timeZone);
  const from = zonedToInstant(addDaysToLocal(local, -1), event.timeZone);
  const to = new Date(at.getTime() + 2 * DAY_MS);
  return expandOccurrences(event, from, to).find((o) => o.key === key);
}

export function createMeetingService(deps: {
  meetings: MeetingRepository;
  events: EventRepository;
  plan: PlanRepository;
  history: HistoryRepository;
  clock: Clock;
  /** Called after a write, so the knowledge and dashboard caches see it. */
  onChanged?: () => void;
}): MeetingService {
  const { meetings, events, plan, history, clock } = deps;

  async function meetingOf(ref: MeetingRef): Promise<MeetingInfo> {
    const event = (await events.list()).find((e) => e.value.id === ref.eventId)?.value;
    const o = event ? occurrenceOf(event, ref.occurrenceKey) : undefined;
    if (!o) throw new NotFoundError(`No meeting ${ref.eventId} on ${ref.occurrenceKey}`);
    return infoOf(o);
  }

  async function period(): Promise<PlanPeriod> {
    const p = currentPeriod(await plan.listPeriods(), clock());
    if (!p) throw new NotFoundError("No plan period is stored yet");
    return p;
  }

  function requireItem(p: PlanPeriod, itemId: string, field: string): AgendaItem {
    const item = agendaOf(p).find((a) => a.id === itemId);
    if (!item) throw new ValidationError([{ field, message: `is not an agenda item (an area of ${p.id})` }]);
    return item;
  }

  return {
    async list() {
      const now = clock();
      const forum = (await events.list()).map((v) => v.value).filter(isForumEvent);
      const all = expandAll(
        forum,
        new Date(now.getTime() - LIST_BACK_DAYS * DAY_MS),
        new Date(now.getTime() + LIST_AHEAD_DAYS * DAY_MS),
      );
      const running = (o: Occurrence) => o.start.getTime() + RUNNING_MS > now.getTime();
      const past = all.filter((o) => !running(o)).slice(-LIST_MAX_PAST);
      const next = all.filter(running).slice(0, LIST_MAX_NEXT);
      return {
        meetings: [...past, ...next].map(infoOf),
        ...(next[0] ? { current: { eventId: next[0].eventId, occurrenceKey: next[0].key } } : {}),
      };
    },

    async get(ref) {
      const [meeting, p, decisions, focus] = await Promise.all([
        meetingOf(ref),
        period(),
        meetings.listDecisions(ref),
        meetings.getFocus(),
      ]);
      const own = focus && focus.value.eventId === ref.eventId && focus.value.occurrenceKey === ref.occurrenceKey;
      return {
        meeting,
        periodId: p.id,
        agenda: agendaOf(p),
        decisions,
        ...(own ? { focus } : {}),
        ...(focus ? { focusEtag: focus.etag } : {}),
      };
    },

    async setFocus(ref, input, etag, actor) {
      await meetingOf(ref);
      if (input.itemId !== null) requireItem(await period(), input.itemId, "itemId");
      const current = await meetings.getFocus();
      if (current && etag === undefined) throw missingEtag();
      const saved = await meetings.saveFocus(
        {
          eventId: ref.eventId,
          occurrenceKey: ref.occurrenceKey,
          itemId: input.itemId,
          filter: input.filter,
          ended: input.ended,
          updatedAt: clock().toISOString(),
          updatedBy: actor.name,
        },
        current ? etag : undefined,
      );
      deps.onChanged?.();
      return saved;
    },

    async saveDecision(ref, itemId, input, etag, actor) {
      const meeting = await meetingOf(ref);
      const p = await period();
      requireItem(p, itemId, "itemId");
      const areaTiltak = new Map(
        (await plan.listTiltak(p.id)).filter((v) => v.value.areaId === itemId).map((v) => [v.value.id, v.value]),
      );
      const issues = input.tiltakIds
        .map((id, i) => ({ id, i }))
        .filter(({ id }) => !areaTiltak.has(id))
        .map(({ id, i }) => ({ field: `tiltakIds[${i}]`, message: `no tiltak ${id} under this agenda item` }));
      if (issues.length) throw new ValidationError(issues);
      const existing = await meetings.getDecision(ref, itemId);
      if (existing && etag === undefined) throw missingEtag();
      if (existing && existing.etag !== etag)
        throw new ConflictError("The decision was changed by someone else", existing.value, existing.etag);
      const text = input.text.trim();
      const tiltakIds = [...new Set(input.tiltakIds)];
      const now = clock().toISOString();
      const saved = await meetings.saveDecision(
        {
          eventId: ref.eventId,
          occurrenceKey: ref.occurrenceKey,
          itemId,
          periodId: p.id,
          text,
          tiltakIds,
          updatedAt: now,
          updatedBy: actor.name,
        },
        existing ? etag : undefined,
      );
      // Each tiltak the decision names gets it in its history (once per change of text).
      const before = existing?.value;
      const named = tiltakIds.filter((id) => before?.text !== text || !before.tiltakIds.includes(id));
      if (text && named.length) {
        await history.append(
          named.map((id) => ({
            entityType: "tiltak" as const,
            entityId: tiltakHistoryId(p.id, id),
            at: now,
            by: actorOf(actor),
            field: "decision",
            oldValue: before?.tiltakIds.includes(id) ? before.text : null,
            newValue: text,
            meeting: {
              eventId: meeting.eventId,
              occurrenceKey: meeting.occurrenceKey,
              title: meeting.title,
              start: meeting.start,
            },
          })),
        );
      }
      deps.onChanged?.();
      return saved;
    },

    async summary(ref) {
      const [meeting, decisions, periods] = await Promise.all([
        meetingOf(ref),
        meetings.listDecisions(ref),
        plan.listPeriods(),
      ]);
      const values = decisions.map((d) => d.value);
      // Decisions name their own period's areas and tiltak, whichever period is current now.
      const periodIds = [...new Set(values.map((d) => d.periodId))];
      const byPeriod = new Map(periods.map((p) => [p.id, p]));
      const tiltakText = new Map<string, string>();
      for (const pid of periodIds) {
        if (!byPeriod.has(pid)) continue;
        for (const v of await plan.listTiltak(pid)) tiltakText.set(`${pid}:${v.value.id}`, v.value.text);
      }
      const agenda = periodIds.flatMap((pid) => (byPeriod.get(pid) ? agendaOf(byPeriod.get(pid)!) : []));
      const itemOf = new Map(agenda.map((a) => [a.id, a]));
      return {
        meeting,
        items: decisionsInAgendaOrder(values, agenda).map((d) => ({
          itemId: d.itemId,
          name: itemOf.get(d.itemId)?.name ?? d.itemId,
          nameEn: itemOf.get(d.itemId)?.nameEn ?? d.itemId,
          text: d.text,
          tiltak: d.tiltakIds.map((id) => ({ id, text: tiltakText.get(`${d.periodId}:${id}`) ?? id })),
          updatedAt: d.updatedAt,
          updatedBy: d.updatedBy,
        })),
      };
    },
  };
}

function missingEtag(): PreconditionRequiredError {
  return new PreconditionRequiredError("If-Match header with the etag you read is required: this was saved before");
}

/**
 * What the stage follows: the stored focus, unless it has ended, is older than a meeting lasts,
 * or names an item that is no longer on the agenda.
 */
export function stageMeetingOf(
  focus: MeetingFocus | undefined,
  period: PlanPeriod,
  events: readonly AlrekEvent[],
  now: Date,
): StageMeeting | undefined {
  if (!focus || focus.ended) return undefined;
  if (now.getTime() - Date.parse(focus.updatedAt) > FOCUS_LIFETIME_MS) return undefined;
  const event = events.find((e) => e.id === focus.eventId);
  if (!event) return undefined;
  const agenda = agendaOf(period);
  const index = focus.itemId === null ? -1 : agenda.findIndex((a) => a.id === focus.itemId);
  if (focus.itemId !== null && index < 0) return undefined;
  return {
    eventId: focus.eventId,
    occurrenceKey: focus.occurrenceKey,
    title: event.title,
    itemId: focus.itemId,
    filter: focus.filter,
    position: index + 1,
    of: agenda.length,
  };
}
