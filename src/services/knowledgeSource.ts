import type { Clock } from "../domain/clock.js";
import type { Directory } from "../domain/directory.js";
import { currentDirectory } from "../domain/directoryRules.js";
import type { AlrekEvent } from "../domain/events.js";
import type { ChangeMarker, DirectoryRepository, EventRepository, PlanRepository } from "../domain/repositories.js";
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";

/** Everything a question can be answered from, read at one moment. */
export interface KnowledgeSnapshot {
  /** The current directory: retired groups are left out, so the bot never answers about them as current. */
  directory: Directory;
  events: AlrekEvent[];
  period?: PlanPeriod;
  tiltak: Tiltak[];
  now: Date;
  /** Changes whenever the data is loaded again, so derived views can be cached per version. */
  version: number;
}

/** Read side used by the bot and the API; `invalidate` after every write. */
export interface KnowledgeSource {
  snapshot(): Promise<KnowledgeSnapshot>;
  /**
   * Says the data changed: this instance reloads at its next snapshot, and the change marker moves
   * on so every other instance reloads at its next check. Never throws: a marker that cannot be
   * written leaves the others on the backstop age.
   */
  invalidate(): Promise<void>;
}

/** How fresh the read model stays; see {@link createKnowledgeSource}. */
export interface KnowledgeFreshness {
  /** The stored change marker; without it each instance reloads every `maxAgeMs` only (the old TTL). */
  marker?: ChangeMarker;
  /** How old a check of the marker may be before a snapshot checks again (default 2 s). */
  checkMs?: number;
  /** Reload at least this often, whatever the marker says (default 5 minutes with a marker, 15 s without). */
  maxAgeMs?: number;
  /** Monotonic milliseconds for the ages (not the service clock, which tests fix). */
  monotonicMs?: () => number;
}

/** Default time between checks of the marker: changes reach every instance within about this. */
const KNOWLEDGE_CHECK_MS = 2_000;

/** The period whose years contain `now`, else the latest one. */
export function currentPeriod(periods: PlanPeriod[], now: Date): PlanPeriod | undefined {
  const year = now.getUTCFullYear();
  const sorted = [...periods].sort((a, b) => b.startYear - a.startYear);
  return sorted.find((p) => p.startYear <= year && year <= p.endYear) ?? sorted[0];
}

type Loaded = Omit<KnowledgeSnapshot, "now">;

/** A marker that could not be read: never equal to a token, so the next good check reloads. */
const UNREAD = Symbol("unread");

/**
 * Caches the stored data so a chat answer costs no storage round trip, and keeps it current on
 * every instance: a snapshot whose last check of the change marker is older than `checkMs` reads
 * the marker first (one point read of one small row, shared by every question asked meanwhile) and
 * reloads when another instance has written since. So an answer reflects every write completed more
 * than about `checkMs` before it, on whichever instance it was made; an idle instance reads nothing.
 * A failed check keeps the cached data (storage trouble then shows at the next reload, at most
 * `maxAgeMs` later); a failed load is not cached.
 */
export function createKnowledgeSource(
  repos: { directory: DirectoryRepository; events: EventRepository; plan: PlanRepository },
  clock: Clock,
  freshness: KnowledgeFreshness = {},
): KnowledgeSource {
  const { marker } = freshness;
  const checkMs = freshness.checkMs ?? KNOWLEDGE_CHECK_MS;
  const maxAgeMs = freshness.maxAgeMs ?? (marker ? 5 * 60_000 : 15_000);
  const monotonic = freshness.monotonicMs ?? (() => performance.now());
  type Token = string | typeof UNREAD | undefined;
  type Entry = { loadedAt: number; checkedAt: number; token: Token; value: Promise<Loaded> };
  let cached: Entry | undefined;
  let checking: Promise<void> | undefined;
  let loads = 0;

  const readToken = async (): Promise<Token> => (marker ? marker.read().catch((): typeof UNREAD => UNREAD) : undefined);

  const loadData = async (): Promise<Loaded> => {
    const version = ++loads;
    const [directory, events, periods] = await Promise.all([
      repos.directory.load(),
      repos.events.list(),
      repos.plan.listPeriods(),
    ]);
    const period = currentPeriod(periods, clock());
    const tiltak = period ? (await repos.plan.listTiltak(period.id)).map((v) => v.value) : [];
    return { directory: currentDirectory(directory), events: events.map((v) => v.value), period, tiltak, version };
  };

  /** Starts a load; the marker is read first, so a write that lands during the load is seen by the next check. */
  const reload = (known?: Token): Entry => {
    const at = monotonic();
    const entry = { loadedAt: at, checkedAt: at, token: known } as Entry;
    entry.value = (async () => {
      if (known === undefined && marker) entry.token = await readToken();
      return loadData();
    })();
    cached = entry;
    // A failed load must not be cached, or one storage hiccup would last until the next change.
    entry.value.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return entry;
  };

  const check = async (entry: Entry): Promise<void> => {
    const token = await readToken();
    entry.checkedAt = monotonic();
    if (token !== UNREAD && token !== entry.token && cached === entry) reload(token);
  };

  return {
    async snapshot() {
      const now = clock();
      const at = monotonic();
      if (cached && at - cached.loadedAt <= maxAgeMs && marker && at - cached.checkedAt > checkMs) {
        const entry = cached;
        checking ??= check(entry).finally(() => (checking = undefined));
        await checking;
      }
      const entry = cached && monotonic() - cached.loadedAt <= maxAgeMs ? cached : reload();
      return { ...(await entry.value), now };
    },
    async invalidate() {
      cached = undefined;
      await marker?.bump().catch(() => undefined);
    },
  };
}
