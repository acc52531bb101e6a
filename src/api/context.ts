import type { ApiAuthConfig } from "../config/config.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "../logger.js";
import type { BadRowLog } from "../services/badRowLog.js";
import type { DashboardService } from "../services/dashboardService.js";
import type { MeetingService } from "../services/meetingService.js";
import type { DirectoryService } from "../services/directoryService.js";
import type { EventService } from "../services/eventService.js";
import type { BookingService } from "../services/bookingService.js";
import type { KnowledgeSource } from "../services/knowledgeSource.js";
import type { SummaryService } from "../services/summaryService.js";
import type { TiltakService } from "../services/tiltakService.js";
import type { ApiAuthenticator } from "./auth.js";
import type { DeliveryOverviewProvider } from "./deliveryOverviewRoutes.js";
import type { FeedbackOverviewProvider } from "./feedbackRoutes.js";
import type { RsvpApi } from "./rsvpRoutes.js";

/** Source of the reminder delivery log (provided by the reminders runtime when it runs). */
interface DeliveriesProvider {
  list(opts: { limit: number }): Promise<unknown[]>;
}

/** Who may call the API and who may write through it. */
interface ApiAuthSettings {
  api: ApiAuthConfig;
  editorObjectIds: readonly string[];
  /** Who handles Borgertun requests (empty: the editors), as in the bot. */
  borgertunHandlerObjectIds?: readonly string[];
}

/** What the calendar feed needs: who may read it, and the host its UIDs and links are made from. */
interface CalendarSettings {
  feedTokens: readonly string[];
  publicBaseUrl: string;
}

/** The application services the routes call; built once by the composition root and shared with the bot. */
interface ApiServices {
  knowledge: KnowledgeSource;
  events: EventService;
  tiltak: TiltakService;
  directory: DirectoryService;
  summary: SummaryService;
  dashboard: DashboardService;
  /** Meeting mode; without it the /api/meetings routes are absent. */
  meetings?: MeetingService;
  /** The bad rows this process has met: views add them to what editors get, and report what they cannot use. */
  badRows: Pick<BadRowLog, "list" | "bad" | "fine">;
}

/** What the API is given by the composition root (src/service.ts): no Config, no repositories. */
export interface ApiDependencies {
  auth: ApiAuthSettings;
  services: ApiServices;
  calendar: CalendarSettings;
  /** Reminder delivery log; without it /api/reminders/deliveries is []. */
  deliveries?: DeliveriesProvider;
  /** Borgertun requests and rules; without it the /api/borgertun routes are absent. */
  bookings?: BookingService;
  /** RSVP answers and nudges (src/api/rsvpRoutes.ts); without it those routes are not registered. */
  rsvp?: RsvpApi;
  /** The editors' delivery overview; without it /api/reminders/overview is not registered. */
  deliveryOverview?: DeliveryOverviewProvider;
  /** Feedback on the bot's answers; without it /api/feedback is not registered. */
  feedback?: FeedbackOverviewProvider;
  clock: Clock;
  log: Logger;
}

/** What every route file gets: the services, the authenticator built from the auth settings, and the rest as given. */
export interface ApiContext extends ApiServices {
  auth: ApiAuthenticator;
  calendar: CalendarSettings;
  deliveries?: DeliveriesProvider;
  clock: Clock;
  log: Logger;
}
