import type { Directory } from "../domain/directory.js";
import type { AlrekEvent } from "../domain/events.js";
import type { PlanPeriod, Tiltak } from "../domain/tiltak.js";
import { seedDirectory } from "./directory.js";
import { seedEvents } from "./events.js";
import { seedPlanPeriod, seedTiltak } from "./plan.js";

/** Everything loaded into storage on first start, written from the documents in shared/seeds. */
export interface SeedData {
  directory: Directory;
  events: AlrekEvent[];
  period: PlanPeriod;
  tiltak: Tiltak[];
}

export const seedData: SeedData = {
  directory: seedDirectory,
  events: seedEvents,
  period: seedPlanPeriod,
  tiltak: seedTiltak,
};
