/**
 * The requests the first screen needs, started before React renders: the first render of the
 * Fluent shell takes a few hundred milliseconds on a slow meeting-room PC, and the API answers
 * in that time instead of after it. Each prefetched answer is handed out once; a retry or a
 * later visit to the view fetches afresh.
 */
import type { ApiClient } from "./api.js";
import type { Dashboard, Me } from "./apiTypes.js";
import type { HostInfo } from "./hostInfo.js";
import type { Lang } from "./i18n/index.js";

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

/** Prefetched answers for the first screen. */
export interface FirstLoad {
  me?: OneShot<Me>;
  /** The live dashboard (status and dashboard views read it; the others refresh on its version). */
  dashboard?: { lang: Lang; data: OneShot<{ data: Dashboard; etag: string } | undefined> };
}

/** Starts what the host's first view will ask for. */
export function startFirstLoad(api: ApiClient, host: HostInfo): FirstLoad {
  return {
    me: new OneShot(api.me()),
    dashboard: { lang: host.lang, data: new OneShot(api.dashboard(host.lang)) },
  };
}
