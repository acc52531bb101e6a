import type { ApiDependencies } from "./index.js";
import type { ApiAuthenticator } from "./auth.js";
import type { EventService } from "../services/eventService.js";
import type { TiltakService } from "../services/tiltakService.js";
import type { SummaryService } from "../services/summaryService.js";

/** Source of the reminder delivery log (provided by the reminders module when it runs). */
export interface DeliveriesProvider {
  list(opts: { limit: number }): Promise<unknown[]>;
}

/** Everything a route file gets: the dependencies plus the authenticator and services. */
export interface ApiContext extends ApiDependencies {
  auth: ApiAuthenticator;
  events: EventService;
  tiltak: TiltakService;
  summary: SummaryService;
}
