import type { Server } from "restify";
import { createApiAuthenticator } from "./auth.js";
import type { ApiContext, ApiDependencies } from "./context.js";
import { registerMeRoutes } from "./meRoutes.js";
import { registerGroupRoutes } from "./groupRoutes.js";
import { registerDirectoryFileRoutes } from "./directoryFileRoutes.js";
import { registerSummaryRoutes } from "./summaryRoutes.js";
import { registerPeriodRoutes } from "./periodRoutes.js";
import { registerEventRoutes } from "./eventRoutes.js";
import { registerCalendarRoutes } from "./calendarRoutes.js";
import { registerReminderRoutes } from "./reminderRoutes.js";
import { registerDashboardRoutes } from "./dashboardRoutes.js";
import { registerOccurrenceCalendarRoute } from "./occurrenceCalendarRoute.js";
import { registerBookingRoutes } from "./bookingRoutes.js";
import { registerRsvpRoutes } from "./rsvpRoutes.js";
import { registerDeliveryOverviewRoute } from "./deliveryOverviewRoutes.js";
import { registerFeedbackRoute } from "./feedbackRoutes.js";
import { registerMeetingRoutes } from "./meetingRoutes.js";

/** Registers every /api route (see docs/api-contract.md) on the server. */
export function registerApi(server: Server, deps: ApiDependencies): void {
  const ctx: ApiContext = {
    ...deps.services,
    auth: createApiAuthenticator(
      deps.auth.api,
      deps.auth.editorObjectIds,
      deps.log,
      deps.auth.borgertunHandlerObjectIds,
    ),
    calendar: deps.calendar,
    deliveries: deps.deliveries,
    clock: deps.clock,
    log: deps.log,
  };
  registerMeRoutes(server, ctx);
  registerGroupRoutes(server, ctx);
  registerDirectoryFileRoutes(server, ctx);
  registerSummaryRoutes(server, ctx);
  registerPeriodRoutes(server, ctx);
  registerEventRoutes(server, ctx);
  registerCalendarRoutes(server, ctx);
  registerReminderRoutes(server, ctx);
  registerDashboardRoutes(server, ctx);
  registerOccurrenceCalendarRoute(server, ctx);
  if (deps.bookings) registerBookingRoutes(server, ctx, deps.bookings);
  if (deps.rsvp) registerRsvpRoutes(server, ctx, deps.rsvp);
  if (deps.deliveryOverview) registerDeliveryOverviewRoute(server, ctx, deps.deliveryOverview);
  if (deps.feedback) registerFeedbackRoute(server, ctx, deps.feedback);
  if (deps.services.meetings) registerMeetingRoutes(server, ctx, deps.services.meetings);
}
