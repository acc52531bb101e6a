import { Button, Link, Spinner } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ApiClient } from "../api.js";
import type { BadRow } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";
import { ApiProblem } from "./ApiProblem.js";
import { badRowAnchor } from "./BadRowsNote.js";

/** GET /api/reminders/overview as the tab reads it (see src/reminders/deliveryOverview.ts). */
interface Overview {
  occurrences: {
    eventId: string;
    occurrenceKey: string;
    title: string;
    rsvp: { yes: number; no: number; maybe: number };
    deliveries: {
      targetId: string;
      conversationName?: string;
      conversationType?: string;
      leadTime: string;
      dueAt: string;
      sentAt?: string;
      state: string;
      cardUpdates: number;
    }[];
  }[];
  unreachable: { targetId: string; name?: string; conversationType: string; status: string; since?: string }[];
  /** Stored rows that views and reminders skip; absent from older servers. */
  badRows?: BadRow[];
}

// Feature-local texts, to move into the tab's catalogue (src/tab/i18n) with the rest.
const TEXT = {
  nb: {
    show: "Vis leveranser av påminnelser",
    heading: "Leveranser",
    where: "Samtale",
    when: "Tidspunkt",
    state: "Status",
    rsvp: "Svar",
    counts: (y: number, n: number, m: number) => `Kommer ${y} · Kommer ikke ${n} · Kanskje ${m}`,
    updated: (n: number) => `oppdatert ${n}×`,
    unreachable: "Samtaler som har blokkert eller fjernet boten",
    none: "Ingen påminnelser er sendt ennå.",
    badRows: "Rader som hoppes over",
    badRowsIntro:
      "Lagrede verdier som ikke kan brukes. Visningene og påminnelsene hopper over bare disse radene; alt annet sendes som vanlig.",
    table: "Tabell",
    id: "Id",
    reason: "Hva er galt",
    firstSeen: "Sett første gang",
    openEvent: "Åpne hendelsen",
    states: {
      sent: "sendt",
      failed: "feilet",
      missed: "gikk tapt",
      gone: "borte",
      pending: "venter",
      claimed: "sendes",
      skipped: "hoppet over",
      blocked: "blokkert",
      removed: "fjernet",
    } as Record<string, string>,
  },
  nn: {
    show: "Vis leveransar av påminningar",
    heading: "Leveransar",
    where: "Samtale",
    when: "Tidspunkt",
    state: "Status",
    rsvp: "Svar",
    counts: (y: number, n: number, m: number) => `Kjem ${y} · Kjem ikkje ${n} · Kanskje ${m}`,
    updated: (n: number) => `oppdatert ${n}×`,
    unreachable: "Samtalar som har blokkert eller fjerna boten",
    none: "Ingen påminningar er sende enno.",
    badRows: "Rader som blir hoppa over",
    badRowsIntro:
      "Lagra verdiar som ikkje kan brukast. Visingane og påminningane hoppar berre over desse radene; alt anna blir sendt som vanleg.",
    table: "Tabell",
    id: "Id",
    reason: "Kva som er gale",
    firstSeen: "Sett første gong",
    openEvent: "Opne hendinga",
    states: {
      sent: "sendt",
      failed: "feila",
      missed: "gjekk tapt",
      gone: "borte",
      pending: "ventar",
      claimed: "vert sendt",
      skipped: "hoppa over",
      blocked: "blokkert",
      removed: "fjerna",
    } as Record<string, string>,
  },
  en: {
    show: "Show reminder deliveries",
    heading: "Deliveries",
    where: "Conversation",
    when: "Time",
    state: "State",
    rsvp: "Answers",
    counts: (y: number, n: number, m: number) => `Coming ${y} · Not coming ${n} · Maybe ${m}`,
    updated: (n: number) => `updated ${n}×`,
    unreachable: "Conversations that blocked or removed the bot",
    none: "No reminders have been sent yet.",
    badRows: "Rows that are skipped",
    badRowsIntro:
      "Stored values that cannot be used. Views and reminders skip only these rows; everything else goes out as usual.",
    table: "Table",
    id: "Id",
    reason: "What is wrong",
    firstSeen: "First seen",
    openEvent: "Open the event",
    states: {
      sent: "sent",
      failed: "failed",
      missed: "missed",
      gone: "gone",
      pending: "waiting",
      claimed: "sending",
      skipped: "skipped",
      blocked: "blocked",
      removed: "removed",
    } as Record<string, string>,
  },
};

/** Editors: where each reminder went, when, its state and the RSVP counts; loaded when asked for. */
export function DeliveryOverviewView({ api }: { api: ApiClient }) {
  const { lang } = useI18n();
  const t = TEXT[lang];
  const [state, setState] = useState<{ loading?: boolean; data?: Overview; error?: unknown }>({});
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that was pressed is gone once the overview shows: focus goes to its heading.
  const focusHeading = useRef(false);
  useEffect(() => {
    if (state.data && focusHeading.current) {
      focusHeading.current = false;
      heading.current?.focus();
    }
  }, [state.data]);
  const load = () => {
    focusHeading.current = true;
    setState({ loading: true });
    api
      .request("/api/reminders/overview")
      .then((r) => r.json() as Promise<Overview>)
      .then(
        (data) => setState({ data }),
        (error: unknown) => setState({ error }),
      );
  };
  const when = (iso?: string) =>
    iso
      ? new Date(iso).toLocaleString(lang === "en" ? "en-GB" : "nb-NO", {
          timeZone: "Europe/Oslo",
          dateStyle: "short",
          timeStyle: "short",
        })
      : "";

  if (!state.data && !state.loading && state.error === undefined) {
    return (
      <Button onClick={load} data-testid="show-deliveries">
        {t.show}
      </Button>
    );
  }
  if (state.error !== undefined) return <ApiProblem error={state.error} onRetry={load} />;
  if (!state.data) return <Spinner label={t.show} />;
  const { occurrences, unreachable, badRows = [] } = state.data;
  return (
    <section aria-labelledby="deliveries-heading" className="delivery-overview" data-testid="delivery-overview">
      <h2 id="deliveries-heading" ref={heading} tabIndex={-1}>
        {t.heading}
      </h2>
      {occurrences.length === 0 && <p>{t.none}</p>}
      {occurrences.map((o) => (
        <table key={`${o.eventId}|${o.occurrenceKey}`} className="delivery-table">
          <caption>
            {o.title} — {t.rsvp}: {t.counts(o.rsvp.yes, o.rsvp.no, o.rsvp.maybe)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.where}</th>
              <th scope="col">{t.when}</th>
              <th scope="col">{t.state}</th>
            </tr>
          </thead>
          <tbody>
            {o.deliveries.map((d) => (
              <tr key={`${d.targetId}|${d.leadTime}`}>
                <td>{d.conversationName ?? d.conversationType ?? d.targetId}</td>
                <td>{when(d.sentAt ?? d.dueAt)}</td>
                <td>
                  {t.states[d.state] ?? d.state}
                  {d.cardUpdates > 0 ? `, ${t.updated(d.cardUpdates)}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {badRows.length > 0 && (
        <table className="delivery-table" data-testid="skipped-rows">
          <caption>
            {t.badRows}. {t.badRowsIntro}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.table}</th>
              <th scope="col">{t.id}</th>
              <th scope="col">{t.reason}</th>
              <th scope="col">{t.firstSeen}</th>
            </tr>
          </thead>
          <tbody>
            {badRows.map((r) => (
              <tr key={`${r.table}|${r.id}`}>
                <td>{r.table}</td>
                <td>
                  {r.table === "events" ? (
                    // The event's entry in Kommende above has the button that opens it in the form.
                    <Link href={`#${badRowAnchor(r.table, r.id)}`} title={t.openEvent}>
                      {r.id}
                    </Link>
                  ) : (
                    <code>{r.id}</code>
                  )}
                </td>
                <td>{r.reason}</td>
                <td>{when(r.firstSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unreachable.length > 0 && (
        <>
          <h3>{t.unreachable}</h3>
          <ul>
            {unreachable.map((u) => (
              <li key={u.targetId}>
                {u.name ?? u.conversationType}: {t.states[u.status] ?? u.status} {when(u.since)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
