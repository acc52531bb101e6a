import type { Server } from "restify";
import type { Config } from "../config/config.js";
import type { Clock } from "../domain/clock.js";
import type { DirectoryRepository, EventRepository, HistoryRepository, PlanRepository } from "../domain/repositories.js";
import type { Logger } from "../logger.js";
import type { KnowledgeSource } from "../services/knowledgeSource.js";
import { createEventService } from "../services/eventService.js";
import { createTiltakService } from "../services/tiltakService.js";
import { createSummaryService } from "../services/summaryService.js";
import { createApiAuthenticator } from "./auth.js";
import type { ApiContext, DeliveriesProvider } from "./context.js";
import { registerMeRoutes } from "./meRoutes.js";
import { registerGroupRoutes } from "./groupRoutes.js";
import { registerSummaryRoutes } from "./summaryRoutes.js";
import { registerPeriodRoutes } from "./periodRoutes.js";
import { registerEventRoutes } from "./eventRoutes.js";
import { registerCalendarRoutes } from "./calendarRoutes.js";
import { registerReminderRoutes } from "./reminderRoutes.js";
import { registerDashboardRoutes } from "./dashboardRoutes.js";
import { registerOccurrenceCalendarRoute } from "./occurrenceCalendarRoute.js";
import { registerRsvpRoutes, type RsvpApi } from "./rsvpRoutes.js";
import { registerDeliveryOverviewRoute, type DeliveryOverviewProvider } from "./deliveryOverviewRoutes.js";

export type { DeliveriesProvider } from "./context.js";

/** What the API needs from the composition root. */
export interface ApiDependencies {
  config: Config;
  repos: { directory: DirectoryRepository; events: EventRepository; plan: PlanRepository; history: HistoryRepository };
  knowledge: KnowledgeSource;
  clock: Clock;
  log: Logger;
  /** Reminder delivery log from the reminders module; without it /api/reminders/deliveries is []. */
  deliveries?: DeliveriesProvider;
  /** Told after an event write (reminder cards follow the change). */
  onEventChanged?: (eventId: string) => Promise<void>;
  /** RSVP answers and nudges (src/api/rsvpRoutes.ts); without it those routes are not registered. */
  rsvp?: RsvpApi;
  /** The editors' delivery overview; without it /api/reminders/overview is not registered. */
  deliveryOverview?: DeliveryOverviewProvider;
}

/** Registers every /api route (see docs/api-contract.md) on the server. */
export function registerApi(server: Server, deps: ApiDependencies): void {
  const { repos, knowledge, clock } = deps;
  const ctx: ApiContext = {
    ...deps,
    auth: createApiAuthenticator(deps.config.api, deps.config.editorObjectIds, deps.log),
    events: createEventService({ events: repos.events, history: repos.history, knowledge, clock, onChanged: deps.onEventChanged }),
    tiltak: createTiltakService({ plan: repos.plan, history: repos.history, knowledge, clock }),
    summary: createSummaryService({ knowledge }),
  };
  registerMeRoutes(server, ctx);
  registerGroupRoutes(server, ctx);
  registerSummaryRoutes(server, ctx);
  registerPeriodRoutes(server, ctx);
  registerEventRoutes(server, ctx);
  registerCalendarRoutes(server, ctx);
  registerReminderRoutes(server, ctx);
  registerDashboardRoutes(server, ctx);
  registerOccurrenceCalendarRoute(server, ctx);
  if (deps.rsvp) registerRsvpRoutes(server, ctx, deps.rsvp);
  if (deps.deliveryOverview) registerDeliveryOverviewRoute(server, ctx, deps.deliveryOverview);
}
