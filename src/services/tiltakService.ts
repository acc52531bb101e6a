import type { Clock } from "../domain/clock.js";
import { AlreadyExistsError, ConflictError, NotFoundError, ValidationError } from "../domain/errors.js";
import type { Actor, ChangeRecord, HistoryRepository, PlanRepository, Versioned } from "../domain/repositories.js";
import {
  applyTiltakPatch,
  carryOver,
  carryOverChanges,
  CURRENT_PERIOD_ALIAS,
  validatePeriodInput,
  type CarryOverRequest,
  type PeriodInput,
} from "../domain/tiltakRules.js";
import type { PlanPeriod, Tiltak, TiltakEdit } from "../domain/tiltak.js";
import { currentPeriod, type KnowledgeSource } from "./knowledgeSource.js";

/** Follow-up of the action plan: periods, tiltak, their history. Every write appends history. */
export interface TiltakService {
  listPeriods(): Promise<{ periods: PlanPeriod[]; current: string | undefined }>;
  /** The period with this id; "current" (read only) gives the current one. */
  getPeriod(periodId: string): Promise<PlanPeriod>;
  /** Creates a period (a body in shape, see src/contract) and optionally carries tiltak over from another. */
  createPeriod(
    input: PeriodInput & { carryOver?: CarryOverRequest | null },
    actor: Actor,
  ): Promise<{ period: PlanPeriod; tiltak: Versioned<Tiltak>[] }>;
  /** Plan order; "current" lists the current period's, so a client needs no second round trip. */
  listTiltak(periodId: string): Promise<Versioned<Tiltak>[]>;
  /** get → applyTiltakPatch → conditional update → history. A stale etag changes nothing (412). */
  updateTiltak(periodId: string, id: string, patch: TiltakEdit, etag: string, actor: Actor): Promise<Versioned<Tiltak>>;
  /** Newest first. */
  history(periodId: string, id: string): Promise<ChangeRecord[]>;
}

/** History key of a tiltak: ids repeat across periods (carry-over keeps them), so the period is part of it. */
export function tiltakHistoryId(periodId: string, id: string): string {
  return `${periodId}:${id}`;
}

/** Strips the principal's extra fields: history stores who, not what they could do. */
export function actorOf(a: Actor): Actor {
  return { oid: a.oid, tid: a.tid, name: a.name };
}

/** Newest first, whatever order the repository keeps. */
export function newestFirst(records: ChangeRecord[]): ChangeRecord[] {
  return [...records].sort((a, b) => b.at.localeCompare(a.at));
}

/** Builds the service over the plan and history repositories. */
export function createTiltakService(deps: {
  plan: PlanRepository;
  history: HistoryRepository;
  knowledge: KnowledgeSource;
  clock: Clock;
}): TiltakService {
  const { plan, history, knowledge, clock } = deps;

  async function getPeriod(periodId: string): Promise<PlanPeriod> {
    const periods = await plan.listPeriods();
    const period =
      periodId === CURRENT_PERIOD_ALIAS ? currentPeriod(periods, clock()) : periods.find((p) => p.id === periodId);
    if (!period) throw new NotFoundError(`No plan period ${periodId}`);
    return period;
  }

  async function carriedTiltak(
    spec: CarryOverRequest | null | undefined,
    period: PlanPeriod,
  ): Promise<{ from?: string; tiltak: Tiltak[] }> {
    if (!spec) return { tiltak: [] };
    const source = (await plan.listPeriods()).find((p) => p.id === spec.fromPeriod);
    if (!source)
      throw new ValidationError([{ field: "carryOver.fromPeriod", message: `no plan period ${spec.fromPeriod}` }]);
    const byId = new Map((await plan.listTiltak(source.id)).map((v) => [v.value.id, v.value]));
    const areaIds = new Set(period.areas.map((a) => a.id));
    const issues: { field: string; message: string }[] = [];
    const chosen: Tiltak[] = [];
    spec.tiltakIds.forEach((id, i) => {
      const t = byId.get(id);
      if (!t) issues.push({ field: `carryOver.tiltakIds[${i}]`, message: `no tiltak ${id} in ${source.id}` });
      else if (!areaIds.has(t.areaId))
        issues.push({
          field: `carryOver.tiltakIds[${i}]`,
          message: `area ${t.areaId} is not an area of the new period`,
        });
      else chosen.push(t);
    });
    if (issues.length > 0) throw new ValidationError(issues);
    const chosenIds = new Set(chosen.map((t) => t.id));
    for (const id of Object.keys(spec.dueDates ?? {}))
      if (!chosenIds.has(id))
        issues.push({ field: `carryOver.dueDates.${id}`, message: `${id} is not among the tiltak carried over` });
    if (issues.length > 0) throw new ValidationError(issues);
    return {
      from: source.id,
      tiltak: carryOver(chosen, period.id, {
        fromPeriod: source.id,
        keepStatus: spec.keepStatus,
        keepNotes: spec.keepNotes,
        dueDates: spec.dueDates,
      }),
    };
  }

  async function currentOrConflict(periodId: string, id: string, etag: string): Promise<Versioned<Tiltak>> {
    const existing = await plan.getTiltak(periodId, id);
    if (!existing) throw new NotFoundError(`No tiltak ${id} in ${periodId}`);
    if (existing.etag !== etag) throw staleError(existing);
    return existing;
  }

  return {
    async listPeriods() {
      const periods = [...(await plan.listPeriods())].sort((a, b) => a.startYear - b.startYear);
      return { periods, current: currentPeriod(periods, clock())?.id };
    },
    getPeriod,
    async createPeriod(input, actor) {
      const period = validatePeriodInput(input);
      // An early, friendly 409; the conditional insert below is what decides a race.
      if ((await plan.listPeriods()).some((p) => p.id === period.id)) {
        throw new AlreadyExistsError(`Plan period ${period.id} already exists`);
      }
      const { tiltak: carried } = await carriedTiltak(input.carryOver, period);
      await plan.createPeriod(period);
      const now = clock().toISOString();
      const created: Versioned<Tiltak>[] = [];
      for (const t of carried) created.push(await plan.createTiltak({ ...t, updatedAt: now, updatedBy: actor.name }));
      // The meeting's decisions about a tiltak carry with it: copied into its new history as they
      // were made (who, when, in which meeting), so the next period's meetings see them.
      const decisions = await Promise.all(
        carried.map(async (t) =>
          (await history.list("tiltak", tiltakHistoryId(t.carriedFromPeriod ?? "", t.carriedFrom ?? t.id)))
            .filter((r) => r.field === "decision")
            .map((r) => ({ ...r, entityId: tiltakHistoryId(period.id, t.id) })),
        ),
      );
      await history.append([
        ...decisions.flat(),
        ...carried.flatMap((t) =>
          carryOverChanges(t).map((c) => ({
            entityType: "tiltak" as const,
            entityId: tiltakHistoryId(period.id, t.id),
            at: now,
            by: actorOf(actor),
            ...c,
          })),
        ),
      ]);
      await knowledge.invalidate();
      return { period, tiltak: created };
    },
    async listTiltak(periodId) {
      const period = await getPeriod(periodId);
      return plan.listTiltak(period.id);
    },
    async updateTiltak(periodId, id, patch, etag, actor) {
      const existing = await currentOrConflict(periodId, id, etag);
      const now = clock();
      const { tiltak, changes } = applyTiltakPatch(existing.value, patch, actor, now);
      if (changes.length === 0) return existing;
      const saved = await plan.updateTiltak(tiltak, etag).catch(async (error: unknown) => {
        throw await enrichConflict(error, () => plan.getTiltak(periodId, id));
      });
      await history.append(
        changes.map((c) => ({
          entityType: "tiltak",
          entityId: tiltakHistoryId(periodId, id),
          at: now.toISOString(),
          by: actorOf(actor),
          ...c,
        })),
      );
      await knowledge.invalidate();
      return saved;
    },
    async history(periodId, id) {
      if (!(await plan.getTiltak(periodId, id))) throw new NotFoundError(`No tiltak ${id} in ${periodId}`);
      return newestFirst(await history.list("tiltak", tiltakHistoryId(periodId, id)));
    },
  };
}

/** 412 carrying the current value, as the client needs it to merge. */
export function staleError<T extends object>(current: Versioned<T>): ConflictError {
  return new ConflictError(
    "The item was changed by someone else; reload and try again",
    { ...current.value, etag: current.etag },
    current.etag,
  );
}

/** A conflict from the repository (a race after our own check) gets the current value attached. */
export async function enrichConflict<T extends object>(
  error: unknown,
  load: () => Promise<Versioned<T> | undefined>,
): Promise<unknown> {
  if (!(error instanceof ConflictError)) return error;
  // The repository may attach the stored value already; the client needs its ETag with it to retry.
  if (typeof error.current === "object" && error.current !== null && error.currentEtag)
    return staleError({ value: error.current, etag: error.currentEtag });
  if (error.current !== undefined) return error;
  const current = await load().catch(() => undefined);
  return current ? staleError(current) : error;
}
