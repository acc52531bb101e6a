/**
 * The requests the first screen needs, started before React renders: the first render of the
 * Fluent shell takes a few hundred milliseconds on a slow meeting-room PC, and the API answers
 * in that time instead of after it. Each prefetched answer is handed out once; a retry or a
 * later visit to the view fetches afresh.
 */
import type { ApiClient } from "./api.js";
import type { Me } from "./apiTypes.js";
import type { HostInfo } from "./hostInfo.js";
import type { Lang } from "./i18n/index.js";
import type { StatusData } from "./statusData.js";

/** Summary and the current period's tiltak, both at once ("current" names the summary's period). */
export async function loadStatusData(api: ApiClient, lang: Lang): Promise<StatusData> {
  const [summary, { tiltak }] = await Promise.all([api.summary(lang), api.tiltak("current")]);
  return { summary, period: summary.period, tiltak };
}

/** A promise that can be taken once; unhandled until taken, so a failure is never reported twice. */
export class OneShot<T> {
  private promise?: Promise<T>;

  constructor(promise: Promise<T>) {
    // The view reports a failure when it takes the promise; until then it is not "unhandled".
    promise.catch(() => undefined);
    this.promise = promise;
  }

  /** The promise the first time, undefined after. */
  take(): Promise<T> | undefined {
    const promise = this.promise;
    this.promise = undefined;
    return promise;
  }
}

/** Prefetched answers for the first screen; a view not shown first gets nothing prefetched. */
export interface FirstLoad {
  me?: OneShot<Me>;
  status?: { lang: Lang; data: OneShot<StatusData> };
}

/** Starts what the host's first view will ask for. */
export function startFirstLoad(api: ApiClient, host: HostInfo): FirstLoad {
  return {
    me: new OneShot(api.me()),
    status: host.initialView === "status" ? { lang: host.lang, data: new OneShot(loadStatusData(api, host.lang)) } : undefined,
  };
}
