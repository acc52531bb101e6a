import type { Clock } from "../domain/clock.js";
import type {
  ChangeMarker,
  DirectoryRepository,
  EventRepository,
  HistoryRepository,
  PlanRepository,
} from "../domain/repositories.js";
import type { MeetingRepository } from "../domain/meetingRepository.js";
import { createMeetingService, type MeetingService } from "../services/meetingService.js";
import { createBadRowLog, type BadRowLog } from "../services/badRowLog.js";
import { silentLogger } from "../logger.js";
import { createDashboardService, type DashboardService } from "../services/dashboardService.js";
import { createDirectoryService, type DirectoryService } from "../services/directoryService.js";
import { createEventService, type EventService } from "../services/eventService.js";
import { createKnowledgeSource, type KnowledgeSource } from "../services/knowledgeSource.js";
import { createSummaryService, type SummaryService } from "../services/summaryService.js";
import { createTiltakService, type TiltakService } from "../services/tiltakService.js";

/** The application services, one instance each, shared by the bot and the API. */
export interface AppServices {
  knowledge: KnowledgeSource;
  events: EventService;
  tiltak: TiltakService;
  directory: DirectoryService;
  summary: SummaryService;
  dashboard: DashboardService;
  /** Meeting mode (focus, decisions, summary); absent without a meetings table. */
  meetings?: MeetingService;
  /** The bad rows this process has met (every view and reminder tick reports to it). */
  badRows: BadRowLog;
}

/**
 * Builds each service once. Sharing matters: a write through the bot's EventService invalidates
 * the same cached read model that the API answers from; with a change marker, every other
 * instance's read model follows within a couple of seconds (see knowledgeSource.ts).
 */
export function createServices(
  repos: {
    directory: DirectoryRepository;
    events: EventRepository;
    plan: PlanRepository;
    history: HistoryRepository;
    meetings?: MeetingRepository;
    changeMarker?: ChangeMarker;
  },
  clock: Clock,
  hooks: { onEventChanged?: (eventId: string) => Promise<void> } = {},
  badRows: BadRowLog = createBadRowLog({ log: silentLogger, clock }),
): AppServices {
  const knowledge = createKnowledgeSource(repos, clock, { marker: repos.changeMarker });
  return {
    knowledge,
    badRows,
    events: createEventService({
      events: repos.events,
      history: repos.history,
      knowledge,
      clock,
      onChanged: hooks.onEventChanged,
      badRows,
    }),
    tiltak: createTiltakService({ plan: repos.plan, history: repos.history, knowledge, clock }),
    directory: createDirectoryService({ directory: repos.directory, history: repos.history, knowledge, clock }),
    summary: createSummaryService({ knowledge, badRows }),
    dashboard: createDashboardService({
      plan: repos.plan,
      events: repos.events,
      history: repos.history,
      clock,
      meetings: repos.meetings,
    }),
    ...(repos.meetings
      ? {
          meetings: createMeetingService({
            meetings: repos.meetings,
            events: repos.events,
            plan: repos.plan,
            history: repos.history,
            clock,
          }),
        }
      : {}),
  };
}
