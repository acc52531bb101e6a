/**
 * Shapes of the JSON API as the tab reads them: the wire contract's types (src/contract), imported
 * as types only so that zod stays out of the bundle. Nothing here is written by hand.
 */
export type {
  AgendaFilter,
  DashboardMeeting,
  DecisionView,
  MeetingFocusView,
  MeetingInfo,
  MeetingsResponse,
  MeetingSummary,
  MeetingView,
  AlrekEvent,
  ApiErrorBody,
  AreaSummary,
  BadEventRow,
  BadRow,
  ChangeRecord,
  Dashboard,
  DashboardChange,
  EventKind,
  EventListResponse,
  EventPatchBody,
  FeedbackResponse,
  FieldIssue,
  Group,
  GroupsResponse,
  HistoryResponse,
  Me,
  OccurrenceDto,
  OccurrencesResponse,
  Person,
  PeriodCreateBody,
  PeriodCreatedResponse,
  PeriodsResponse,
  PlanArea,
  PlanPeriod,
  Summary,
  Tiltak,
  TiltakListResponse,
  TiltakPatchBody,
  TiltakStatus,
  WithEtag,
} from "../contract/index.js";

/** Body of POST /api/events: event fields without id. */
export type { EventCreateBody as EventInput } from "../contract/index.js";
