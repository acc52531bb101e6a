/** A fake /api for the tab's component tests: a vi.fn fetch answering contract-shaped Responses. */
import { vi } from "vitest";
import type {
  Dashboard,
  GroupView,
  Me,
  OccurrenceDto,
  PersonView,
  PlanPeriod,
  Summary,
  Tiltak,
  WithEtag,
} from "../../src/tab/apiTypes.js";

/** One recorded request. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

type Handler = (req: SeenRequest) => Response | Promise<Response>;

/** JSON Response with a status. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

export const period: PlanPeriod = {
  id: "2024-2025",
  title: "Handlingsplan 2024–2025",
  startYear: 2024,
  endYear: 2025,
  areas: [
    { id: "utdanning", name: "Utdanning for fremtiden", nameEn: "Education for the future", goal: "", order: 1 },
    { id: "forskning", name: "Forskning og innovasjon", nameEn: "Research and innovation", goal: "", order: 2 },
  ],
};

export function tiltak(id: string, over: Partial<Tiltak> = {}, etag = `W/"${id}-1"`): WithEtag<Tiltak> {
  return {
    periodId: period.id,
    id,
    areaId: "utdanning",
    order: 1,
    text: `Tiltak ${id}`,
    status: "planned",
    responsible: "Alrek-koordinator",
    notes: "",
    etag,
    ...over,
  };
}

export const defaultTiltak: WithEtag<Tiltak>[] = [
  tiltak("t1", {
    text: "Delta på Fredagspresentasjoner",
    status: "in_progress",
    notes: "To presentasjoner planlagt",
    updatedAt: "2026-12-04T11:00:00.000Z",
    updatedBy: "Karen Haugvaldstad",
  }),
  tiltak("t2", { text: "Simulering og podcast", status: "done", order: 2 }),
  tiltak("t3", { areaId: "forskning", text: "Felles forskningsprosjekt", status: "planned" }),
];

export const summary: Summary = {
  now: "2026-11-22T09:00:00.000Z",
  locale: "nb",
  period,
  tiltakByStatus: { planned: 1, in_progress: 1, done: 1, stopped: 0 },
  total: 3,
  progress: 1 / 3,
  areas: [
    { area: period.areas[0], total: 2, byStatus: { planned: 0, in_progress: 1, done: 1, stopped: 0 }, progress: 0.5 },
    { area: period.areas[1], total: 1, byStatus: { planned: 1, in_progress: 0, done: 0, stopped: 0 }, progress: 0 },
  ],
  upcoming: [],
  groupsCount: 2,
  peopleCount: 2,
};

export const people: PersonView[] = [
  { id: "ingelin-soraas", name: "Ingelin Søråas", altNames: ["Ingelin Søraas"], unit: "BEHO", etag: 'W/"p1"' },
  { id: "karen-haugvaldstad", name: "Karen Haugvaldstad", altNames: [], title: "Alrek-koordinator", etag: 'W/"p2"' },
];

export const groups: GroupView[] = [
  {
    id: "styringsgruppen",
    name: "Styringsgruppen",
    nameEn: "Steering group",
    aliases: [],
    kind: "governing",
    behoRepresented: true,
    members: [{ personId: "ingelin-soraas" }],
    order: 1,
    etag: 'W/"g1"',
  },
  {
    id: "husradet",
    name: "Husrådet",
    nameEn: "House council",
    aliases: ["husrådet"],
    kind: "committee",
    representation: "BEHO representeres av intern Alrek-koordinator.",
    behoRepresented: true,
    members: [{ personId: "karen-haugvaldstad" }],
    order: 2,
    etag: 'W/"g2"',
  },
  {
    id: "brukerpanel",
    name: "Brukerpanel",
    nameEn: "User panel",
    aliases: [],
    kind: "panel",
    behoRepresented: false,
    note: "BEHO skal ikke være representert.",
    members: [],
    order: 3,
    etag: 'W/"g3"',
  },
];

export const occurrences: OccurrenceDto[] = [
  {
    eventId: "fredag",
    key: "2026-12-04T12:00",
    start: "2026-12-04T11:00:00.000Z",
    end: "2026-12-04T12:00:00.000Z",
    moved: false,
    title: "Fredagspresentasjon",
    titleEn: "Friday presentation",
    kind: "presentation",
    place: "Kantinen, Årstadveien 17",
    link: "https://example.org/fredag",
    reminders: ["2026-11-27T11:00:00.000Z"],
  },
  {
    eventId: "fredag",
    key: "2027-01-01T12:00",
    start: "2027-01-01T11:00:00.000Z",
    moved: false,
    title: "Fredagspresentasjon",
    kind: "presentation",
    reminders: [],
  },
];

/** Builds the fake fetch; `overrides` replace or add routes keyed "METHOD /path" (no query). */
export function fakeApi(
  options: { me?: Partial<Me>; tiltak?: WithEtag<Tiltak>[]; routes?: Record<string, Handler> } = {},
) {
  const me: Me = { oid: "o", tid: "t", name: "Lokal redaktør", isEditor: false, mode: "local", ...options.me };
  const routes: Record<string, Handler> = {
    "GET /api/me": () => json(me),
    "GET /api/summary": () => json(summary),
    [`GET /api/periods/${period.id}/tiltak`]: () => json({ tiltak: options.tiltak ?? defaultTiltak }),
    // As the service does: "current" is the period the summary is about.
    "GET /api/periods/current/tiltak": () => json({ tiltak: options.tiltak ?? defaultTiltak }),
    "GET /api/dashboard": (req) => {
      // Like the service: the same data under the same ETag is an empty 304.
      if (req.headers.get("If-None-Match") === 'W/"v1"') return new Response(null, { status: 304 });
      const body: Dashboard = {
        version: 'W/"v1"',
        summary,
        tiltak: options.tiltak ?? defaultTiltak,
        changes: [],
        changesSince: "2026-10-23T09:00:00.000Z",
      };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { "Content-Type": "application/json", ETag: body.version },
      });
    },
    "GET /api/groups": () => json({ groups, people }),
    "GET /api/events": () =>
      json({
        occurrences,
        undated: [
          {
            id: "seminar",
            kind: "conference",
            title: "Alrek-seminar",
            timeZone: "Europe/Oslo",
            exceptions: [],
            cancelled: false,
          },
        ],
      }),
    "GET /api/events/all": () => json({ events: [] }),
    ...options.routes,
  };
  const seen: SeenRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://tab.test");
    const req: SeenRequest = {
      method: init?.method ?? "GET",
      path: url.pathname,
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    };
    seen.push(req);
    const handler = routes[`${req.method} ${req.path}`];
    return handler ? handler(req) : json({ error: { code: "not_found", message: `no route ${req.path}` } }, 404);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, seen };
}
