/**
 * Client for the JSON API. The token is asked for on every call (Teams caches and refreshes it),
 * and failures become {@link ApiError} so views can explain 401/403/412 in words.
 */
import type {
  AlrekEvent,
  ApiErrorBody,
  Dashboard,
  DecisionView,
  DirectoryImportBody,
  DirectoryImportResponse,
  EventInput,
  EventListResponse,
  EventPatchBody,
  GroupCreateBody,
  GroupPatchBody,
  GroupsResponse,
  GroupView,
  HistoryResponse,
  Me,
  MeetingFocusView,
  MeetingsResponse,
  MeetingSummary,
  MeetingView,
  OccurrencesResponse,
  PeriodCreateBody,
  PeriodCreatedResponse,
  PeriodsResponse,
  PersonCreateBody,
  PersonPatchBody,
  PersonView,
  Summary,
  Tiltak,
  TiltakListResponse,
  TiltakPatchBody,
  WithEtag,
} from "./apiTypes.js";

/** A failed API call; `body` holds the parsed error body when there was one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | undefined,
  ) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.name = "ApiError";
  }
}

/** The ApiError for a failed response, with its JSON body when it has one. */
async function errorOf(res: Response): Promise<ApiError> {
  try {
    return new ApiError(res.status, (await res.json()) as ApiErrorBody);
  } catch {
    return new ApiError(res.status, undefined);
  }
}

/** Gives the bearer token, or undefined where the API needs none (browser/local mode). */
export type TokenProvider = () => Promise<string | undefined>;

/** What the client needs from its surroundings; tests pass a fake fetch. */
export interface ApiClientOptions {
  fetch?: typeof fetch;
  getToken?: TokenProvider;
  baseUrl?: string;
}

/** Typed calls to /api. */
export class ApiClient {
  private readonly fetchFn: typeof fetch;
  private readonly getToken: TokenProvider;
  private readonly baseUrl: string;

  constructor(options: ApiClientOptions = {}) {
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.getToken = options.getToken ?? (async () => undefined);
    this.baseUrl = options.baseUrl ?? "";
  }

  /** A raw authorised request; throws ApiError for any non-2xx answer. */
  async request(path: string, init: RequestInit & { etag?: string } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const token = await this.getToken();
    if (token) headers.set("Authorization", `Bearer ${token}`);
    if (init.etag) headers.set("If-Match", init.etag);
    if (init.body !== undefined) headers.set("Content-Type", "application/json");
    const res = await this.fetchFn(`${this.baseUrl}${path}`, { ...init, headers });
    if (!res.ok) throw await errorOf(res);
    return res;
  }

  private async json<T>(path: string, init?: RequestInit & { etag?: string }): Promise<T> {
    return (await (await this.request(path, init)).json()) as T;
  }

  me(): Promise<Me> {
    return this.json("/api/me");
  }

  groups(): Promise<GroupsResponse> {
    return this.json("/api/groups");
  }

  /** POST /api/groups (editors): the new group with its id and etag. */
  createGroup(body: GroupCreateBody): Promise<GroupView> {
    return this.json("/api/groups", { method: "POST", body: JSON.stringify(body) });
  }

  /** PATCH with If-Match; a stale etag throws ApiError 412 whose body has `current` and `etag`. */
  updateGroup(id: string, etag: string, patch: GroupPatchBody): Promise<GroupView> {
    return this.json(`/api/groups/${encodeURIComponent(id)}`, { method: "PATCH", etag, body: JSON.stringify(patch) });
  }

  groupHistory(id: string): Promise<HistoryResponse> {
    return this.json(`/api/groups/${encodeURIComponent(id)}/history`);
  }

  /** POST /api/people (editors): the new person with its id and etag. */
  createPerson(body: PersonCreateBody): Promise<PersonView> {
    return this.json("/api/people", { method: "POST", body: JSON.stringify(body) });
  }

  updatePerson(id: string, etag: string, patch: PersonPatchBody): Promise<PersonView> {
    return this.json(`/api/people/${encodeURIComponent(id)}`, { method: "PATCH", etag, body: JSON.stringify(patch) });
  }

  personHistory(id: string): Promise<HistoryResponse> {
    return this.json(`/api/people/${encodeURIComponent(id)}/history`);
  }

  /** The whole directory as a file (CSV or JSON), fetched with the token so it works in Teams too. */
  async directoryExport(format: "csv" | "json"): Promise<Blob> {
    return (await this.request(`/api/directory/export.${format}`)).blob();
  }

  /**
   * POST /api/directory/import: a dry run, or with `planVersion` (the dry run's) the plan applied;
   * a plan that no longer holds throws ApiError 412 whose body's `current` is the new plan.
   */
  importDirectory(file: Omit<DirectoryImportBody, "dryRun">, planVersion?: string): Promise<DirectoryImportResponse> {
    return this.json("/api/directory/import", {
      method: "POST",
      body: JSON.stringify({ ...file, dryRun: planVersion === undefined }),
      ...(planVersion ? { etag: planVersion } : {}),
    });
  }

  summary(lang: string): Promise<Summary> {
    return this.json(`/api/summary?locale=${encodeURIComponent(lang)}`);
  }

  /**
   * The live dashboard, conditionally: with the `etag` of the data already shown, an unchanged
   * dashboard answers 304 and this resolves to undefined.
   */
  async dashboard(lang: string, etag?: string): Promise<{ data: Dashboard; etag: string } | undefined> {
    const headers = new Headers();
    const token = await this.getToken();
    if (token) headers.set("Authorization", `Bearer ${token}`);
    if (etag) headers.set("If-None-Match", etag);
    // no-store: the tab does its own conditional requests; the HTTP cache would only hide the 304.
    const res = await this.fetchFn(`${this.baseUrl}/api/dashboard?locale=${encodeURIComponent(lang)}`, {
      headers,
      cache: "no-store",
    });
    if (res.status === 304) return undefined;
    if (!res.ok) throw await errorOf(res);
    const data = (await res.json()) as Dashboard;
    return { data, etag: res.headers.get("ETag") ?? data.version };
  }

  periods(): Promise<PeriodsResponse> {
    return this.json("/api/periods");
  }

  /** POST /api/periods: a new period, with the tiltak chosen to carry over (editors only). */
  createPeriod(body: PeriodCreateBody): Promise<PeriodCreatedResponse> {
    return this.json("/api/periods", { method: "POST", body: JSON.stringify(body) });
  }

  tiltak(periodId: string): Promise<TiltakListResponse> {
    return this.json(`/api/periods/${encodeURIComponent(periodId)}/tiltak`);
  }

  /** PATCH with If-Match; a stale etag throws ApiError 412 whose body has `current` and `etag`. */
  updateTiltak(periodId: string, id: string, etag: string, patch: TiltakPatchBody): Promise<WithEtag<Tiltak>> {
    return this.json(`/api/periods/${encodeURIComponent(periodId)}/tiltak/${encodeURIComponent(id)}`, {
      method: "PATCH",
      etag,
      body: JSON.stringify(patch),
    });
  }

  tiltakHistory(periodId: string, id: string): Promise<HistoryResponse> {
    return this.json(`/api/periods/${encodeURIComponent(periodId)}/tiltak/${encodeURIComponent(id)}/history`);
  }

  /** The CSV export, fetched with the token so it works in Teams too. */
  async tiltakCsv(periodId: string): Promise<Blob> {
    return (await this.request(`/api/periods/${encodeURIComponent(periodId)}/tiltak.csv`)).blob();
  }

  events(from: Date, to: Date): Promise<OccurrencesResponse> {
    const q = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
    return this.json(`/api/events?${q}`);
  }

  allEvents(): Promise<EventListResponse> {
    return this.json("/api/events/all");
  }

  createEvent(input: EventInput): Promise<WithEtag<AlrekEvent>> {
    return this.json("/api/events", { method: "POST", body: JSON.stringify(input) });
  }

  updateEvent(id: string, etag: string, input: EventPatchBody): Promise<WithEtag<AlrekEvent>> {
    return this.json(`/api/events/${encodeURIComponent(id)}`, { method: "PATCH", etag, body: JSON.stringify(input) });
  }

  cancelEvent(id: string, etag: string, occurrence?: string): Promise<WithEtag<AlrekEvent>> {
    return this.json(`/api/events/${encodeURIComponent(id)}/cancel`, {
      method: "POST",
      etag,
      body: JSON.stringify(occurrence ? { occurrence } : {}),
    });
  }

  /** GET /api/meetings: the Alrekforum meetings around today and the current one. */
  meetings(): Promise<MeetingsResponse> {
    return this.json("/api/meetings");
  }

  /** A meeting's agenda, decisions and (when it is this meeting's) the chair's focus. */
  meeting(eventId: string, key: string): Promise<MeetingView> {
    return this.json(meetingPath(eventId, key));
  }

  /** Moves the focus the stage follows (editors); `etag` once a focus is stored. */
  setFocus(
    eventId: string,
    key: string,
    etag: string | undefined,
    body: { itemId: string | null; filter: "all" | "attention"; ended?: boolean },
  ): Promise<MeetingFocusView> {
    return this.json(`${meetingPath(eventId, key)}/focus`, { method: "PUT", etag, body: JSON.stringify(body) });
  }

  /** Saves an agenda item's decisions (editors); `etag` once they are stored. */
  saveDecision(
    eventId: string,
    key: string,
    itemId: string,
    etag: string | undefined,
    body: { text: string; tiltakIds: string[] },
  ): Promise<DecisionView> {
    return this.json(`${meetingPath(eventId, key)}/decisions/${encodeURIComponent(itemId)}`, {
      method: "PUT",
      etag,
      body: JSON.stringify(body),
    });
  }

  meetingSummary(eventId: string, key: string): Promise<MeetingSummary> {
    return this.json(`${meetingPath(eventId, key)}/summary`);
  }

  /** Who answered what for an occurrence (editors). */
  rsvp(eventId: string, key: string): Promise<RsvpAnswers> {
    return this.json(rsvpPath(eventId, key));
  }

  /** The answers as CSV, fetched with the token (editors). */
  async rsvpCsv(eventId: string, key: string): Promise<Blob> {
    return (await this.request(`${rsvpPath(eventId, key)}/answers.csv`)).blob();
  }

  /** "Husk å svare" in each reminder's thread, once per occurrence (editors); 409 the second time. */
  nudge(eventId: string, key: string): Promise<{ threads: number; mentioned: number }> {
    return this.json(`${rsvpPath(eventId, key)}/nudge`, { method: "POST", body: "{}" });
  }
}

/** GET /api/rsvp/:eventId/:occurrenceKey (see docs/api-contract.md). */
export interface RsvpAnswers {
  counts: { yes: number; no: number; maybe: number };
  answers: { oid: string; name?: string; answer: "yes" | "no" | "maybe"; answeredAt: string }[];
}

const meetingPath = (eventId: string, key: string) =>
  `/api/meetings/${encodeURIComponent(eventId)}/${encodeURIComponent(key)}`;
const rsvpPath = (eventId: string, key: string) =>
  `/api/rsvp/${encodeURIComponent(eventId)}/${encodeURIComponent(key)}`;
