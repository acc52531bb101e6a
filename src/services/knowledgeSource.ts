import type { Clock } from "../domain/clock.js";
import type { Directory } from "../domain/directory.js";
import type { AlrekEvent } from "../domain/events.js";
import type { DirectoryRepository, EventRepository, PlanRepository } from "../domain/repositories.js";
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";

/** Everything a question can be answered from, read at one moment. */
export interface KnowledgeSnapshot {
  directory: Directory;
  events: AlrekEvent[];
  period?: PlanPeriod;
  tiltak: Tiltak[];
  now: Date;
  /** Changes whenever the data is loaded again, so derived views can be cached per version. */
  version: number;
}

/** Read side used by the bot and the API summary; `invalidate` after a write. */
export interface KnowledgeSource {
  snapshot(): Promise<KnowledgeSnapshot>;
  invalidate(): void;
}

/** The period whose years contain `now`, else the latest one. */
export function currentPeriod(periods: PlanPeriod[], now: Date): PlanPeriod | undefined {
  const year = now.getUTCFullYear();
  const sorted = [...periods].sort((a, b) => b.startYear - a.startYear);
  return sorted.find((p) => p.startYear <= year && year <= p.endYear) ?? sorted[0];
}

/**
 * Caches the stored data for `ttlMs` so a chat answer costs no storage round trip. Writes on
 * this instance invalidate at once; other instances see a change within the TTL.
 */
export function createKnowledgeSource(
  repos: { directory: DirectoryRepository; events: EventRepository; plan: PlanRepository },
  clock: Clock,
  ttlMs = 15_000,
): KnowledgeSource {
  let cached: { at: number; value: Promise<Omit<KnowledgeSnapshot, "now">> } | undefined;
  let loads = 0;
  const load = async (): Promise<Omit<KnowledgeSnapshot, "now">> => {
    const version = ++loads;
    const [directory, events, periods] = await Promise.all([
      repos.directory.load(),
      repos.events.list(),
      repos.plan.listPeriods(),
    ]);
    const period = currentPeriod(periods, clock());
    const tiltak = period ? (await repos.plan.listTiltak(period.id)).map((v) => v.value) : [];
    return { directory, events: events.map((v) => v.value), period, tiltak, version };
  };
  return {
    async snapshot() {
      const now = clock();
      if (!cached || now.getTime() - cached.at > ttlMs) {
        const value = load();
        cached = { at: now.getTime(), value };
        // A failed load must not be cached, or one storage hiccup would last a whole TTL.
        value.catch(() => {
          if (cached?.value === value) cached = undefined;
        });
      }
      return { ...(await cached.value), now };
    },
    invalidate() {
      cached = undefined;
    },
  };
}
