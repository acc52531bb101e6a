/**
 * Only the dashboard storm of `npm run bench`, for quick runs while working on the dashboard:
 *   npx tsx scripts/bench/dashboardStormOnly.ts
 * The service runs from source (tsx); `npm run bench` runs it compiled, as production does.
 */
import { startNode } from "./processes.js";
import { printDashboardStorm } from "./dashboardStorm.js";

printDashboardStorm((env) => startNode("src/main.ts", [], env)).catch((error) => {
  console.error(error);
  process.exit(1);
});
