/**
 * Keeps the dashboard live: a conditional GET every few seconds while the page is visible
 * (an unchanged dashboard is an empty 304), at once when the page becomes visible again or
 * after a save here. Tiltak that changed since the last answer are named for a short highlight.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiClient } from "./api.js";
import type { Dashboard, Tiltak, WithEtag } from "./apiTypes.js";
import type { Lang } from "./i18n/index.js";

/** How often a visible tab asks whether anything changed; with the server's answer this stays under 5 s. */
export const POLL_MS = 2500;
/** How long a changed row stays highlighted. */
export const HIGHLIGHT_MS = 6000;

/** State of the live dashboard. */
export interface LiveDashboard {
  data?: Dashboard;
  error?: unknown;
  /** When the data was last confirmed current (200 or 304). */
  checkedAt?: Date;
  /** Ids of tiltak that changed in the last update, for the highlight. */
  changed: ReadonlySet<string>;
  /** Asks again now (after a save, or "Prøv igjen"). */
  refresh: () => void;
  /** Puts a saved tiltak into the data at once, before the next poll confirms it. */
  replaceTiltak: (t: WithEtag<Tiltak>) => void;
}

/** Ids whose row differs (by etag) between two lists; new ids count as changed. */
export function changedIds(before: readonly WithEtag<Tiltak>[], after: readonly WithEtag<Tiltak>[]): Set<string> {
  const old = new Map(before.map((t) => [t.id, t.etag]));
  return new Set(after.filter((t) => old.get(t.id) !== t.etag).map((t) => t.id));
}

/** The live dashboard for `lang`; `initial` is a prefetched first answer. */
export function useLiveDashboard(
  api: ApiClient,
  lang: Lang,
  initial?: Promise<{ data: Dashboard; etag: string } | undefined>,
  doc: Document = document,
): LiveDashboard {
  const [data, setData] = useState<Dashboard>();
  const [error, setError] = useState<unknown>();
  const [checkedAt, setCheckedAt] = useState<Date>();
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const etag = useRef<string | undefined>(undefined);
  const latest = useRef<Dashboard | undefined>(undefined);
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const highlightTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const initialRef = useRef(initial);
  const alive = useRef(true);

  const apply = useCallback((next: Dashboard, tag: string) => {
    const before = latest.current;
    etag.current = tag;
    latest.current = next;
    setData(next);
    if (before) {
      const ids = changedIds(before.tiltak, next.tiltak);
      if (ids.size) {
        setChanged(ids);
        clearTimeout(highlightTimer.current);
        highlightTimer.current = setTimeout(() => alive.current && setChanged(new Set()), HIGHLIGHT_MS);
      }
    }
  }, []);

  const poll = useCallback(async () => {
    if (pending.current) return;
    pending.current = true;
    clearTimeout(timer.current);
    try {
      const first = initialRef.current;
      initialRef.current = undefined;
      const answer = await (first ?? api.dashboard(lang, etag.current));
      if (!alive.current) return;
      if (answer) apply(answer.data, answer.etag);
      setError(undefined);
      setCheckedAt(new Date());
    } catch (e) {
      if (alive.current) setError(e);
    } finally {
      pending.current = false;
      // Hidden pages do not poll; visibilitychange starts them again.
      if (alive.current && doc.visibilityState !== "hidden") timer.current = setTimeout(() => void poll(), POLL_MS);
    }
  }, [api, lang, apply, doc]);

  useEffect(() => {
    alive.current = true;
    void poll();
    const onVisible = () => {
      if (doc.visibilityState === "visible") void poll();
      else clearTimeout(timer.current);
    };
    doc.addEventListener("visibilitychange", onVisible);
    return () => {
      alive.current = false;
      clearTimeout(timer.current);
      clearTimeout(highlightTimer.current);
      doc.removeEventListener("visibilitychange", onVisible);
    };
  }, [poll, doc]);

  const replaceTiltak = useCallback((t: WithEtag<Tiltak>) => {
    const current = latest.current;
    if (!current) return;
    const next = { ...current, tiltak: current.tiltak.map((x) => (x.id === t.id ? t : x)) };
    latest.current = next;
    setData(next);
  }, []);

  return { data, error, checkedAt, changed, refresh: () => void poll(), replaceTiltak };
}
